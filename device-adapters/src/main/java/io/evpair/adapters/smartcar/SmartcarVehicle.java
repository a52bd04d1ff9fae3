package io.evpair.adapters.smartcar;

import io.evpair.adapters.cloud.Answers;
import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.adapters.cloud.VendorDeviceAdapter;
import io.evpair.engine.control.ChargingSwitch;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.vendors.CloudAccess;
import io.evpair.engine.vendors.PollOutcome;
import io.evpair.engine.vendors.PushedState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A vehicle through Smartcar: one batch request reads {@code /charge}, {@code /battery} and {@code /location}; charging
 * starts and stops with {@code POST /charge}. Not a {@code PowerLimiter}: Smartcar's {@code /charge/limit} is a state
 * of charge, not a power. Each call draws on the vehicle's request budget; a 429 blocks it for its Retry-After.
 */
public final class SmartcarVehicle extends VendorDeviceAdapter implements ChargingSwitch {
    static final String BATCH = "{\"requests\":[{\"path\":\"/charge\"},{\"path\":\"/battery\"},{\"path\":\"/location\"}]}";
    /** A batch is counted as the requests it carries: Smartcar's limit is per vehicle request (not documented for batches). */
    static final int BATCH_REQUESTS = 3;

    private final VehicleRequestBudget budget;

    public SmartcarVehicle(CloudHttp http, CloudAccess access, Clock clock, VehicleRequestBudget budget) {
        super(SmartcarCloud.VENDOR, "Smartcar", DeviceType.VEHICLE, http, access, clock);
        this.budget = budget;
    }

    @Override
    public PollOutcome poll(String accessToken, DeviceAddress device) {
        String id = device.vendorDeviceId();
        Optional<Duration> wait = budget.take(id, BATCH_REQUESTS);
        if (wait.isPresent()) {
            return new PollOutcome.RateLimited(wait.get());
        }
        CloudHttp.Answer answer = http.postJson(api("/vehicles/" + id + "/batch"), accessToken, BATCH);
        if (!answer.ok()) {
            return failure(id, answer);
        }
        SmartcarReadings readings = SmartcarReadings.of(answer.body().path("responses"));
        if (readings.rateLimited().isPresent()) {
            budget.blockFor(id, readings.rateLimited().get());
            return new PollOutcome.RateLimited(readings.rateLimited().get());
        }
        if (readings.isEmpty()) {
            return new PollOutcome.Failed("Smartcar answered no reading for vehicle " + device.deviceId());
        }
        Instant now = clock.instant();
        return new PollOutcome.Reported(List.of(readings.state(id, now).observation(device.deviceId(), now)));
    }

    @Override
    public CommandResult startCharging(DeviceAddress device) {
        return charge(device, "START");
    }

    @Override
    public CommandResult stopCharging(DeviceAddress device) {
        return charge(device, "STOP");
    }

    private CommandResult charge(DeviceAddress device, String action) {
        String id = device.vendorDeviceId();
        return access.command(device, token -> {
            Optional<Duration> wait = budget.take(id, 1);
            if (wait.isPresent()) {
                return new CommandResult.NoResponse("the request budget of " + describe(device) + " is spent for "
                        + wait.get().toSeconds() + " s");
            }
            CloudHttp.Answer answer = http.postJson(api("/vehicles/" + id + "/charge"), token,
                    "{\"action\":\"" + action + "\"}");
            if (answer.status() == 429) {
                budget.blockFor(id, answer.retryAfter().orElse(Answers.DEFAULT_RETRY_AFTER));
            }
            return Answers.command(answer, "success".equals(answer.body().path("status").asString("")), describe(device));
        });
    }

    private PollOutcome failure(String id, CloudHttp.Answer answer) {
        if (answer.status() == 429) {
            budget.blockFor(id, answer.retryAfter().orElse(Answers.DEFAULT_RETRY_AFTER));
        }
        return Answers.pollFailure(answer);
    }

    /** What one batch answered, path by path; a path Smartcar could not read (its own code) is left out. */
    record SmartcarReadings(JsonNode charge, JsonNode battery, JsonNode location, Instant dataAge,
                            Optional<Duration> rateLimited) {
        static SmartcarReadings of(JsonNode responses) {
            JsonNode charge = null;
            JsonNode battery = null;
            JsonNode location = null;
            Instant age = null;
            Optional<Duration> limited = Optional.empty();
            for (JsonNode r : responses) {
                int code = r.path("code").asInt(0);
                if (code == 429) {
                    long seconds = r.path("headers").path("retry-after").asLong(60);
                    limited = Optional.of(Duration.ofSeconds(seconds));
                }
                if (code != 200) {
                    continue;
                }
                switch (r.path("path").asString("")) {
                    case "/charge" -> {
                        charge = r.path("body");
                        age = dataAge(r.path("headers").path("sc-data-age"));
                    }
                    case "/battery" -> battery = r.path("body");
                    case "/location" -> location = r.path("body");
                    default -> {
                        // not asked for
                    }
                }
            }
            return new SmartcarReadings(charge, battery, location, age, limited);
        }

        boolean isEmpty() {
            return charge == null && battery == null && location == null;
        }

        /**
         * /charge {@code state}: CHARGING, FULLY_CHARGED, NOT_CHARGING; {@code isPluggedIn}. /battery
         * {@code percentRemaining} is a fraction (0.3 = 30 %).
         */
        PushedState state(String vehicleId, Instant now) {
            Boolean plugged = charge != null && charge.path("isPluggedIn").isBoolean() ? charge.path("isPluggedIn").asBoolean() : null;
            Boolean charging = charge == null || !charge.has("state") ? null : "CHARGING".equals(charge.path("state").asString());
            if (Boolean.TRUE.equals(charging)) {
                plugged = true;
            }
            Double level = battery != null && battery.path("percentRemaining").isNumber()
                    ? Math.round(battery.path("percentRemaining").asDouble() * 1000) / 10.0 : null;
            GeoPoint position = location != null && location.path("latitude").isNumber() && location.path("longitude").isNumber()
                    ? new GeoPoint(location.path("latitude").asDouble(), location.path("longitude").asDouble()) : null;
            return new PushedState(vehicleId, DeviceType.VEHICLE, dataAge == null || dataAge.isAfter(now) ? now : dataAge,
                    plugged, charging, null, level, position);
        }

        /** {@code sc-data-age}: when the vehicle last reported this data (ISO-8601). */
        private static Instant dataAge(JsonNode header) {
            try {
                return header.isString() ? Instant.parse(header.asString()) : null;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
