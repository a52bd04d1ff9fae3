package io.evpair.adapters.tesla;

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
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A Wall Connector, read through its energy site's {@code live_status}. It implements no capability interface:
 * the Fleet API has no Wall Connector commands, so a paired Tesla's commands go to the vehicle.
 */
public final class TeslaWallConnector extends VendorDeviceAdapter {
    public TeslaWallConnector(CloudHttp http, CloudAccess access, Clock clock) {
        super(TeslaCloud.VENDOR, "Tesla", DeviceType.CHARGER, http, access, clock);
    }

    @Override
    public PollOutcome poll(String accessToken, DeviceAddress device) {
        String[] siteAndDin = device.vendorDeviceId().split("/", 2);
        CloudHttp.Answer answer = http.get(api("/api/1/energy_sites/" + siteAndDin[0] + "/live_status"), accessToken);
        if (!answer.ok()) {
            return Answers.pollFailure(answer);
        }
        Instant now = clock.instant();
        JsonNode status = answer.body().path("response");
        for (JsonNode wc : status.path("wall_connectors")) {
            if (wc.path("din").asString().equals(siteAndDin[1])) {
                Double watts = number(wc.path("wall_connector_power"));
                PlugState plug = PlugState.ofWallConnectorState(wc.path("wall_connector_state").asInt(-1), watts);
                return new PollOutcome.Reported(List.of(new Observation(device.deviceId(), DeviceType.CHARGER,
                        observedAt(status.path("timestamp"), now), now, plug.pluggedIn(), plug.charging(),
                        watts == null ? null : watts / 1000, null, null, null)));
            }
        }
        return new PollOutcome.Failed("Wall Connector " + siteAndDin[1] + " is no longer in energy site " + siteAndDin[0]);
    }

    /** live_status has ISO-8601 with an offset; absent or unreadable means now. */
    private static Instant observedAt(JsonNode timestamp, Instant now) {
        try {
            return timestamp.isString() ? OffsetDateTime.parse(timestamp.asString()).toInstant() : now;
        } catch (DateTimeParseException e) {
            return now;
        }
    }
}
