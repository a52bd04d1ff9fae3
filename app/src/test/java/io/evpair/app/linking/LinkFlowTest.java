package io.evpair.app.linking;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import io.evpair.engine.linking.LinkTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** POST /users/{userId}/link and the link page it points to. */
class LinkFlowTest extends IntegrationTest {
    private static final String OCPP_LINK = """
            {"vendor":"OCPP","vendorType":"charger","scopes":["charger:read:data","charger:control:charging"],
             "language":"nb-NO","redirectUri":"https://app.example.com/linked"}""";

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOcppLinkGivesASingleUseTokenAndAPageWithTheChargePointSettings() {
        Http.Client client = newClient();

        Http.Response linked = client.post("/users/sara/link", OCPP_LINK);

        assertThat(linked.status()).isEqualTo(200);
        String token = linked.json().get("linkToken").asString();
        String linkUrl = linked.json().get("linkUrl").asString();
        assertThat(token).matches("[0-9a-f]{40}");
        assertThat(linkUrl).isEqualTo("http://localhost:" + port + "/link/" + token);
        assertThat(client.get("/users/sara").status()).isEqualTo(200);

        Http.Response page = http.send("GET", "/link/" + token, null, null, null);
        assertThat(page.status()).isEqualTo(200);
        JsonNode settings = page.json();
        assertThat(settings.get("centralSystemUrl").asString()).isEqualTo("ws://localhost:" + port + "/ocpp/{chargePointId}");
        assertThat(settings.get("subprotocol").asString()).isEqualTo("ocpp1.6");
        assertThat(settings.get("securityProfile").asInt()).isEqualTo(1);
        assertThat(settings.get("basicAuthPassword").asString()).isEqualTo(token);
        assertThat(http.send("GET", "/link/" + "0".repeat(40), null, null, null).status()).isEqualTo(404);
    }

    @Test
    void theTokenIsStoredOnlyAsAHash() {
        String token = newClient().post("/users/sara/link", OCPP_LINK).json().get("linkToken").asString();

        assertThat(jdbc.sql("select count(*) from link_session where token_hash = ?").param(LinkTokens.hash(token))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from link_session where strpos(concat_ws(' ', id, vendor, scopes, language,"
                        + " redirect_uri, token_hash), ?) > 0").param(token).query(Long.class).single()).isZero();
    }

    @Test
    void eachLinkHasItsOwnToken() {
        Http.Client client = newClient();

        assertThat(client.post("/users/sara/link", OCPP_LINK).json().get("linkToken").asString())
                .isNotEqualTo(client.post("/users/sara/link", OCPP_LINK).json().get("linkToken").asString());
    }

    @Test
    void invalidRequestsAre400sNamingTheField() {
        Http.Client client = newClient();

        assertField(client.post("/users/sara/link", body("\"OCPP\"", "\"charger\"", "null", "\"en-US\"", "\"https://x.example\"")), "scopes");
        assertField(client.post("/users/sara/link", body("\"OCPP\"", "\"charger\"", "[]", "\"en-US\"", "\"https://x.example\"")), "scopes");
        assertField(client.post("/users/sara/link", body("\"OCPP\"", "\"charger\"", "[\"all\"]", "\"en-US\"", "\"https://x.example\"")), "scopes[0]");
        assertField(client.post("/users/sara/link", body("\"OCPP\"", "\"charger\"", "[\"charger:read:data\"]", "\"english please\"", "\"https://x.example\"")), "language");
        assertField(client.post("/users/sara/link", body("\"OCPP\"", "\"charger\"", "[\"charger:read:data\"]", "\"en-US\"", "\"/relative\"")), "redirectUri");
        assertField(client.post("/users/sara/link", body("\"OCPP\"", "\"boat\"", "[\"charger:read:data\"]", "\"en-US\"", "\"https://x.example\"")), "vendorType");
        assertField(client.post("/users/sara/link", body("\"OCPP\"", "\"vehicle\"", "[\"vehicle:read:data\"]", "\"en-US\"", "\"https://x.example\"")), "vendorType");
        assertField(client.post("/users/sara/link", body("\"SIMULATED\"", "\"charger\"", "[\"charger:read:data\"]", "\"en-US\"", "\"https://x.example\"")), "vendor");
        assertField(client.post("/users/sara/link", body("\"NISSAN\"", "\"vehicle\"", "[\"vehicle:read:data\"]", "\"en-US\"", "\"https://x.example\"")), "vendor");
        assertField(client.post("/users/sara/link", body("null", "null", "[\"charger:read:data\"]", "\"en-US\"", "\"https://x.example\"")), "vendor");
        assertThat(client.get("/users/sara").status()).isEqualTo(404);
    }

    @Test
    void linkingNeedsAClientToken() {
        Http.Response r = http.send("POST", "/users/sara/link", "application/json", OCPP_LINK, null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.isProblem()).isTrue();
    }

    private static String body(String vendor, String vendorType, String scopes, String language, String redirectUri) {
        return "{\"vendor\":%s,\"vendorType\":%s,\"scopes\":%s,\"language\":%s,\"redirectUri\":%s}"
                .formatted(vendor, vendorType, scopes, language, redirectUri);
    }

    private static void assertField(Http.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("issues").get(0).get("field").asString()).as(r.body()).isEqualTo(field);
    }
}
