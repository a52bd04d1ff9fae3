package io.evpair.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AdminClientsTest extends IntegrationTest {

    @Test
    void aNewClientGetsItsSecretOnceAndDefaultFeatures() {
        String clientId = "acme-" + UUID.randomUUID().toString().substring(0, 6);

        Http.Response created = http.admin("POST", "/admin/clients", ADMIN_PASSWORD,
                "{\"name\":\"ACME Energy\",\"clientId\":\"" + clientId + "\"}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("clientSecret").asString()).hasSizeGreaterThan(30);
        assertThat(body.get("features").get("capabilityUnlocking").asBoolean()).isTrue();
        assertThat(body.get("features").get("commandOrchestration").asBoolean()).isTrue();
        assertThat(body.get("features").get("chargeRateSource").asString()).isEqualTo("CHARGER");

        JsonNode read = http.admin("GET", "/admin/clients/" + clientId, ADMIN_PASSWORD, null).json();
        assertThat(read.has("clientSecret")).isFalse();
        assertThat(http.token(clientId, body.get("clientSecret").asString())).isNotBlank();
    }

    @Test
    void featuresChangeOneAtATime() {
        Http.Client client = newClient();

        Http.Response patched = http.admin("PATCH", "/admin/clients/" + client.clientId, ADMIN_PASSWORD,
                "{\"commandOrchestration\":false,\"chargeRateSource\":\"VEHICLE_ESTIMATE\"}");

        assertThat(patched.status()).isEqualTo(200);
        JsonNode features = http.admin("GET", "/admin/clients/" + client.clientId, ADMIN_PASSWORD, null).json().get("features");
        assertThat(features.get("capabilityUnlocking").asBoolean()).isTrue();
        assertThat(features.get("commandOrchestration").asBoolean()).isFalse();
        assertThat(features.get("chargeRateSource").asString()).isEqualTo("VEHICLE_ESTIMATE");
    }

    @Test
    void anUnknownFeatureValueIs400NamingTheField() {
        Http.Client client = newClient();

        Http.Response r = http.admin("PATCH", "/admin/clients/" + client.clientId, ADMIN_PASSWORD,
                "{\"chargeRateSource\":\"GUESS\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("issues").get(0).get("field").asString()).isEqualTo("chargeRateSource");
    }

    @Test
    void aTakenClientIdIs409() {
        Http.Client client = newClient();

        Http.Response r = http.admin("POST", "/admin/clients", ADMIN_PASSWORD,
                "{\"name\":\"Copy\",\"clientId\":\"" + client.clientId + "\"}");

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.isProblem()).isTrue();
    }

    @Test
    void aClientWithoutANameIs400() {
        Http.Response r = http.admin("POST", "/admin/clients", ADMIN_PASSWORD, "{\"clientId\":\"nameless\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("issues").get(0).get("field").asString()).isEqualTo("name");
        assertThat(http.admin("GET", "/admin/clients/nameless", ADMIN_PASSWORD, null).status()).isEqualTo(404);
    }
}
