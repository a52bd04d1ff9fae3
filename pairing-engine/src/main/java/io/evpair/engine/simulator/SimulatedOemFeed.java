package io.evpair.engine.simulator;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.observations.ObservationSink;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.ingest.ClockSkewLimit;
import io.evpair.engine.ingest.UnknownDeviceException;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.simulator.InvalidReportsException.RowIssue;
import io.evpair.engine.time.ClockMove;
import io.evpair.engine.time.EngineTime;
import io.evpair.engine.time.TimeSink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;

/**
 * The simulated OEM's cloud (SPEC §6.1): turns a client's simulated reports into observations, all or
 * nothing, and drives the client's virtual clock. Returns only after the engine has processed them.
 * A report is refused when dated beyond the tolerated clock skew after its receipt, and a clock move (by
 * {@code POST /simulator/clock} or by a report's {@code receivedAt}) when it goes further than {@code maxClockLead}
 * beyond the later of the wall clock and the client's clock: the clock never moves back, so one wrong instant
 * would otherwise stop time for the client for good.
 */
public class SimulatedOemFeed {
    public static final int MAX_BATCH = 10_000;
    public static final int MAX_VENDOR_DEVICE_ID = 200;
    /** Beyond any charger's rate: a report saying more is a unit mix-up (W for kW), not a measurement. */
    public static final double MAX_CHARGE_RATE_KW = 1000;
    public static final Duration DEFAULT_MAX_CLOCK_LEAD = Duration.ofDays(30);

    private final ObservationSink sink;
    private final EngineTime time;
    private final TimeSink timeSink;
    private final ClockSkewLimit skew;
    private final Duration maxClockLead;
    private final VirtualClockMoves clocks;
    private final VendorDeviceIds deviceIds;

    public SimulatedOemFeed(DeviceStore devices, ObservationSink sink, EngineTime time, TimeSink timeSink) {
        this(devices, sink, time, timeSink, new ClockSkewLimit(ClockSkewLimit.DEFAULT), DEFAULT_MAX_CLOCK_LEAD);
    }

    public SimulatedOemFeed(DeviceStore devices, ObservationSink sink, EngineTime time, TimeSink timeSink,
                            ClockSkewLimit skew, Duration maxClockLead) {
        this.deviceIds = new VendorDeviceIds(devices);
        this.clocks = new VirtualClockMoves(time, timeSink);
        this.sink = sink;
        this.time = time;
        this.timeSink = timeSink;
        this.skew = skew;
        this.maxClockLead = maxClockLead;
    }

    /** Applies every report or, when any is invalid, none; returns how many were accepted. */
    public int report(ClientId clientId, List<SimulatedReport> reports) {
        if (reports.size() > MAX_BATCH) {
            throw new InvalidReportsException(List.of(new RowIssue(MAX_BATCH, "", "at most " + MAX_BATCH + " observations a call")));
        }
        Optional<Instant> known = clocks.atLeast(clientId);
        Optional<Instant> clock = known.isPresent() ? known : clocks.read(clientId);
        Checked checked = check(clientId, reports, clock, false);
        if (!checked.issues.isEmpty() && known.isPresent()) {
            // Refused against what this instance last knew of the clock: another may have moved it further since.
            clock = clocks.read(clientId);
            checked = check(clientId, reports, clock, false);
        }
        if (!checked.issues.isEmpty()) {
            throw new InvalidReportsException(checked.issues);
        }
        // The clock moves with the batch (in its transaction where the sink can, else just before it), so that
        // whatever the engine decides on this batch (an action sent, a pair activated) is stamped no earlier than the
        // reports that caused it; the engine then acts on the time passed as POST /simulator/clock makes it, after the
        // reports, which may confirm what would otherwise time out. Reports that do not move the clock leave it
        // alone: no time passed, and each write of it is a write of the one row every concurrent sender of the
        // client updates.
        Instant latest = checked.latest;
        Instant moveTo = latest != null && clock.map(latest::isAfter).orElse(true) ? latest : null;
        try {
            deliver(clientId, checked.observations, moveTo);
        } catch (UnknownDeviceException e) {
            if (checked.freshIds) {
                throw e;
            }
            // A device id remembered here names a device deleted since (perhaps linked again under a new id).
            deviceIds.forget(clientId);
            Checked again = check(clientId, reports, clock, true);
            if (!again.issues.isEmpty()) {
                throw new InvalidReportsException(again.issues);
            }
            deliver(clientId, again.observations, moveTo);
        }
        if (moveTo != null) {
            clocks.timePassed(clientId, moveTo);
        }
        return reports.size();
    }

    private void deliver(ClientId clientId, List<Observation> observations, Instant moveTo) {
        if (moveTo == null) {
            sink.accept(observations);
        } else if (sink.acceptMovingClock(observations, new ClockMove(clientId, moveTo))) {
            clocks.written(clientId, moveTo);
        } else {
            clocks.advance(clientId, moveTo);
            sink.accept(observations);
        }
    }

    /** The reports as observations, or what is wrong with them; {@code latest} is the latest receipt among them. */
    private record Checked(List<Observation> observations, List<RowIssue> issues, Instant latest, boolean freshIds) {
    }

