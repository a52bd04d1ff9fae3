package io.evpair.persistence.users;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.Vendor;
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
    public Optional<User> find(ClientId clientId, String userId) {
        return repository.findByClientIdAndUserId(clientId.value(), userId).map(UserEntity::toDomain);
    }

    @Override
    @Transactional
    public User findOrCreate(ClientId clientId, String userId) {
        return find(clientId, userId).orElseGet(() -> {
            repository.insertIfAbsent(UUID.randomUUID(), clientId.value(), userId, clock.instant().truncatedTo(ChronoUnit.MICROS));
            return find(clientId, userId).orElseThrow();
        });
    }

    @Override
    public List<LinkedVendor> linkedVendors(UserRef userRef) {
        return repository.linkedVendors(userRef.value()).stream()
                .map(row -> new LinkedVendor(new Vendor((String) row[0]), DeviceType.valueOf((String) row[1]), (Boolean) row[2]))
                .toList();
    }

    @Override
    @Transactional
    public void delete(UserRef userRef) {
        // Devices go with the user through ON DELETE CASCADE.
        repository.deleteUser(userRef.value());
    }
}
