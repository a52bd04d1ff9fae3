package io.evpair.app.vendors;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.evpair.app.support.Http;
import io.evpair.app.support.VendorStub;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Tesla link flow over real HTTP against the stubbed Tesla auth server and Fleet API. */
class TeslaLinkFlowTest extends VendorCloudTest {
    private static final String BOTH = TeslaAccount.linkBody(null, "vehicle:read:data", "vehicle:read:location",
            "vehicle:control:charging", "charger:read:data");

    @Test
    void oneSessionThroughTeslasLoginWithPkceAndStateLinksTheVehicleAndTheWallConnectorOnce() throws Exception {
        Http.Client client = newClient();
        TeslaAccount tesla = new TeslaAccount().products();

        Http.Response linked = client.post("/users/ola/link", BOTH);
        URI authorize = TeslaAccount.location(TeslaAccount.browse(linked.json().get("linkUrl").asString()));

        assertThat(authorize.toString()).startsWith(VendorStub.baseUrl() + TeslaAccount.AUTHORIZE + "?");
        Map<String, String> query = TeslaAccount.query(authorize);
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "test-tesla-client")
                .containsEntry("code_challenge_method", "S256").containsKeys("state", "code_challenge");
        assertThat(query.get("redirect_uri")).endsWith("/link/callback");
        assertThat(query.get("scope").split(" ")).contains("openid", "offline_access", "vehicle_device_data",
                "vehicle_location", "vehicle_charging_cmds", "energy_device_data");

        String state = query.get("state");
        tesla.tokensFor("code-" + state, 28800);
        URI callback = TeslaAccount.location(TeslaAccount.browse(authorize.toString()));
        URI landed = TeslaAccount.location(TeslaAccount.browse(callback.toString()));

        assertThat(landed).hasToString("https://app.example.com/linked?status=success");
        LoggedRequest exchange = VendorStub.server().findAll(postRequestedFor(urlEqualTo(TeslaAccount.TOKEN))
                .withRequestBody(containing("code=code-" + state))).get(0);
        Map<String, String> form = TeslaAccount.query(URI.create("x://stub/?" + exchange.getBodyAsString()));
        assertThat(form).containsEntry("grant_type", "authorization_code").containsEntry("client_secret", "test-tesla-secret")
                .containsEntry("redirect_uri", query.get("redirect_uri"));
        assertThat(challenge(form.get("code_verifier"))).isEqualTo(query.get("code_challenge"));

        assertDevices(client, tesla);

