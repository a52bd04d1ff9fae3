package io.evpair.persistence.users;

import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.users.LinkedVendor;
import io.evpair.engine.users.User;
import io.evpair.engine.users.UserStore;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JpaUserStore implements UserStore {
    private final UserRepository repository;
    private final Clock clock;

    JpaUserStore(UserRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Optional<User> find(UUID clientId, String userId) {
        return repository.findByClientIdAndUserId(clientId, userId).map(UserEntity::toDomain);
    }

    @Override
    @Transactional
    public User findOrCreate(UUID clientId, String userId) {
        return find(clientId, userId).orElseGet(() -> {
            repository.insertIfAbsent(UUID.randomUUID(), clientId, userId, clock.instant().truncatedTo(ChronoUnit.MICROS));
            return find(clientId, userId).orElseThrow();
        });
    }

    @Override
    public List<LinkedVendor> linkedVendors(UUID userRef) {
        return repository.linkedVendors(userRef).stream()
                .map(row -> new LinkedVendor((String) row[0], DeviceType.valueOf((String) row[1]), (Boolean) row[2]))
                .toList();
    }

    @Override
    @Transactional
    public void delete(UUID userRef) {
        // Devices go with the user through ON DELETE CASCADE.
        repository.deleteUser(userRef);
    }
}
