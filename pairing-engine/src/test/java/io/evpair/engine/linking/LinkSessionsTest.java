package io.evpair.engine.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.users.LinkedVendor;
import io.evpair.engine.users.User;
import io.evpair.engine.users.UserStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LinkSessionsTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final ClientId CLIENT = new ClientId(UUID.randomUUID());

    private final Map<String, LinkSession> stored = new HashMap<>();
    private final MovableClock clock = new MovableClock();
    private final LinkSessions sessions = new LinkSessions(new MapSessions(), new OneUser(),
            new Transactions() {
                @Override
                public <T> T inTransaction(Supplier<T> work) {
                    return work.get();
                }
            }, new LinkTokens(new SecureRandom()), clock);

    @Test
    void anOcppLinkIssuesA40HexTokenValidFor24HoursAndStoresOnlyItsHash() {
        IssuedLink issued = sessions.start(CLIENT, "olga", request(Optional.of("ocpp"), Optional.empty(), "charger:read:data"));

        assertThat(issued.linkToken()).matches("[0-9a-f]{40}");
        LinkSession session = stored.values().iterator().next();
        assertThat(session.tokenHash()).isEqualTo(LinkTokens.hash(issued.linkToken())).isNotEqualTo(issued.linkToken());
        assertThat(session.vendor()).isEqualTo(Vendor.OCPP);
        assertThat(session.vendorType()).isEqualTo(DeviceType.CHARGER);
        assertThat(session.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(sessions.open(issued.linkToken())).isPresent();
    }

    @Test
    void aTokenIsOpenForTwentyFourHoursOnly() {
        IssuedLink issued = sessions.start(CLIENT, "olga", request(Optional.of("OCPP"), Optional.empty(), "charger:read:data"));

        clock.now = NOW.plus(Duration.ofHours(24));

        assertThat(sessions.open(issued.linkToken())).isEmpty();
        assertThat(sessions.open("0".repeat(40))).isEmpty();
    }

    @Test
    void refusesWhatItCannotLinkNamingTheField() {
        assertThat(refusal(Optional.empty(), Optional.empty(), "charger:read:data")).isEqualTo("vendor");
        assertThat(refusal(Optional.of("SIMULATED"), Optional.empty(), "charger:read:data")).isEqualTo("vendor");
        assertThat(refusal(Optional.of("NISSAN"), Optional.empty(), "vehicle:read:data")).isEqualTo("vendor");
        assertThat(refusal(Optional.of("tes-la!"), Optional.empty(), "vehicle:read:data")).isEqualTo("vendor");
        assertThat(refusal(Optional.of(" "), Optional.empty(), "vehicle:read:data")).isEqualTo("vendor");
        assertThat(refusal(Optional.of("OCPP"), Optional.of(DeviceType.VEHICLE), "vehicle:read:data")).isEqualTo("vendorType");
        assertThat(refusal(Optional.of("OCPP"), Optional.empty())).isEqualTo("scopes");
        assertThat(refusal(Optional.of("OCPP"), Optional.empty(), "charger:read:data", "vehicle:read:data")).isEqualTo("scopes[1]");
        assertThat(refusal(Optional.of("OCPP"), Optional.empty(), "everything")).isEqualTo("scopes[0]");
        assertThat(stored).isEmpty();
    }

    private String refusal(Optional<String> vendor, Optional<DeviceType> type, String... scopes) {
        return catchThrowableOfType(InvalidLinkRequestException.class,
                () -> sessions.start(CLIENT, "olga", request(vendor, type, scopes))).field();
    }

    private static LinkRequest request(Optional<String> vendor, Optional<DeviceType> type, String... scopes) {
        return new LinkRequest(vendor, type, List.of(scopes), "en-US", "https://app.example.com/linked");
    }

    private static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final class MapSessions implements LinkSessionStore {
        @Override
        public void insert(LinkSession session) {
            stored.put(session.tokenHash(), session);
        }

        @Override
        public Optional<LinkSession> findByTokenHash(String tokenHash) {
            return Optional.ofNullable(stored.get(tokenHash));
        }

        @Override
        public Optional<LinkSession> find(UUID sessionId) {
            return stored.values().stream().filter(s -> s.id().equals(sessionId)).findFirst();
        }

        @Override
        public boolean markUsed(UUID sessionId, Instant at) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class OneUser implements UserStore {
        private final UserRef id = new UserRef(UUID.randomUUID());

        @Override
        public Optional<User> find(ClientId clientId, String userId) {
            return Optional.of(findOrCreate(clientId, userId));
        }

        @Override
        public User findOrCreate(ClientId clientId, String userId) {
            return new User(id, clientId, userId, NOW);
        }

        @Override
        public List<LinkedVendor> linkedVendors(UserRef userRef) {
            return List.of();
        }

        @Override
        public void delete(UserRef userRef) {
        }
    }
}
