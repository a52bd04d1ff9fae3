package io.evpair.app.statistics;

import static io.evpair.app.support.Simulation.T0;
import static io.evpair.app.support.Simulation.charger;
import static io.evpair.app.support.Simulation.plugInAndCharge;
import static io.evpair.app.support.Simulation.report;
import static io.evpair.app.support.Simulation.row;
import static io.evpair.app.support.Simulation.stopCharging;
import static io.evpair.app.support.Simulation.vehicle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** SPEC §3 statistics: a paired session's energy is the charger's metered energy; others come from the vehicle. */
class ChargingStatisticsTest extends IntegrationTest {

    @Test
    void aPairedSessionReportsTheChargersEnergyWithinOnePercent() {
        Http.Client client = newClient();
        String car = vehicle(client, "kai", "st-v-1", false);
        String wallbox = charger(client, "kai", "st-c-1", true);
        plugInAndCharge(client, "st-v-1", "st-c-1", 0, 60);
        stopCharging(client, "st-v-1", "st-c-1", 62);
        report(client, row("st-v-1", "VEHICLE", 64, 64, false, false, 0.0, 50.5),
                row("st-c-1", "CHARGER", 64, 64, false, false, 0.0, null));
        client.post("/simulator/clock", "{\"now\":\"" + T0.plusSeconds(70 * 60) + "\"}");
        // The charger reported 7.2 kW every two minutes from minute 2 until it stopped at minute 62.
        double meteredKwh = 7.2 * 60 / 60.0;

        JsonNode sessions = client.get("/users/kai/statistics/charging/sessions?from=" + T0.minusSeconds(3600)
                + "&to=" + T0.plusSeconds(3 * 3600)).json();

        assertThat(sessions.size()).isEqualTo(1);
        JsonNode session = sessions.get(0);
        assertThat(session.get("vehicleId").asString()).isEqualTo(car);
        assertThat(session.get("chargerId").asString()).isEqualTo(wallbox);
        assertThat(session.get("energySource").asString()).isEqualTo("CHARGER");
        assertThat(session.get("kwhSum").asDouble()).isCloseTo(meteredKwh, within(meteredKwh * 0.01));
        assertThat(session.get("kw").get("max").asDouble()).isEqualTo(7.2);
        assertThat(session.get("batteryLevelStart").asDouble()).isLessThan(session.get("batteryLevelEnd").asDouble());

        JsonNode days = client.get("/users/kai/statistics/charging?resolution=DAY&from=" + T0.minusSeconds(3600)
                + "&to=" + T0.plusSeconds(3 * 3600)).json();
        assertThat(days.size()).isEqualTo(1);
        assertThat(days.get(0).get("date").asString()).isEqualTo("2026-03-04T00:00:00Z");
        assertThat(days.get(0).get("sessions").asInt()).isEqualTo(1);
    }

    @Test
    void chargingAwayFromTheUsersChargersIsAVehicleSession() {
        Http.Client client = newClient();
        vehicle(client, "lea", "st-v-2", false);
        charger(client, "lea", "st-c-2", true);
        report(client, row("st-v-2", "VEHICLE", 0, 0, true, true, 11.0, 30.0),
                row("st-v-2", "VEHICLE", 15, 15, true, true, 11.0, 34.0),
                row("st-v-2", "VEHICLE", 30, 30, true, false, 0.0, 38.0));

        JsonNode sessions = client.get("/users/lea/statistics/charging/sessions?from=" + T0.minusSeconds(3600)
                + "&to=" + T0.plusSeconds(3600)).json();

        assertThat(sessions.size()).isEqualTo(1);
        assertThat(sessions.get(0).get("energySource").asString()).isEqualTo("VEHICLE");
        assertThat(sessions.get(0).get("chargerId").isNull()).isTrue();
        assertThat(sessions.get(0).get("kwhSum").asDouble()).isCloseTo(5.5, within(0.01));
    }

    @Test
    void theWindowMustBeSane() {
        Http.Client client = newClient();

        Http.Response backwards = client.get("/users/x/statistics/charging/sessions?from=2026-03-04T10:00:00Z&to=2026-03-04T09:00:00Z");
        Http.Response missing = client.get("/users/x/statistics/charging/sessions?from=2026-03-04T10:00:00Z");

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("issues").get(0).get("field").asString()).isEqualTo("to");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("issues").get(0).get("field").asString()).isEqualTo("to");
    }
}
