package io.evpair.engine.vendors;

import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.observations.ObservationSink;
import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.devices.DeviceState;
import io.evpair.engine.devices.DeviceStateStore;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.observations.Observation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.DoubleSupplier;

/**
 * Polls vendor-cloud devices whose time has come: claims them from the {@link PollSchedule} (leased, so no other
 * instance polls them meanwhile), asks the vendor, delivers what it says to the {@link ObservationSink} (so
 * pairing, actions and webhooks see it like any report) and schedules the next poll by the {@link PollCadence}.
 */
public class VendorPolling {
    private static final System.Logger LOG = System.getLogger(VendorPolling.class.getName());

    private final PollSchedule schedule;
    private final DeviceStore devices;
    private final DeviceStateStore states;
    private final VendorAccessTokens tokens;
    private final ObservationSink sink;
    private final Map<Vendor, VendorCloud> clouds;
    private final PollCadence cadence;
    private final Clock clock;
    private final DoubleSupplier random;
    private final Duration lease;

    public VendorPolling(PollSchedule schedule, DeviceStore devices, DeviceStateStore states, VendorAccessTokens tokens,
                         ObservationSink sink, Map<Vendor, VendorCloud> clouds, PollCadence cadence, Clock clock,
                         DoubleSupplier random, Duration lease) {
        this.schedule = schedule;
        this.devices = devices;
        this.states = states;
        this.tokens = tokens;
        this.sink = sink;
        this.clouds = Map.copyOf(clouds);
        this.cadence = cadence;
        this.clock = clock;
        this.random = random;
        this.lease = lease;
    }

    /** Polls up to {@code limit} due devices of one vendor; returns how many it polled. */
    public int pollDue(Vendor vendor, int limit) {
        Instant claimedAt = clock.instant();
        List<PollSchedule.DuePoll> due = schedule.claimDue(vendor, claimedAt, lease, limit);
        if (due.isEmpty()) {
            return 0;
        }
        Map<UUID, DeviceOwner> owners = devices.owners(due.stream().map(PollSchedule.DuePoll::deviceId).toList());
        // Past half the lease, the rest of the batch is left alone: its leases run out and another claimer takes
        // them, so no poll ever runs on two threads or instances at once, however slowly the vendor answers.
        Instant stopBy = claimedAt.plus(lease.dividedBy(2));
        for (PollSchedule.DuePoll poll : due) {
            if (clock.instant().isAfter(stopBy)) {
                break;
            }
            DeviceOwner owner = owners.get(poll.deviceId());
            if (owner == null) {
                schedule.remove(List.of(poll.deviceId())); // unlinked meanwhile
                continue;
            }
            try {
                pollOne(poll, owner);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Polling " + vendor + " device " + poll.deviceId() + " failed", e);
                schedule.reschedule(poll.deviceId(), clock.instant().plus(cadence.backoff(poll.failures() + 1, random)),
                        poll.failures() + 1);
            }
        }
        return due.size();
    }

    private void pollOne(PollSchedule.DuePoll poll, DeviceOwner owner) {
        VendorCloud cloud = clouds.get(poll.vendor());
        Optional<DeviceAddress> address = address(owner);
        if (address.isEmpty()) {
            schedule.remove(List.of(poll.deviceId()));
            return;
        }
        Optional<String> token = tokens.accessToken(owner.userRef(), poll.vendor());
        if (token.isEmpty()) {
            // Needs relinking: look again rarely; linking again reschedules at once.
            schedule.reschedule(poll.deviceId(), clock.instant().plus(cadence.asleep()), poll.failures());
            return;
        }
        CloudDevice adapter = cloud.device(poll.type()).orElseThrow(() -> new IllegalStateException(
                poll.vendor() + " has no adapter for " + poll.type()));
        PollOutcome outcome = adapter.poll(token.get(), address.get());
        if (outcome instanceof PollOutcome.Unauthorized) {
            Optional<String> fresh = tokens.refreshAfterRejection(owner.userRef(), poll.vendor(), token.get());
            if (fresh.isPresent()) {
                outcome = adapter.poll(fresh.get(), address.get());
            }
        }
        Instant now = clock.instant();
        if (outcome instanceof PollOutcome.Reported reported) {
            sink.accept(reported.observations());
            DeviceState state = states.load(List.of(poll.deviceId())).getOrDefault(poll.deviceId(),
                    DeviceState.unknown(poll.deviceId(), poll.type()));
            schedule.reschedule(poll.deviceId(), now.plus(atLeast(cadence.after(state), cloud)), 0);
        } else if (outcome instanceof PollOutcome.Asleep) {
            // The vendor knows the device and could wake it: a sign of life keeps it reachable, with no readings.
            sink.accept(List.of(new Observation(poll.deviceId(), poll.type(), now, now, null, null, null, null, null, null)));
            schedule.reschedule(poll.deviceId(), now.plus(atLeast(cadence.asleep(), cloud)), 0);
        } else if (outcome instanceof PollOutcome.RateLimited limited) {
            Duration wait = limited.retryAfter().compareTo(cadence.active()) > 0 ? limited.retryAfter() : cadence.active();
            schedule.reschedule(poll.deviceId(), now.plus(wait), poll.failures());
        } else {
            int failures = poll.failures() + 1;
            LOG.log(System.Logger.Level.INFO, "Polling " + poll.vendor() + " device " + poll.deviceId() + ": " + outcome);
            Duration wait = outcome instanceof PollOutcome.Unauthorized ? cadence.asleep() : cadence.backoff(failures, random);
            schedule.reschedule(poll.deviceId(), now.plus(wait), failures);
        }
    }

    /** Never more often than the vendor asks, whatever the cadence says (Smartcar: every 30 minutes at most). */
    private static Duration atLeast(Duration wait, VendorCloud cloud) {
        return wait.compareTo(cloud.minimumPollInterval()) >= 0 ? wait : cloud.minimumPollInterval();
    }

    private Optional<DeviceAddress> address(DeviceOwner owner) {
        return owner.type() == DeviceType.VEHICLE
                ? devices.findVehicle(owner.clientId(), new VehicleId(owner.deviceId()))
                        .map(v -> new DeviceAddress(v.id().value(), DeviceType.VEHICLE, v.vendor(), v.vendorDeviceId()))
                : devices.findCharger(owner.clientId(), new ChargerId(owner.deviceId()))
                        .map(c -> new DeviceAddress(c.id().value(), DeviceType.CHARGER, c.vendor(), c.vendorDeviceId()));
    }
}
