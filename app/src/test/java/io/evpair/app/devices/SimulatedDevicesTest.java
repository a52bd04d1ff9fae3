package io.evpair.app.devices;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** SPEC §6.1: simulated devices are created once per vendorDeviceId, in Enode's shapes. */
class SimulatedDevicesTest extends IntegrationTest {

    @Test
    void aVehicleIsCreatedOnceAndReturnedAgain() {
        Http.Client client = newClient();
        String body = """
                {"vendorDeviceId":"sim-v-1","brand":"Renault","model":"Zoe","batteryCapacityKwh":52.0,
                 "capabilities":{"startCharging":true,"stopCharging":false,"setChargeRateLimit":false}}""";

        Http.Response first = client.post("/simulator/users/erin/vehicles", body);
        Http.Response again = client.post("/simulator/users/erin/vehicles", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        JsonNode vehicle = client.get("/vehicles/" + first.json().get("id").asString()).json();
        assertThat(vehicle.get("userId").asString()).isEqualTo("erin");
        assertThat(vehicle.get("vendor").asString()).isEqualTo("SIMULATED");
        assertThat(vehicle.get("information").get("brand").asString()).isEqualTo("Renault");
        assertThat(vehicle.get("chargeState").get("batteryCapacity").asDouble()).isEqualTo(52.0);
        assertThat(vehicle.get("capabilities").get("startCharging").get("isCapable").asBoolean()).isTrue();
        assertThat(vehicle.get("capabilities").get("stopCharging").get("isCapable").asBoolean()).isFalse();
    }

    @Test
    void theVehicleHasEveryKeyOfTheEnodeShape() {
        Http.Client client = newClient();
        JsonNode vehicle = client.get("/vehicles/" + client.simulatedVehicle("erin", "sim-v-2")).json();

        assertThat(names(vehicle)).containsExactlyInAnyOrder("id", "userId", "vendor", "lastSeen", "isReachable",
                "information", "chargeState", "location", "odometer", "capabilities", "scopes");
        assertThat(names(vehicle.get("information"))).containsExactlyInAnyOrder("vin", "brand", "model", "year", "displayName");
        assertThat(names(vehicle.get("chargeState"))).containsExactlyInAnyOrder("batteryLevel", "range", "isPluggedIn",
                "isCharging", "isFullyCharged", "batteryCapacity", "chargeLimit", "chargeRate", "chargeTimeRemaining",
                "lastUpdated", "maxCurrent", "powerDeliveryState", "pluggedInChargerId");
        assertThat(names(vehicle.get("location"))).containsExactlyInAnyOrder("id", "latitude", "longitude", "lastUpdated");
        assertThat(names(vehicle.get("capabilities"))).containsExactlyInAnyOrder("information", "chargeState", "location",
                "odometer", "setMaxCurrent", "startCharging", "stopCharging", "setChargeRateLimit", "smartCharging");
        assertThat(names(vehicle.get("capabilities").get("startCharging"))).containsExactlyInAnyOrder("isCapable", "interventionIds");
        assertThat(vehicle.get("chargeState").get("powerDeliveryState").asString()).isEqualTo("UNKNOWN");
    }

    @Test
    void aChargerKeepsItsAddressAndHasEveryKeyOfTheEnodeShape() {
        Http.Client client = newClient();
        Http.Response created = client.post("/simulator/users/erin/chargers", """
                {"vendorDeviceId":"sim-c-1","address":{"latitude":59.91,"longitude":10.75},
                 "capabilities":{"startCharging":true,"stopCharging":true,"setChargeRateLimit":true}}""");

        assertThat(created.status()).isEqualTo(201);
        JsonNode charger = client.get("/chargers/" + created.json().get("id").asString()).json();
        assertThat(names(charger)).containsExactlyInAnyOrder("id", "userId", "vendor", "lastSeen", "isReachable",
                "information", "chargeState", "location", "capabilities", "scopes");
        assertThat(names(charger.get("chargeState"))).containsExactlyInAnyOrder("isPluggedIn", "isCharging",
                "chargeRate", "lastUpdated", "maxCurrent", "chargeRateLimit", "powerDeliveryState", "pluggedInVehicleId");
        assertThat(names(charger.get("capabilities"))).containsExactlyInAnyOrder("information", "chargeState",
                "startCharging", "stopCharging", "setMaxCurrent", "setChargeRateLimit");
        assertThat(charger.get("location").get("latitude").asDouble()).isEqualTo(59.91);
        assertThat(charger.get("location").get("longitude").asDouble()).isEqualTo(10.75);
    }

    @Test
    void aDeviceLinkedForAnotherUserMovesThereKeepingItsId() {
        Http.Client client = newClient();
        String id = client.simulatedVehicle("erin", "sim-v-3");

        Http.Response r = client.post("/simulator/users/frank/vehicles", "{\"vendorDeviceId\":\"sim-v-3\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("id").asString()).isEqualTo(id);
        assertThat(r.json().get("userId").asString()).isEqualTo("frank");
        assertThat(client.get("/users/erin/vehicles").json().get("data").size()).isZero();
        assertThat(client.get("/users/frank/vehicles").json().get("data").size()).isEqualTo(1);
    }

    private static List<String> names(JsonNode node) {
        return List.copyOf(node.propertyNames());
    }
}
