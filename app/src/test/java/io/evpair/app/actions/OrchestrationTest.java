package io.evpair.app.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import static io.evpair.app.support.Simulation.*;

/** SPEC §5 end to end: unlocked capabilities, routed commands, confirmation by state, explained failures. */
class OrchestrationTest extends IntegrationTest {


    @Test
    void aVehicleThatCannotStartIsStartedAndStoppedThroughItsActivatedCharger() {
        Http.Client client = newClient();
        String vehicle = vehicle(client, "tara", "orc-v-1", false);
        charger(client, "tara", "orc-c-1", true);
        JsonNode capabilities = client.get("/vehicles/" + vehicle).json().get("capabilities");
        assertThat(capabilities.get("startCharging").get("isCapable").asBoolean()).isTrue();
        assertThat(capabilities.get("stopCharging").get("isCapable").asBoolean()).isTrue();

        plugInAndCharge(client, "orc-v-1", "orc-c-1", 0, 60);
        stopCharging(client, "orc-v-1", "orc-c-1", 62);
        assertThat(client.get("/charging-pairs").json().get("data").size()).isEqualTo(1);

        JsonNode start = action(client.post("/vehicles/" + vehicle + "/charging", "{\"action\":\"START\"}"));
        assertThat(start.get("state").asString()).isEqualTo("PENDING");
        assertThat(start.get("targetType").asString()).isEqualTo("vehicle");
        assertThat(commands(client, "orc-c-1")).containsExactly("START_CHARGING:ACCEPT");
        assertThat(commands(client, "orc-v-1")).isEmpty();

        report(client, row("orc-c-1", "CHARGER", 66, 66, true, true, 7.2, null),
                row("orc-v-1", "VEHICLE", 66, 67, true, true, 6.5, 52.0));
        JsonNode confirmed = client.get("/vehicles/actions/" + start.get("id").asString()).json();
        assertThat(confirmed.get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("completedAt").isNull()).isFalse();

        JsonNode stop = action(client.post("/vehicles/" + vehicle + "/charging", "{\"action\":\"STOP\"}"));
        report(client, row("orc-c-1", "CHARGER", 70, 70, true, false, 0.0, null));
        assertThat(client.get("/vehicles/actions/" + stop.get("id").asString()).json().get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(commands(client, "orc-c-1")).containsExactly("START_CHARGING:ACCEPT", "STOP_CHARGING:ACCEPT");

        report(client, row("orc-v-1", "VEHICLE", 72, 72, false, false, 0.0, 52.0),
                row("orc-c-1", "CHARGER", 72, 72, false, false, 0.0, null));
        client.post("/simulator/clock", "{\"now\":\"" + T0.plusSeconds(75 * 60) + "\"}");
        assertThat(client.get("/charging-pairs").json().get("data").size()).isZero();
        JsonNode unplugged = action(client.post("/vehicles/" + vehicle + "/charging", "{\"action\":\"START\"}"));
        assertThat(unplugged.get("state").asString()).isEqualTo("PENDING");
        client.post("/simulator/clock", "{\"now\":\"" + T0.plusSeconds(90 * 60) + "\"}");
        JsonNode failed = client.get("/vehicles/actions/" + unplugged.get("id").asString()).json();
        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").get("type").asString()).isEqualTo("FAILED_PRECONDITION");
        assertThat(failed.get("failureReason").get("deviceId").asString()).isEqualTo(vehicle);
        assertThat(commands(client, "orc-c-1")).hasSize(2);
    }

    @Test
    void anUnpluggedVehicleWaitsThenFailsNamingTheVehicle() {
        Http.Client client = newClient();
        String vehicle = vehicle(client, "uma", "orc-v-2", false);
        charger(client, "uma", "orc-c-2", true);
        report(client, row("orc-v-2", "VEHICLE", 0, 0, false, false, 0.0, 40.0));

        JsonNode start = action(client.post("/vehicles/" + vehicle + "/charging", "{\"action\":\"START\"}"));
        assertThat(start.get("state").asString()).isEqualTo("PENDING");
        client.post("/simulator/clock", "{\"now\":\"" + T0.plusSeconds(11 * 60) + "\"}");

        JsonNode failed = client.get("/vehicles/actions/" + start.get("id").asString()).json();
        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").get("type").asString()).isEqualTo("FAILED_PRECONDITION");
        assertThat(failed.get("failureReason").get("deviceId").asString()).isEqualTo(vehicle);
        assertThat(failed.get("failureReason").get("deviceType").asString()).isEqualTo("vehicle");
        assertThat(commands(client, "orc-c-2")).isEmpty();
    }

    @Test
    void withOrchestrationOffVehicleCommandsGoToTheVehicleOnly() {
        Http.Client client = newClient();
        http.admin("PATCH", "/admin/clients/" + client.clientId, ADMIN_PASSWORD,
                "{\"commandOrchestration\":false,\"capabilityUnlocking\":false}");
        String capable = vehicle(client, "vic", "orc-v-3", true);
        charger(client, "vic", "orc-c-3", true);
        plugInAndCharge(client, "orc-v-3", "orc-c-3", 0, 60);
        stopCharging(client, "orc-v-3", "orc-c-3", 62);

        action(client.post("/vehicles/" + capable + "/charging", "{\"action\":\"START\"}"));

        assertThat(commands(client, "orc-v-3")).containsExactly("START_CHARGING:ACCEPT");
        assertThat(commands(client, "orc-c-3")).isEmpty();
        String incapable = vehicle(client, "vic", "orc-v-4", false);
        Http.Response refused = client.post("/vehicles/" + incapable + "/charging", "{\"action\":\"START\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(client.get("/vehicles/" + incapable).json().get("capabilities").get("startCharging").get("isCapable").asBoolean()).isFalse();
    }

    @Test
    void aChargerThatRejectsOrTimesOutFailsNamingTheCharger() {
        Http.Client client = newClient();
        String charger = charger(client, "wes", "orc-c-5", true);
        report(client, row("orc-c-5", "CHARGER", 0, 0, true, false, 0.0, null));
        client.post("/simulator/devices/orc-c-5/behaviour", "{\"behaviour\":\"REJECT\"}");

        JsonNode rejected = action(client.post("/chargers/" + charger + "/charging", "{\"action\":\"START\"}"));
        assertThat(rejected.get("state").asString()).isEqualTo("FAILED");
        assertThat(rejected.get("failureReason").get("type").asString()).isEqualTo("FAILED_PRECONDITION");
        assertThat(rejected.get("failureReason").get("deviceId").asString()).isEqualTo(charger);
        assertThat(rejected.get("failureReason").get("detail").asString()).contains("refused");

        client.post("/simulator/devices/orc-c-5/behaviour", "{\"behaviour\":\"TIME_OUT\"}");
        JsonNode silent = action(client.post("/chargers/" + charger + "/charge-rate-limit", "{\"chargeRateLimit\":3.7}"));
        assertThat(silent.get("state").asString()).isEqualTo("PENDING");
        client.post("/simulator/clock", "{\"now\":\"" + T0.plusSeconds(2 * 60) + "\"}");
        client.post("/simulator/clock", "{\"now\":\"" + T0.plusSeconds(11 * 60) + "\"}");
        JsonNode timedOut = client.get("/chargers/actions/" + silent.get("id").asString()).json();
        assertThat(timedOut.get("state").asString()).isEqualTo("FAILED");
        assertThat(timedOut.get("failureReason").get("type").asString()).isEqualTo("NO_RESPONSE");
        assertThat(timedOut.get("failureReason").get("deviceType").asString()).isEqualTo("charger");
        assertThat(commands(client, "orc-c-5")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void sameCommandReusesTheActionADifferentOneCancelsItAndCancelIs409OnceResolved() {
        Http.Client client = newClient();
        String charger = charger(client, "xia", "orc-c-6", true);
        client.post("/simulator/devices/orc-c-6/behaviour", "{\"behaviour\":\"TIME_OUT\"}");

        JsonNode first = action(client.post("/chargers/" + charger + "/max-current", "{\"maxCurrent\":16}"));
        JsonNode again = action(client.post("/chargers/" + charger + "/max-current", "{\"maxCurrent\":16}"));
        JsonNode other = action(client.post("/chargers/" + charger + "/max-current", "{\"maxCurrent\":10}"));

        assertThat(again.get("id").asString()).isEqualTo(first.get("id").asString());
        JsonNode replaced = client.get("/chargers/actions/" + first.get("id").asString()).json();
        assertThat(replaced.get("state").asString()).isEqualTo("CANCELLED");
        assertThat(replaced.get("failureReason").get("type").asString()).isEqualTo("CONFLICT");
        JsonNode cancelled = client.post("/chargers/actions/" + other.get("id").asString() + "/cancel", null).json();
        assertThat(cancelled.get("state").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("failureReason").get("type").asString()).isEqualTo("REQUESTED_CANCELLATION");
        assertThat(client.post("/chargers/actions/" + other.get("id").asString() + "/cancel", null).status()).isEqualTo(409);
        assertThat(client.get("/vehicles/actions/" + other.get("id").asString()).status()).isEqualTo(404);
    }

    @Test
    void aPairedVehicleShowsTheChargersRateUnlessTheClientWantsTheVehicles() {
        Http.Client client = newClient();
        String vehicle = vehicle(client, "yan", "orc-v-7", false);
        charger(client, "yan", "orc-c-7", true);
        plugInAndCharge(client, "orc-v-7", "orc-c-7", 0, 60);

        assertThat(client.get("/vehicles/" + vehicle).json().get("chargeState").get("chargeRate").asDouble()).isEqualTo(7.2);
        http.admin("PATCH", "/admin/clients/" + client.clientId, ADMIN_PASSWORD, "{\"chargeRateSource\":\"VEHICLE_ESTIMATE\"}");
        assertThat(client.get("/vehicles/" + vehicle).json().get("chargeState").get("chargeRate").asDouble()).isEqualTo(6.5);
    }

    @Test
    void aPairedVehicleWithoutGpsIsWhereItsChargerIs() {
        Http.Client client = newClient();
        String vehicle = vehicle(client, "ada", "orc-v-8", false);
        client.post("/simulator/users/ada/chargers", """
                {"vendorDeviceId":"orc-c-8","address":{"latitude":59.91,"longitude":10.75},
                 "capabilities":{"startCharging":true,"stopCharging":true,"setChargeRateLimit":true}}""");
        assertThat(client.get("/vehicles/" + vehicle).json().get("location").get("latitude").isNull()).isTrue();

        plugInAndCharge(client, "orc-v-8", "orc-c-8", 0, 60);

        JsonNode read = client.get("/vehicles/" + vehicle).json();
        JsonNode location = read.get("location");
        assertThat(location.get("latitude").asDouble()).isEqualTo(59.91);
        assertThat(location.get("longitude").asDouble()).isEqualTo(10.75);
        // The single read is one query of its own; the listing assembles the same view from the stores.
        assertThat(read).isEqualTo(client.get("/users/ada/vehicles").json().get("data").get(0));
    }

    @Test
    void underVehicleEstimateARateIsEstimatedFromTheBatteryWhenTheVehicleReportsNone() {
        Http.Client client = newClient();
        http.admin("PATCH", "/admin/clients/" + client.clientId, ADMIN_PASSWORD, "{\"chargeRateSource\":\"VEHICLE_ESTIMATE\"}");
        String vehicle = vehicle(client, "bo", "orc-v-9", false);
        report(client, row("orc-v-9", "VEHICLE", 0, 0, true, true, 0.0, 40.0).replace("\"chargeRateKw\":0.0", "\"chargeRateKw\":null"),
                row("orc-v-9", "VEHICLE", 30, 30, true, true, 0.0, 45.0).replace("\"chargeRateKw\":0.0", "\"chargeRateKw\":null"));

        // 5 % of 64 kWh in half an hour
        assertThat(client.get("/vehicles/" + vehicle).json().get("chargeState").get("chargeRate").asDouble()).isEqualTo(6.4);
    }
}