    /** {@code freshIds}: every device id looked up now, none remembered. */
    private Checked check(ClientId clientId, List<SimulatedReport> reports, Optional<Instant> clock, boolean freshIds) {
        Map<String, UUID> vehicles = deviceIds.of(clientId, DeviceType.VEHICLE, vendorIds(reports, DeviceType.VEHICLE), freshIds);
        Map<String, UUID> chargers = deviceIds.of(clientId, DeviceType.CHARGER, vendorIds(reports, DeviceType.CHARGER), freshIds);
        List<RowIssue> issues = new ArrayList<>();
        List<Observation> observations = new ArrayList<>(reports.size());
        Instant latest = null;
        Instant furthest = time.furthestMove(clock, maxClockLead);
        for (int i = 0; i < reports.size(); i++) {
            SimulatedReport r = reports.get(i);
            int issuesBefore = issues.size();
            check(i, r, issues);
            checkTimes(i, r, furthest, issues);
            if (issues.size() > issuesBefore) {
                continue;
            }
            UUID deviceId = (r.deviceType() == DeviceType.VEHICLE ? vehicles : chargers).get(r.vendorDeviceId());
            if (deviceId == null) {
                issues.add(new RowIssue(i, "vendorDeviceId", "no simulated " + r.deviceType().name().toLowerCase()
                        + " '" + r.vendorDeviceId() + "' is linked for this client"));
                continue;
            }
            GeoPoint position = r.latitude() == null ? null : new GeoPoint(r.latitude(), r.longitude());
            observations.add(new Observation(deviceId, r.deviceType(), r.observedAt(), r.receivedAt(),
                    r.isPluggedIn(), r.isCharging(), r.chargeRateKw(), r.batteryLevel(), position, null, r.idTag()));
            latest = latest == null || r.receivedAt().isAfter(latest) ? r.receivedAt() : latest;
        }
        return new Checked(observations, issues, latest, freshIds);
    }

    /**
     * Moves the client's virtual clock forward (never back) and lets the engine act on time as of {@code to}.
     * The engine hears the instant asked for, not the clock after the move: each household's time only moves
     * forward by itself, so a second dataset replayed on the same client, earlier than the first, still sees
     * its own time pass while the first one's households ignore it.
     */
    public Instant advanceClock(ClientId clientId, Instant to) {
        Instant furthest = time.furthestMove(clientId, maxClockLead);
        if (to.isAfter(furthest)) {
            throw new ClockMoveRefusedException(to, furthest, maxClockLead);
        }
        // Written whatever this instance knows, so that the answer is the stored clock, also when another instance
        // moved it further.
        Instant now = time.advance(clientId, to);
        clocks.written(clientId, now);
        timeSink.timePassed(clientId, to);
        return now;
    }

    private static void check(int row, SimulatedReport r, List<RowIssue> issues) {
        if (r == null) {
            issues.add(new RowIssue(row, "", "must be an object"));
            return;
        }
        if (r.vendorDeviceId() == null || r.vendorDeviceId().isBlank()) {
            issues.add(new RowIssue(row, "vendorDeviceId", "is required"));
        } else if (r.vendorDeviceId().length() > MAX_VENDOR_DEVICE_ID) {
            issues.add(new RowIssue(row, "vendorDeviceId", "at most " + MAX_VENDOR_DEVICE_ID + " characters"));
        }
        if (r.deviceType() == null) {
            issues.add(new RowIssue(row, "deviceType", "is required: VEHICLE or CHARGER"));
        }
        if (r.observedAt() == null) {
            issues.add(new RowIssue(row, "observedAt", "is required"));
        }
        if (r.receivedAt() == null) {
            issues.add(new RowIssue(row, "receivedAt", "is required"));
        }
        if (r.batteryLevel() != null && !(r.batteryLevel() >= 0 && r.batteryLevel() <= 100)) {
            issues.add(new RowIssue(row, "batteryLevel", "must be between 0 and 100"));
        }
        if (r.chargeRateKw() != null && !(r.chargeRateKw() >= -MAX_CHARGE_RATE_KW && r.chargeRateKw() <= MAX_CHARGE_RATE_KW)) {
            issues.add(new RowIssue(row, "chargeRateKw", "must be a number between " + -MAX_CHARGE_RATE_KW + " and "
                    + MAX_CHARGE_RATE_KW));
        }
        if (r.idTag() != null && r.idTag().length() > Observation.MAX_ID_TAG) {
            issues.add(new RowIssue(row, "idTag", "at most " + Observation.MAX_ID_TAG + " characters"));
        } else if (r.idTag() != null && r.deviceType() == DeviceType.VEHICLE) {
            issues.add(new RowIssue(row, "idTag", "only a charger reports who plugged in"));
        }
        if ((r.latitude() == null) != (r.longitude() == null)) {
            issues.add(new RowIssue(row, r.latitude() == null ? "latitude" : "longitude", "latitude and longitude come together"));
        } else if (r.latitude() != null) {
            if (!(r.latitude() >= -90 && r.latitude() <= 90)) {
                issues.add(new RowIssue(row, "latitude", "must be between -90 and 90"));
            }
            if (!(r.longitude() >= -180 && r.longitude() <= 180)) {
                issues.add(new RowIssue(row, "longitude", "must be between -180 and 180"));
            }
        }
    }

    private void checkTimes(int row, SimulatedReport r, Instant furthest, List<RowIssue> issues) {
        if (r == null || r.observedAt() == null || r.receivedAt() == null) {
            return;
        }
        if (r.receivedAt().isAfter(furthest)) {
            issues.add(new RowIssue(row, "receivedAt", "moves the simulator's clock more than " + maxClockLead
                    + " beyond the later of the wall clock and the client's clock (at most " + furthest + ")"));
        } else if (skew.exceededBy(r.observedAt(), r.receivedAt())) {
            issues.add(new RowIssue(row, "observedAt", "must not be more than " + skew.tolerated()
                    + " after receivedAt (the tolerated device clock skew)"));
        }
    }

    private static List<String> vendorIds(List<SimulatedReport> reports, DeviceType type) {
        return reports.stream().filter(r -> r != null && r.deviceType() == type && r.vendorDeviceId() != null)
                .map(SimulatedReport::vendorDeviceId).distinct().toList();
    }
}
