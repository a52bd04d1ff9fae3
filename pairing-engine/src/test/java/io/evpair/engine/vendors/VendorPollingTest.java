package io.evpair.engine.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.devices.DeviceStateStore;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.devices.VehicleInformation;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.transaction.Transactions;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The poll loop: outcomes to next poll times, and no poll once half the claim's lease is gone. */
class VendorPollingTest {
    private static final Instant T0 = Instant.parse("2026-11-25T01:00:00Z");
    private static final PollCadence CADENCE = new PollCadence(Duration.ofMinutes(1), Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(1));

    private final MovingClock clock = new MovingClock();
    private final ClientId client = new ClientId(UUID.randomUUID());
    private final UserRef user = new UserRef(UUID.randomUUID());
    private final Map<UUID, Instant> rescheduled = new HashMap<>();
    private final List<Observation> delivered = new ArrayList<>();
    private final List<UUID> claimed = new ArrayList<>();
    private PollOutcome answer;
    private Duration eachPollTakes = Duration.ZERO;
    private Duration vendorMinimum = Duration.ZERO;

    @Test
    void aSleepingCarIsPolledRarelyAndKeptReachableWithASignOfLife() {
        UUID car = vehicle();
        answer = new PollOutcome.Asleep();

        polling().pollDue(new Vendor("TESLA"), 10);

        assertThat(rescheduled).containsEntry(car, T0.plus(Duration.ofMinutes(30)));
        assertThat(delivered).singleElement().satisfies(o -> assertThat(o.pluggedIn()).isNull());
    }

    @Test
    void retryAfterIsHonouredAndFailuresBackOff() {
        UUID car = vehicle();
        answer = new PollOutcome.RateLimited(Duration.ofMinutes(7));
        polling().pollDue(new Vendor("TESLA"), 10);
        assertThat(rescheduled).containsEntry(car, T0.plus(Duration.ofMinutes(7)));

        answer = new PollOutcome.Failed("HTTP 503");
        polling().pollDue(new Vendor("TESLA"), 10);
        assertThat(rescheduled).containsEntry(car, T0.plus(Duration.ofMinutes(1))); // 1st failure: active × 1, jitter 0.5
    }

    @Test
    void aVendorsMinimumIntervalWinsOverTheCadence() {
        UUID car = vehicle();
        answer = new PollOutcome.Reported(List.of());
        vendorMinimum = Duration.ofMinutes(30); // Smartcar: at most every 30 minutes; idle cadence says 15

        polling().pollDue(new Vendor("TESLA"), 10);

        assertThat(rescheduled).containsEntry(car, T0.plus(Duration.ofMinutes(30)));
    }

    @Test
    void pollsLeftWhenHalfTheLeaseIsGoneAreNotTouched() {
        List<UUID> cars = List.of(vehicle(), vehicle(), vehicle(), vehicle());
        answer = new PollOutcome.Reported(List.of());
        eachPollTakes = Duration.ofSeconds(40); // lease 2 min: after two polls half of it is gone

        polling().pollDue(new Vendor("TESLA"), 10);

        assertThat(claimed).containsExactlyElementsOf(cars);
        assertThat(rescheduled.keySet()).containsExactlyInAnyOrder(cars.get(0), cars.get(1));
    }

    private final List<Vehicle> vehicles = new ArrayList<>();

    private UUID vehicle() {
        Vehicle v = new Vehicle(new VehicleId(UUID.randomUUID()), client, user, "alice", new Vendor("TESLA"), "VIN" + vehicles.size(),
                new VehicleInformation(null, null, null, null, null, null), CommandCapabilities.NONE, T0);
        vehicles.add(v);
        return v.id().value();
    }

    private VendorPolling polling() {
        PollSchedule schedule = new PollSchedule() {
            @Override
            public void schedule(UUID deviceId, DeviceType type, Vendor vendor, Instant at) {
            }

            @Override
            public List<DuePoll> claimDue(Vendor vendor, Instant now, Duration lease, int limit) {
                vehicles.forEach(v -> claimed.add(v.id().value()));
                return vehicles.stream().map(v -> new DuePoll(v.id().value(), DeviceType.VEHICLE, vendor, 0)).toList();
            }

            @Override
            public void reschedule(UUID deviceId, Instant next, int failures) {
                rescheduled.put(deviceId, next);
            }

            @Override
            public void remove(Collection<UUID> deviceIds) {
            }
        };
        DeviceStore devices = fake(DeviceStore.class, (method, args) -> switch (method) {
            case "owners" -> {
                Map<UUID, DeviceOwner> owners = new HashMap<>();
                vehicles.forEach(v -> owners.put(v.id().value(), new DeviceOwner(v.id().value(), DeviceType.VEHICLE, client, user, "alice")));
                yield owners;
            }
            case "findVehicle" -> vehicles.stream().filter(v -> v.id().equals(args[1])).findFirst();
            default -> throw new UnsupportedOperationException(method);
        });
        DeviceStateStore states = fake(DeviceStateStore.class, (method, args) -> Map.of());
        VendorAccountStore accounts = fake(VendorAccountStore.class, (method, args) -> switch (method) {
            case "find" -> Optional.of(new VendorAccount(UUID.randomUUID(), client, user, new Vendor("TESLA"),
                    new VendorTokens("at", "rt", T0.plus(Duration.ofHours(8))), false, T0));
            default -> throw new UnsupportedOperationException(method);
        });
        CloudDevice car = new CloudDevice() {
            public Vendor vendor() {
                return new Vendor("TESLA");
            }

            public DeviceType type() {
                return DeviceType.VEHICLE;
            }

            public PollOutcome poll(String accessToken, DeviceAddress device) {
                clock.now = clock.now.plus(eachPollTakes);
                return answer;
            }
        };
        VendorCloud cloud = new VendorCloud() {
            public Vendor vendor() {
                return new Vendor("TESLA");
            }

            public List<CloudDevice> devices() {
                return List.of(car);
            }

            public Duration minimumPollInterval() {
                return vendorMinimum;
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
        Transactions inline = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        return new VendorPolling(schedule, devices, states, new VendorAccessTokens(accounts, (vendor, tokens) -> cloud.refresh(tokens), inline, clock),
                delivered::addAll, Map.of(new Vendor("TESLA"), cloud), CADENCE, clock, () -> 0.5, Duration.ofMinutes(2));
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args));
    }

    private static final class MovingClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