        // Linked again: the same vehicle and charger, not new ones.
        assertThat(tesla.link(http, client, "ola", BOTH)).hasToString("https://app.example.com/linked?status=success");
        assertDevices(client, tesla);
        assertThat(client.get("/users/ola").json().get("linkedVendors").toString())
                .contains("\"vendor\":\"TESLA\"", "vehicle", "charger");
    }

    @Test
    void theTokensAreEncryptedAtRest() {
        Http.Client client = newClient();
        TeslaAccount tesla = new TeslaAccount().products();
        tesla.link(http, client, "kari", BOTH);

        List<byte[]> stored = jdbc.sql("select access_token from vendor_account a join app_user u on u.id = a.user_ref"
                + " where u.user_id = 'kari'").query(byte[].class).list();
        assertThat(stored).hasSize(1);
        assertThat(new String(stored.get(0), StandardCharsets.ISO_8859_1)).doesNotContain(tesla.accessToken);
    }

    @Test
    void aCallbackWithAnUnknownOrReusedStateIsRefusedAndNeverExchangesTheCode() {
        Http.Client client = newClient();
        TeslaAccount tesla = new TeslaAccount().products();
        Http.Response linked = client.post("/users/per/link", BOTH);
        URI authorize = TeslaAccount.location(TeslaAccount.browse(linked.json().get("linkUrl").asString()));
        String state = TeslaAccount.query(authorize).get("state");
        tesla.tokensFor("code-" + state, 28800);
        URI callback = TeslaAccount.location(TeslaAccount.browse(authorize.toString()));

        Http.Response forged = http.send("GET", "/link/callback?code=code-" + state + "&state=forged" + state, null, null, null);
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.body()).contains("state");
        assertThat(exchanges(state)).isZero();

        TeslaAccount.location(TeslaAccount.browse(callback.toString()));
        Http.Response reused = TeslaAccount.browse(callback.toString());
        assertThat(reused.status()).isEqualTo(400);
        assertThat(exchanges(state)).isEqualTo(1);
        // The link token is single use: its URL no longer leads anywhere.
        assertThat(TeslaAccount.browse(linked.json().get("linkUrl").asString()).status()).isEqualTo(404);
    }

    @Test
    void aUserWhoDeclinesAtTeslaReturnsWithTheError() {
        Http.Client client = newClient();
        Http.Response linked = client.post("/users/siv/link", BOTH);
        URI authorize = TeslaAccount.location(TeslaAccount.browse(linked.json().get("linkUrl").asString()));
        String state = TeslaAccount.query(authorize).get("state");

        URI landed = TeslaAccount.location(http.send("GET", "/link/callback?error=access_denied&state=" + state, null, null, null));

        assertThat(landed).hasToString("https://app.example.com/linked?status=error&error=access_denied");
        assertThat(exchanges(state)).isZero();
    }

    @Test
    void observationsFlowAndThePairActivatesOnceBothReportAPlugIn() {
        Http.Client client = newClient();
        TeslaAccount tesla = new TeslaAccount().products();
        tesla.link(http, client, "liv", BOTH);
        String vehicleId = only(client, "/users/liv/vehicles").get("id").asString();
        String chargerId = only(client, "/users/liv/chargers").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() ->
                "UNPLUGGED".equals(client.get("/vehicles/" + vehicleId).json().at("/chargeState/powerDeliveryState").asString())
                        && "UNPLUGGED".equals(client.get("/chargers/" + chargerId).json().at("/chargeState/powerDeliveryState").asString()));

        tesla.vehicle("plugged").wallConnector("plugged");
        await().atMost(Duration.ofSeconds(10)).until(() -> client.get("/vehicles/" + vehicleId).json()
                .at("/chargeState/isPluggedIn").asBoolean(false));
        tesla.vehicle("charging").wallConnector("charging");

        // Plugged in together, the two may pair before either poll shows the charge: wait for the pair and both polls.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode vehicle = client.get("/vehicles/" + vehicleId).json();
            assertThat(vehicle.at("/chargeState/pluggedInChargerId").asString(null)).isEqualTo(chargerId);
            assertThat(vehicle.at("/chargeState/powerDeliveryState").asString()).isEqualTo("PLUGGED_IN:CHARGING");
            assertThat(client.get("/chargers/" + chargerId).json().at("/chargeState/chargeRate").asDouble()).isEqualTo(7.2);
        });
        JsonNode vehicle = client.get("/vehicles/" + vehicleId).json();
        assertThat(vehicle.at("/chargeState/batteryLevel").asDouble()).isEqualTo(52.0);
        assertThat(vehicle.at("/location/latitude").asDouble()).isEqualTo(59.91);
        assertThat(vehicle.get("isReachable").asBoolean()).isTrue();
        assertThat(client.get("/users/liv/charging-pairs").body()).contains(vehicleId, chargerId);
    }

    @Test
    void unlinkingForgetsTheTokensAndTheDevices() {
        Http.Client client = newClient();
        TeslaAccount tesla = new TeslaAccount().products();
        tesla.link(http, client, "eva", BOTH);

        assertThat(client.delete("/users/eva/vendors/TESLA").status()).isEqualTo(204);

        assertThat(client.get("/users/eva/vehicles").json().get("data")).isEmpty();
        assertThat(client.get("/users/eva/chargers").json().get("data")).isEmpty();
        assertThat(jdbc.sql("select count(*) from vendor_account a join app_user u on u.id = a.user_ref where u.user_id = 'eva'")
                .query(Long.class).single()).isZero();
        assertThat(client.delete("/users/eva/vendors/TESLA").status()).isEqualTo(404);
    }

    private void assertDevices(Http.Client client, TeslaAccount tesla) {
        JsonNode vehicle = only(client, "/users/" + userOf(client) + "/vehicles");
        assertThat(vehicle.get("vendor").asString()).isEqualTo("TESLA");
        assertThat(vehicle.at("/information/vin").asString()).isEqualTo(tesla.vin);
        assertThat(vehicle.at("/information/model").asString()).isEqualTo("Model 3");
        assertThat(vehicle.at("/capabilities/startCharging/isCapable").asBoolean()).isTrue();
        JsonNode charger = only(client, "/users/" + userOf(client) + "/chargers");
        assertThat(charger.at("/information/serialNumber").asString()).isEqualTo(tesla.din);
        assertThat(charger.at("/information/model").asString()).isEqualTo("Wall Connector");
    }

    private static String userOf(Http.Client client) {
        return client.get("/vehicles").json().get("data").get(0).get("userId").asString();
    }

    static JsonNode only(Http.Client client, String path) {
        JsonNode data = client.get(path).json().get("data");
        assertThat(data).as(path).hasSize(1);
        return data.get(0);
    }

    private static int exchanges(String state) {
        return VendorStub.server().findAll(postRequestedFor(urlEqualTo(TeslaAccount.TOKEN))
                .withRequestBody(containing("code=code-" + state))).size();
    }

    private static String challenge(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }
}
