package io.evpair.app.vendors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.evpair.app.support.Http;
import io.evpair.app.support.Simulation;
import io.evpair.app.support.VendorStub;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Easee chargers: linking, the chargerOpMode mapping, commands, and a slow Easee never delaying Tesla polls. */
class EaseeTest extends VendorCloudTest {
    private static final String LINK = """
            {"vendor":"EASEE","scopes":["charger:read:data","charger:control:charging"],"language":"nb-NO",
             "redirectUri":"https://app.example.com/linked"}""";

    private final WireMockServer stub = VendorStub.server();
    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final String serial = "EH" + id.toUpperCase();
    private final String token = "easee-" + id;

    @Test
    void anEaseeChargerIsLinkedPolledAndCommanded() {
        Http.Client client = newClient();
        account(2, 0.0);

        assertThat(link(client, "nora")).hasToString("https://app.example.com/linked?status=success");

        JsonNode charger = TeslaLinkFlowTest.only(client, "/users/nora/chargers");
        String chargerId = charger.get("id").asString();
        assertThat(charger.get("vendor").asString()).isEqualTo("EASEE");
        assertThat(charger.at("/information/serialNumber").asString()).isEqualTo(serial);
        assertThat(charger.at("/capabilities/setMaxCurrent/isCapable").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> "PLUGGED_IN:STOPPED".equals(
                client.get("/chargers/" + chargerId).json().at("/chargeState/powerDeliveryState").asString()));

        stub.stubFor(post(urlEqualTo("/api/chargers/" + serial + "/commands/resume_charging"))
                .withHeader("Authorization", equalTo("Bearer " + token)).willReturn(aResponse().withStatus(202)));
        JsonNode action = Simulation.action(client.post("/chargers/" + chargerId + "/charging", "{\"action\":\"START\"}"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !stub.findAll(
                postRequestedFor(urlEqualTo("/api/chargers/" + serial + "/commands/resume_charging"))).isEmpty());
        account(3, 7.1); // the charger starts: chargerOpMode 3

        await().atMost(Duration.ofSeconds(10)).until(() -> "CONFIRMED".equals(
                client.get("/chargers/actions/" + action.get("id").asString()).json().get("state").asString()));
        assertThat(client.get("/chargers/" + chargerId).json().at("/chargeState/chargeRate").asDouble()).isEqualTo(7.1);

        stub.stubFor(post(urlEqualTo("/api/chargers/" + serial + "/settings"))
                .withRequestBody(equalToJson("{\"dynamicChargerCurrent\":10.0}")).willReturn(aResponse().withStatus(202)));
        Simulation.action(client.post("/chargers/" + chargerId + "/max-current", "{\"maxCurrent\":10}"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !stub.findAll(
                postRequestedFor(urlEqualTo("/api/chargers/" + serial + "/settings"))).isEmpty());
    }

    @Test
    void aSlowEaseeNeverDelaysTeslaPolls() {
        Http.Client client = newClient();
        account(2, 0.0);
        link(client, "odd");
        // Easee now takes 3 s per answer (still inside the timeout).
        stub.stubFor(get(urlEqualTo("/api/chargers/" + serial + "/state")).atPriority(1)
                .willReturn(okJson(state(2, 0.0)).withFixedDelay(3000)));
        await().atMost(Duration.ofSeconds(10)).until(() -> stub.findAll(anyRequestedFor(
                urlPathEqualTo("/api/chargers/" + serial + "/state"))).size() >= 2);

        TeslaAccount tesla = new TeslaAccount().products();
        tesla.link(http, client, "odd", TeslaAccount.linkBody("vehicle", "vehicle:read:data"));
        int before = tesla.requests(tesla.vehicleData());

        await().atMost(Duration.ofSeconds(3)).until(() -> tesla.requests(tesla.vehicleData()) >= before + 3);
        assertThat(client.delete("/users/odd/vendors/easee").status()).isEqualTo(204); // frees the Easee threads
    }

    private URI link(Http.Client client, String userId) {
        Http.Response linked = client.post("/users/" + userId + "/link", LINK);
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        URI authorize = TeslaAccount.location(TeslaAccount.browse(linked.json().get("linkUrl").asString()));
        assertThat(authorize.getPath()).isEqualTo("/oauth/authorize");
        String state = TeslaAccount.query(authorize).get("state");
        stub.stubFor(post(urlEqualTo("/oauth/token")).withRequestBody(containing("code=code-" + state)).willReturn(okJson("""
                {"access_token":"%s","refresh_token":"r-%s","expires_in":86400,"token_type":"Bearer"}""".formatted(token, id))));
        // The stub's login page answers any path ending in authorize the same way.
        stub.stubFor(get(urlPathEqualTo("/oauth/authorize")).atPriority(10).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{request.query.redirect_uri}}?code=code-{{request.query.state}}&state={{request.query.state}}")
                .withTransformers("response-template")));
        URI callback = TeslaAccount.location(TeslaAccount.browse(authorize.toString()));
        return TeslaAccount.location(TeslaAccount.browse(callback.toString()));
    }

    /** The account's one charger, in chargerOpMode {@code mode} drawing {@code kw}. */
    private void account(int mode, double kw) {
        stub.stubFor(get(urlEqualTo("/api/chargers")).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson("""
                        [{"id":"%s","name":"Garage","color":1,"createdOn":"2024-03-01T10:00:00Z","backPlate":null,
                          "levelOfAccess":1,"productCode":1}]""".formatted(serial))));
        stub.stubFor(get(urlEqualTo("/api/chargers/" + serial + "/state")).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson(state(mode, kw))));
    }

    private static String state(int mode, double kw) {
        return """
                {"smartCharging":false,"cableLocked":true,"chargerOpMode":%d,"totalPower":%s,"sessionEnergy":1.2,
                 "dynamicChargerCurrent":32.0,"outputCurrent":%s,"isOnline":true,"lifetimeEnergy":1234.5,
                 "latestPulse":"2026-11-25T01:00:00Z","voltage":231.0}""".formatted(mode, kw, kw > 0 ? 10.3 : 0);
    }
}
