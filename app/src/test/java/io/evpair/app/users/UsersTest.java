package io.evpair.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UsersTest extends IntegrationTest {

    @Test
    void aUserShowsItsLinkedVendorsPerDeviceType() {
        Http.Client client = newClient();
        client.simulatedVehicle("gina", "u-v-1");
        client.simulatedCharger("gina", "u-c-1");

        JsonNode user = client.get("/users/gina").json();

        assertThat(user.get("id").asString()).isEqualTo("gina");
        assertThat(user.get("linkedVendors").size()).isEqualTo(2);
        assertThat(user.get("linkedVendors").findValuesAsString("vendorType")).containsExactlyInAnyOrder("vehicle", "charger");
    }

    @Test
    void deletingAUserUnlinksEverything() {
        Http.Client client = newClient();
        String vehicleId = client.simulatedVehicle("hank", "u-v-2");
        String chargerId = client.simulatedCharger("hank", "u-c-2");
        String othersVehicle = client.simulatedVehicle("ivy", "u-v-3");

        Http.Response deleted = client.delete("/users/hank");

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(client.get("/users/hank").status()).isEqualTo(404);
        assertThat(client.get("/vehicles/" + vehicleId).status()).isEqualTo(404);
        assertThat(client.get("/chargers/" + chargerId).status()).isEqualTo(404);
        assertThat(client.get("/vehicles/" + othersVehicle).status()).isEqualTo(200);
        assertThat(client.delete("/users/hank").status()).isEqualTo(404);
    }

    @Test
    void aDeletedUserCanLinkTheSameDeviceAgain() {
        Http.Client client = newClient();
        String before = client.simulatedVehicle("jack", "u-v-4");
        client.delete("/users/jack");

        String after = client.simulatedVehicle("jack", "u-v-4");

        assertThat(after).isNotEqualTo(before);
        assertThat(client.get("/vehicles/" + after).status()).isEqualTo(200);
    }
}
