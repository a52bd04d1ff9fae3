package io.evpair.adapters.volvo;

import io.evpair.adapters.cloud.Answers;
import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.adapters.cloud.VendorDeviceAdapter;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.vendors.CloudAccess;
import io.evpair.engine.vendors.PollOutcome;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A Volvo through the Energy API v2 ({@code GET /energy/v2/vehicles/{vin}/state}). It implements no capability
 * interface: the Energy API only reads, so a Volvo can do nothing by itself and a paired charger's commands are used.
 */
public final class VolvoVehicle extends VendorDeviceAdapter {
    private final Map<String, String> apiKey;

    public VolvoVehicle(CloudHttp http, CloudAccess access, Clock clock, String apiKey) {
        super(VolvoCloud.VENDOR, "Volvo", DeviceType.VEHICLE, http, access, clock);
        this.apiKey = Map.of(VolvoCloud.API_KEY_HEADER, apiKey);
    }

    /**
     * Each reading is {@code {status, value, unit, updatedAt}}; a reading with another status than OK is left out.
     * chargerConnectionStatus CONNECTED/DISCONNECTED; chargingStatus CHARGING (others: IDLE, SCHEDULED, DONE, ERROR,
     * DISCHARGING) — not charging; batteryChargeLevel in percent; chargingPower in W when the car has it.
     */
    @Override
    public PollOutcome poll(String accessToken, DeviceAddress device) {
        CloudHttp.Answer answer = http.get(api("/energy/v2/vehicles/" + device.vendorDeviceId() + "/state"), accessToken, apiKey);
        if (!answer.ok()) {
            return Answers.pollFailure(answer);
        }
        JsonNode state = answer.body().has("data") ? answer.body().path("data") : answer.body();
        Instant now = clock.instant();
        String connection = ok(state.path("chargerConnectionStatus")) ? state.path("chargerConnectionStatus").path("value").asString("") : "";
        Boolean plugged = switch (connection) {
            case "CONNECTED" -> true;
            case "DISCONNECTED" -> false;
            default -> null;
        };
        JsonNode chargingStatus = state.path("chargingStatus");
        Boolean charging = ok(chargingStatus) ? "CHARGING".equals(chargingStatus.path("value").asString("")) : null;
        Double level = reading(state.path("batteryChargeLevel"));
        Double watts = reading(state.path("chargingPower"));
        return new PollOutcome.Reported(List.of(new Observation(device.deviceId(), DeviceType.VEHICLE,
                updatedAt(state.path("chargerConnectionStatus"), now), now, plugged, charging,
                watts == null ? null : watts / 1000, level, null, null)));
    }

    private static boolean ok(JsonNode reading) {
        return "OK".equals(reading.path("status").asString(""));
    }

    private static Double reading(JsonNode reading) {
        return ok(reading) && reading.path("value").isNumber() ? reading.path("value").asDouble() : null;
    }

    private static Instant updatedAt(JsonNode reading, Instant now) {
        try {
            Instant at = Instant.parse(reading.path("updatedAt").asString(""));
            return at.isAfter(now) ? now : at;
        } catch (DateTimeParseException e) {
            return now;
        }
    }
}
