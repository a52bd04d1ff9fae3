package io.evpair.app.devices;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** A client sees only its own users and devices; anything else answers 404, never 403. */
class TenantIsolationTest extends IntegrationTest {

    @Test
    void anotherClientsVehicleAndChargerAre404() {
        Http.Client owner = newClient();
        Http.Client stranger = newClient();
        String vehicleId = owner.simulatedVehicle("alice", "iso-v-1");
        String chargerId = owner.simulatedCharger("alice", "iso-c-1");

        Http.Response vehicle = stranger.get("/vehicles/" + vehicleId);
        Http.Response charger = stranger.get("/chargers/" + chargerId);

        assertThat(vehicle.status()).isEqualTo(404);
        assertThat(vehicle.isProblem()).isTrue();
        assertThat(charger.status()).isEqualTo(404);
        assertThat(owner.get("/vehicles/" + vehicleId).status()).isEqualTo(200);
        assertThat(owner.get("/chargers/" + chargerId).status()).isEqualTo(200);
    }

    @Test
    void listingsHoldOnlyTheClientsOwnDevices() {
        Http.Client owner = newClient();
        Http.Client stranger = newClient();
        owner.simulatedVehicle("alice", "iso-v-2");
        owner.simulatedCharger("alice", "iso-c-2");

        assertThat(stranger.get("/vehicles").json().get("data").size()).isZero();
        assertThat(stranger.get("/chargers").json().get("data").size()).isZero();
        assertThat(stranger.get("/users/alice/vehicles").status()).isEqualTo(404);
        assertThat(owner.get("/vehicles").json().get("data").size()).isEqualTo(1);
    }

    @Test
    void anotherClientsUserIs404AndCannotBeDeleted() {
        Http.Client owner = newClient();
        Http.Client stranger = newClient();
        String vehicleId = owner.simulatedVehicle("bob", "iso-v-3");

        assertThat(stranger.get("/users/bob").status()).isEqualTo(404);
        assertThat(stranger.delete("/users/bob").status()).isEqualTo(404);
        assertThat(owner.get("/vehicles/" + vehicleId).status()).isEqualTo(200);
    }

    @Test
    void twoClientsMayLinkTheSameVendorDeviceIdIndependently() {
        Http.Client first = newClient();
        Http.Client second = newClient();

        String a = first.simulatedVehicle("carol", "shared-vendor-id");
        String b = second.simulatedVehicle("carol", "shared-vendor-id");

        assertThat(a).isNotEqualTo(b);
    }
}
