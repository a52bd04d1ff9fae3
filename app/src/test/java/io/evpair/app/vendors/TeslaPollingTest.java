package io.evpair.app.vendors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evpair.app.support.Http;
import io.evpair.app.support.Simulation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Polling Tesla within its limits: token refresh, revoked grants, sleeping cars, 429, 5xx, and unconfirmed commands. */
class TeslaPollingTest extends VendorCloudTest {
    private static final String VEHICLE_ONLY = TeslaAccount.linkBody("vehicle", "vehicle:read:data",
            "vehicle:control:charging");

    @Test
    void anExpiringAccessTokenIsRefreshedAndTheNewOneUsed() {
        Http.Client client = newClient();
        TeslaAccount tesla = new TeslaAccount().products();
        tesla.refreshAnswers(okJson("""
                {"access_token":"fresh-%s","refresh_token":"rt2-%s","expires_in":28800,"token_type":"Bearer"}"""
                .formatted(tesla.id, tesla.id)));
        tesla.link(http, client, "ida", VEHICLE_ONLY, 30); // inside the refresh margin at once
        tesla.accessToken = "fresh-" + tesla.id;
        tesla.vehicle("plugged");

        String vehicleId = TeslaLinkFlowTest.only(client, "/users/ida/vehicles").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> client.get("/vehicles/" + vehicleId).json()
                .at("/chargeState/isPluggedIn").asBoolean(false));
        assertThat(client.get("/vehicles/" + vehicleId).json().get("isReachable").asBoolean()).isTrue();
    }

    @Test
    void aRevokedGrantMakesTheVehicleUnreachableWithAnInterventionUntilRelinked() {
        Http.Client client = newClient();
        TeslaAccount tesla = new TeslaAccount().products();
        tesla.link(http, client, "jon", VEHICLE_ONLY);
        String vehicleId = TeslaLinkFlowTest.only(client, "/users/jon/vehicles").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> client.get("/vehicles/" + vehicleId).json().get("isReachable").asBoolean());

        // Revoked at Tesla: the API refuses the token and the token endpoint the refresh.
        tesla.stub.stubFor(get(urlPathEqualTo(tesla.vehicleData())).atPriority(1)
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"invalid_token\"}")));
        tesla.refreshAnswers(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"login_required\",\"error_description\":\"The refresh_token is invalid\"}"));

        await().atMost(Duration.ofSeconds(10)).until(() -> !client.get("/vehicles/" + vehicleId).json().get("isReachable").asBoolean());
        JsonNode vehicle = client.get("/vehicles/" + vehicleId).json();
        assertThat(vehicle.at("/capabilities/startCharging/isCapable").asBoolean()).isFalse();
        assertThat(vehicle.at("/capabilities/startCharging/interventionIds/0").asString()).isEqualTo("relink-tesla");
        assertThat(client.get("/users/jon").json().at("/linkedVendors/0/isValid").asBoolean()).isFalse();
        JsonNode intervention = client.get("/interventions/relink-tesla").json();
        assertThat(intervention.get("vendor").asString()).isEqualTo("TESLA");
        assertThat(intervention.at("/resolution/agent").asString()).isEqualTo("User");
        assertThat(client.get("/interventions/relink-nobody").status()).isEqualTo(404);

        // Linking again repairs it.
        tesla.stub.removeStub(tesla.stub.getStubMappings().stream().filter(m -> m.getPriority() != null
                && m.getPriority() == 1 && m.getRequest().getUrlPath() != null
                && m.getRequest().getUrlPath().equals(tesla.vehicleData())).findFirst().orElseThrow());
        tesla.accessToken = "relinked-" + tesla.id;
        tesla.products();
        tesla.link(http, client, "jon", VEHICLE_ONLY);
        await().atMost(Duration.ofSeconds(10)).until(() -> client.get("/vehicles/" + vehicleId).json().get("isReachable").asBoolean());
        assertThat(client.get("/vehicles/" + vehicleId).json().at("/capabilities/startCharging/interventionIds")).isEmpty();
    }

    @Test
    void aSleepingCarIsNotWokenAndPolledRarely() {
        Http.Client client = newClient();
        TeslaAccount tesla = new TeslaAccount().products();
        tesla.stub.stubFor(tesla.authorized(get(urlPathEqualTo(tesla.vehicleData()))).atPriority(1)
                .willReturn(aResponse().withStatus(408).withBody("{\"response\":null,\"error\":\"vehicle unavailable: vehicle is offline or asleep\"}")));
        tesla.link(http, client, "ask", VEHICLE_ONLY);
        await().atMost(Duration.ofSeconds(10)).until(() -> tesla.requests(tesla.vehicleData()) >= 1);

        // An awake car linked after it, polled every 0.4 s in tests: five of its polls prove the poller ran for
        // the sleeping car as long, where awake it would have been polled about five times too.
        TeslaAccount awake = new TeslaAccount().products();
        awake.link(http, client, "ask-awake", VEHICLE_ONLY);
        await().atMost(Duration.ofSeconds(20)).until(() -> awake.requests(awake.vehicleData()) >= 5);

        assertThat(tesla.requests(tesla.vehicleData())).isEqualTo(1);
        String vehicleId = TeslaLinkFlowTest.only(client, "/users/ask/vehicles").get("id").asString();
        assertThat(client.get("/vehicles/" + vehicleId).json().get("isReachable").asBoolean()).isTrue();
        assertThat(tesla.stub.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathMatching("/api/1/vehicles/" + tesla.vin + "/wake_up")))).isEmpty();
    }

    @Test
    void retryAfterOfA429IsHonoured() {
        Http.Client client = newClient();
        TeslaAccount tesla = new TeslaAccount().products();
        tesla.stub.stubFor(tesla.authorized(get(urlPathEqualTo(tesla.vehicleData()))).atPriority(1)
                .inScenario("429-" + tesla.id).whenScenarioStateIs(STARTED).willSetStateTo("served")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")));

        tesla.link(http, client, "tor", VEHICLE_ONLY);

        await().atMost(Duration.ofSeconds(15)).until(() -> tesla.requests(tesla.vehicleData()) >= 2);
        List<Instant> polls = tesla.requestTimes(tesla.vehicleData());
        assertThat(Duration.between(polls.get(0), polls.get(1))).as("the poll after Retry-After: 3")
                .isGreaterThanOrEqualTo(Duration.ofMillis(2500));
        String vehicleId = TeslaLinkFlowTest.only(client, "/users/tor/vehicles").get("id").asString();
        await().atMost(Duration.ofSeconds(5)).until(() -> client.get("/vehicles/" + vehicleId).json()
                .at("/chargeState/isPluggedIn").isBoolean());
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() {
        Http.Client client = newClient();
        TeslaAccount tesla = new TeslaAccount().products();
        String scenario = "5xx-" + tesla.id;
        tesla.stub.stubFor(tesla.authorized(get(urlPathEqualTo(tesla.vehicleData()))).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs(STARTED).willSetStateTo("one").willReturn(aResponse().withStatus(503)));
        tesla.stub.stubFor(tesla.authorized(get(urlPathEqualTo(tesla.vehicleData()))).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs("one").willSetStateTo("two").willReturn(aResponse().withStatus(502)));

        tesla.link(http, client, "uno", VEHICLE_ONLY);
        String vehicleId = TeslaLinkFlowTest.only(client, "/users/uno/vehicles").get("id").asString();

        await().atMost(Duration.ofSeconds(10)).until(() -> client.get("/vehicles/" + vehicleId).json()
                .at("/chargeState/isPluggedIn").isBoolean());
        assertThat(tesla.requests(tesla.vehicleData())).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aCommandTeslaAcceptsButTheCarNeverCarriesOutFailsWithNoResponseNamingTheVehicle() {
        Http.Client client = newClient();
        TeslaAccount tesla = new TeslaAccount().products();
        tesla.vehicle("plugged");
        tesla.stub.stubFor(tesla.authorized(com.github.tomakehurst.wiremock.client.WireMock.post(
                        urlPathEqualTo("/api/1/vehicles/" + tesla.vin + "/command/charge_start")))
                .willReturn(okJson("{\"response\":{\"result\":true,\"reason\":\"\"}}")));
        tesla.link(http, client, "vera", VEHICLE_ONLY);
        String vehicleId = TeslaLinkFlowTest.only(client, "/users/vera/vehicles").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> client.get("/vehicles/" + vehicleId).json()
                .at("/chargeState/isPluggedIn").asBoolean(false));

        // The action's timeout runs on this client's engine clock: move it instead of waiting ten minutes.
        Instant now = Instant.now();
        client.post("/simulator/clock", "{\"now\":\"" + now + "\"}");
        JsonNode action = Simulation.action(client.post("/vehicles/" + vehicleId + "/charging", "{\"action\":\"START\"}"));
        await().atMost(Duration.ofSeconds(10)).until(() -> tesla.requests("/api/1/vehicles/" + tesla.vin + "/command/charge_start") >= 1);
        assertThat(client.get("/vehicles/actions/" + action.get("id").asString()).json().get("state").asString()).isEqualTo("PENDING");

        client.post("/simulator/clock", "{\"now\":\"" + now.plus(Duration.ofMinutes(11)) + "\"}");

        JsonNode failed = client.get("/vehicles/actions/" + action.get("id").asString()).json();
        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        assertThat(failed.at("/failureReason/type").asString()).isEqualTo("NO_RESPONSE");
        assertThat(failed.at("/failureReason/deviceId").asString()).isEqualTo(vehicleId);
        assertThat(failed.at("/failureReason/deviceType").asString()).isEqualToIgnoringCase("vehicle");
    }
}
