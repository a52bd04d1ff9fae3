package io.evpair.app.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.adapters.simulator.SimulatedOem;
import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The simulated OEM records commands and answers them as told (SPEC §6.1). */
class SimulatedOemCommandsTest extends IntegrationTest {
    @Autowired
    SimulatedOem oem;

    @Test
    void commandsAreRecordedWithTheOutcomeTheBehaviourSays() {
        Http.Client client = newClient();
        String chargerId = client.simulatedCharger("sam", "cmd-c-1");
        DeviceAddress charger = new DeviceAddress(UUID.fromString(chargerId), DeviceType.CHARGER, Vendor.SIMULATED, "cmd-c-1");

        CommandResult accepted = oem.startCharging(charger);
        Http.Response set = client.post("/simulator/devices/cmd-c-1/behaviour", "{\"behaviour\":\"REJECT\"}");
        CommandResult rejected = oem.setChargeRateLimit(charger, 3.7);
        client.post("/simulator/devices/cmd-c-1/behaviour", "{\"behaviour\":\"OFFLINE\"}");
        CommandResult offline = oem.stopCharging(charger);

        assertThat(set.status()).isEqualTo(200);
        assertThat(accepted).isInstanceOf(CommandResult.Accepted.class);
        assertThat(rejected).isInstanceOf(CommandResult.Rejected.class);
        assertThat(offline).isInstanceOf(CommandResult.Unreachable.class);
        JsonNode commands = client.get("/simulator/commands?vendorDeviceId=cmd-c-1").json().get("data");
        assertThat(commands.size()).isEqualTo(3);
        assertThat(commands.get(0).get("command").asString()).isEqualTo("START_CHARGING");
        assertThat(commands.get(0).get("outcome").asString()).isEqualTo("ACCEPT");
        assertThat(commands.get(1).get("value").asDouble()).isEqualTo(3.7);
        assertThat(commands.get(1).get("outcome").asString()).isEqualTo("REJECT");
        assertThat(commands.get(2).get("outcome").asString()).isEqualTo("OFFLINE");
    }

    @Test
    void anotherClientSeesNoCommandsAndCannotSetBehaviour() {
        Http.Client owner = newClient();
        Http.Client stranger = newClient();
        String chargerId = owner.simulatedCharger("sam", "cmd-c-2");
        oem.startCharging(new DeviceAddress(UUID.fromString(chargerId), DeviceType.CHARGER, Vendor.SIMULATED, "cmd-c-2"));

        assertThat(stranger.get("/simulator/commands?vendorDeviceId=cmd-c-2").json().get("data").size()).isZero();
        assertThat(stranger.post("/simulator/devices/cmd-c-2/behaviour", "{\"behaviour\":\"REJECT\"}").status()).isEqualTo(404);
        assertThat(owner.post("/simulator/devices/cmd-c-2/behaviour", "{\"behaviour\":\"SULK\"}").status()).isEqualTo(400);
    }
}
