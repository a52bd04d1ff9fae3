package io.evpair.app.vendors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import io.evpair.app.support.VendorStub;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One user's Smartcar vehicle and Zaptec charger, linked through the real link flow over HTTP against stubs shaped
 * after the two vendors' documentation: polled states flow, and the pair activates; a revoked Smartcar grant shows
 * the relink intervention.
 */
class SmartcarZaptecTest extends VendorCloudTest {
    private final WireMockServer stub = VendorStub.server();
    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final String vehicleId = UUID.randomUUID().toString();
    private final String chargerId = UUID.randomUUID().toString();
    private final String smartcarToken = "sc-" + id;
    private final String zaptecToken = "zt-" + id;

    static {
        // Both vendors' login pages send the browser straight back with a code derived from the state.
        for (String path : new String[] {"/oauth/authorize", "/zaptec/oauth/authorize"}) {
            VendorStub.server().stubFor(get(urlPathEqualTo(path)).atPriority(10).willReturn(aResponse().withStatus(302)
                    .withHeader("Location", "{{request.query.redirect_uri}}?code=code-{{request.query.state}}&state={{request.query.state}}")
                    .withTransformers("response-template")));
        }
    }

    @Test
    void aSmartcarVehicleAndAZaptecChargerOfOneUserPairFromTheirPolledStates() {
        Http.Client client = newClient();
        vehicle(false, "NOT_CHARGING");
        charger(1, 0);

        assertThat(link(client, "mia", "SMARTCAR", "/smartcar/oauth/token", smartcarToken,
                "\"vehicle:read:data\",\"vehicle:read:location\",\"vehicle:control:charging\""))
                .hasToString("https://app.example.com/linked?status=success");
        assertThat(link(client, "mia", "ZAPTEC", "/zaptec/oauth/token", zaptecToken,
                "\"charger:read:data\",\"charger:control:charging\""))
                .hasToString("https://app.example.com/linked?status=success");

        JsonNode vehicle = TeslaLinkFlowTest.only(client, "/users/mia/vehicles");
        JsonNode charger = TeslaLinkFlowTest.only(client, "/users/mia/chargers");
        String vehicle_ = vehicle.get("id").asString();
        String charger_ = charger.get("id").asString();
        assertThat(vehicle.at("/information/brand").asString()).isEqualTo("VOLKSWAGEN");
        assertThat(vehicle.at("/information/model").asString()).isEqualTo("ID.4");
        assertThat(charger.at("/information/serialNumber").asString()).isEqualTo("ZAP" + id);
        // From the adapters' interfaces: Smartcar switches charging, Zaptec switches it and limits its current.
        assertThat(charger.at("/capabilities/setMaxCurrent/isCapable").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(15)).until(() ->
                "UNPLUGGED".equals(client.get("/vehicles/" + vehicle_).json().at("/chargeState/powerDeliveryState").asString())
                        && "UNPLUGGED".equals(client.get("/chargers/" + charger_).json().at("/chargeState/powerDeliveryState").asString()));

        vehicle(true, "NOT_CHARGING");
        charger(2, 0);
        await().atMost(Duration.ofSeconds(15)).until(() -> client.get("/vehicles/" + vehicle_).json()
                .at("/chargeState/isPluggedIn").asBoolean(false));
        vehicle(true, "CHARGING");
        charger(3, 7360);

        // Plugged in together, the two may pair before either poll shows the charge: wait for the pair and both polls.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode state = client.get("/vehicles/" + vehicle_).json().at("/chargeState");
            assertThat(state.at("/pluggedInChargerId").asString(null)).isEqualTo(charger_);
            assertThat(state.at("/powerDeliveryState").asString()).isEqualTo("PLUGGED_IN:CHARGING");
            assertThat(client.get("/chargers/" + charger_).json().at("/chargeState/chargeRate").asDouble()).isEqualTo(7.36);
        });
        JsonNode paired = client.get("/vehicles/" + vehicle_).json();
        assertThat(paired.at("/chargeState/batteryLevel").asDouble()).isEqualTo(42.0);
        assertThat(client.get("/users/mia/charging-pairs").body()).contains(vehicle_, charger_);
    }

    @Test
    void aRevokedSmartcarGrantShowsTheRelinkIntervention() {
        Http.Client client = newClient();
        vehicle(true, "NOT_CHARGING");
        link(client, "leo", "SMARTCAR", "/smartcar/oauth/token", smartcarToken, "\"vehicle:read:data\"");
        String vehicle_ = TeslaLinkFlowTest.only(client, "/users/leo/vehicles").get("id").asString();
        await().atMost(Duration.ofSeconds(15)).until(() -> client.get("/vehicles/" + vehicle_).json().get("isReachable").asBoolean());

        // Revoked at Smartcar: the API refuses the token, and the token endpoint the refresh.
        stub.stubFor(post(urlEqualTo("/smartcar/v2.0/vehicles/" + vehicleId + "/batch")).atPriority(1)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"type\":\"AUTHENTICATION\",\"code\":null,\"description\":\"invalid token\"}")));
        stub.stubFor(post(urlEqualTo("/smartcar/oauth/token")).withRequestBody(containing("refresh_token=r-" + id))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"refresh token revoked\"}")));

        await().atMost(Duration.ofSeconds(15)).until(() -> !client.get("/vehicles/" + vehicle_).json().get("isReachable").asBoolean());
        JsonNode vehicle = client.get("/vehicles/" + vehicle_).json();
        assertThat(vehicle.at("/capabilities/startCharging/isCapable").asBoolean()).isFalse();
        assertThat(vehicle.at("/capabilities/startCharging/interventionIds/0").asString()).isEqualTo("relink-smartcar");
        assertThat(client.get("/interventions/relink-smartcar").json().get("vendor").asString()).isEqualTo("SMARTCAR");
    }

    @Test
    void aSignedSmartcarWebhookMovesTheVehicleAndAnUnsignedOneIsRefused() throws Exception {
        Http.Client client = newClient();
        vehicle(false, "NOT_CHARGING");
        link(client, "ava", "SMARTCAR", "/smartcar/oauth/token", smartcarToken, "\"vehicle:read:data\"");
        String vehicle_ = TeslaLinkFlowTest.only(client, "/users/ava/vehicles").get("id").asString();
        await().atMost(Duration.ofSeconds(15)).until(() ->
                "UNPLUGGED".equals(client.get("/vehicles/" + vehicle_).json().at("/chargeState/powerDeliveryState").asString()));
        // From now on Smartcar's API fails: only the push can tell that the car was plugged in.
        stub.stubFor(post(urlEqualTo("/smartcar/v2.0/vehicles/" + vehicleId + "/batch")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        String push = """
                {"version":"2.0","webhookId":"wh-1","eventName":"schedule","mode":"live","payload":{"vehicleId":"%s",
                  "requestId":"r-1","data":[{"path":"/charge","code":200,"headers":{},"body":{"isPluggedIn":true,"state":"CHARGING"}},
                  {"path":"/battery","code":200,"headers":{},"body":{"percentRemaining":0.5,"range":200}}]}}""".formatted(vehicleId);

        assertThat(webhook(push, tampered(hmac(push))).statusCode()).isEqualTo(401);
        assertThat(webhook(push, null).statusCode()).isEqualTo(401);
        assertThat(client.get("/vehicles/" + vehicle_).json().at("/chargeState/isPluggedIn").asBoolean(false)).isFalse();

        assertThat(webhook(push, hmac(push)).statusCode()).isEqualTo(200);
        JsonNode vehicle = client.get("/vehicles/" + vehicle_).json();
        assertThat(vehicle.at("/chargeState/powerDeliveryState").asString()).isEqualTo("PLUGGED_IN:CHARGING");
        assertThat(vehicle.at("/chargeState/batteryLevel").asDouble()).isEqualTo(50.0);

        java.net.http.HttpResponse<String> verify = webhook(
                "{\"version\":\"2.0\",\"webhookId\":\"wh-1\",\"eventName\":\"verify\",\"payload\":{\"challenge\":\"abc\"}}", null);
        assertThat(verify.body()).isEqualTo("{\"challenge\":\"" + hmac("abc") + "\"}");
    }

    private java.net.http.HttpResponse<String> webhook(String body, String signature) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                        URI.create(http.baseUrl() + "/vendors/smartcar/webhooks"))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("SC-Signature", signature);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static String hmac(String text) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(IntegrationTest.SMARTCAR_AMT.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private URI link(Http.Client client, String userId, String vendor, String tokenPath, String token, String scopes) {
        Http.Response linked = client.post("/users/" + userId + "/link", """
                {"vendor":"%s","scopes":[%s],"language":"en-US","redirectUri":"https://app.example.com/linked"}"""
                .formatted(vendor, scopes));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        URI authorize = TeslaAccount.location(TeslaAccount.browse(linked.json().get("linkUrl").asString()));
        String state = TeslaAccount.query(authorize).get("state");
        stub.stubFor(post(urlEqualTo(tokenPath)).withRequestBody(containing("code=code-" + state)).willReturn(okJson("""
                {"access_token":"%s","refresh_token":"r-%s","expires_in":7200,"token_type":"Bearer"}""".formatted(token, id))));
        URI callback = TeslaAccount.location(TeslaAccount.browse(authorize.toString()));
        return TeslaAccount.location(TeslaAccount.browse(callback.toString()));
    }

    /** The user's one Smartcar vehicle, and what its batch of /charge, /battery and /location answers. */
    private void vehicle(boolean pluggedIn, String state) {
        stub.stubFor(get(urlPathEqualTo("/smartcar/v2.0/vehicles")).withHeader("Authorization", equalTo("Bearer " + smartcarToken))
                .willReturn(okJson("{\"paging\":{\"count\":1,\"offset\":0},\"vehicles\":[\"" + vehicleId + "\"]}")));
        stub.stubFor(get(urlEqualTo("/smartcar/v2.0/vehicles/" + vehicleId)).willReturn(okJson(
                "{\"id\":\"" + vehicleId + "\",\"make\":\"VOLKSWAGEN\",\"model\":\"ID.4\",\"year\":2023}")));
        stub.stubFor(post(urlEqualTo("/smartcar/v2.0/vehicles/" + vehicleId + "/batch"))
                .withHeader("Authorization", equalTo("Bearer " + smartcarToken)).willReturn(okJson("""
                        {"responses":[
                          {"path":"/charge","code":200,"headers":{},"body":{"isPluggedIn":%s,"state":"%s"}},
                          {"path":"/battery","code":200,"headers":{},"body":{"percentRemaining":0.42,"range":212.3}},
                          {"path":"/location","code":200,"headers":{},"body":{"latitude":52.52,"longitude":13.405}}]}"""
                        .formatted(pluggedIn, state))));
    }

    /** The user's one Zaptec charger, in operation mode {@code mode} drawing {@code watts}. */
    private void charger(int mode, double watts) {
        stub.stubFor(get(urlPathEqualTo("/zaptec/api/chargers")).withHeader("Authorization", equalTo("Bearer " + zaptecToken))
                .willReturn(okJson("""
                        {"Pages":1,"Data":[{"Id":"%s","DeviceId":"ZAP%s","SerialNo":"ZAP%s","Name":"Carport",
                          "InstallationId":"inst-%s","IsOnline":true,"OperatingMode":1}]}""".formatted(chargerId, id, id, id))));
        stub.stubFor(get(urlEqualTo("/zaptec/api/chargers/" + chargerId + "/state"))
                .withHeader("Authorization", equalTo("Bearer " + zaptecToken)).willReturn(okJson("""
                        [{"ChargerId":"%1$s","StateId":-2,"ValueAsString":"1"},
                         {"ChargerId":"%1$s","StateId":513,"ValueAsString":"%3$s"},
                         {"ChargerId":"%1$s","StateId":710,"ValueAsString":"%2$d"},
                         {"ChargerId":"%1$s","StateId":722,"ValueAsString":"04A2B3C4D5"}]"""
                        .formatted(chargerId, mode, watts))));
    }

    /** The signature with its first digit changed: never the real one (a fixed "00" prefix was, one time in 256). */
    private static String tampered(String signature) {
        return (signature.charAt(0) == '0' ? "1" : "0") + signature.substring(1);
    }
}
