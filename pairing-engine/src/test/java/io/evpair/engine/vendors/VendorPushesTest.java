package io.evpair.engine.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.observations.Observation;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A genuine push reaches every linked copy of the device; a refused one, and unknown vendors, reach nothing. */
class VendorPushesTest {
    private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");
    private final UUID underClientA = UUID.randomUUID();
    private final UUID underClientB = UUID.randomUUID();
    private final List<Observation> delivered = new ArrayList<>();
    private PushReceiver.Answer answer;

    @Test
    void aPushedStateGoesToEveryLinkedCopyOfTheVehicle() {
        answer = new PushReceiver.Answer.Accepted("{}", List.of(new PushedState("v-1", DeviceType.VEHICLE,
                NOW.minusSeconds(60), true, true, null, 50.0, null)));

        assertThat(pushes().receive(new Vendor("ACME"), "{}", h -> Optional.empty())).isEqualTo(answer);

        assertThat(delivered).extracting(Observation::deviceId).containsExactlyInAnyOrder(underClientA, underClientB);
        assertThat(delivered).allSatisfy(o -> {
            assertThat(o.pluggedIn()).isTrue();
            assertThat(o.receivedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void refusedPushesAndUnknownVendorsDeliverNothing() {
        answer = new PushReceiver.Answer.Refused("bad signature");
        assertThat(pushes().receive(new Vendor("ACME"), "{}", h -> Optional.empty())).isInstanceOf(PushReceiver.Answer.Refused.class);
        assertThat(pushes().receive(new Vendor("NOBODY"), "{}", h -> Optional.empty())).isInstanceOf(PushReceiver.Answer.Unknown.class);
        assertThat(delivered).isEmpty();
    }

    private VendorPushes pushes() {
        VendorCloud cloud = new VendorCloud() {
            public Vendor vendor() {
                return new Vendor("ACME");
            }

            public List<CloudDevice> devices() {
                return List.of();
            }

            public Optional<PushReceiver> pushes() {
                return Optional.of((body, headers) -> answer);
            }

            public URI authorizationUri(AuthorizationRequest request) {
                throw new UnsupportedOperationException();
            }

            public VendorTokens exchange(String code, String codeVerifier, String redirectUri) {
                throw new UnsupportedOperationException();
            }

            public VendorTokens refresh(VendorTokens tokens) {
                throw new UnsupportedOperationException();
            }

            public List<DiscoveredDevice> discover(String accessToken, Set<DeviceType> kinds) {
                throw new UnsupportedOperationException();
            }
        };
        DeviceStore devices = (DeviceStore) Proxy.newProxyInstance(DeviceStore.class.getClassLoader(),
                new Class<?>[] {DeviceStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("idsByVendorId") && args[1].equals(new Vendor("ACME")) && args[2].equals("v-1")) {
                        return List.of(underClientA, underClientB);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new VendorPushes(Map.of(new Vendor("ACME"), cloud), devices, delivered::addAll, Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
