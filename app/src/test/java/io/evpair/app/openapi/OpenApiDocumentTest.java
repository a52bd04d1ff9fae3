package io.evpair.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.IntegrationTest;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenApiDocumentTest extends IntegrationTest {

    @Test
    void theDocumentIsOpenApi31AndNamesEveryEndpoint() {
        JsonNode doc = http.send("GET", "/v3/api-docs", null, null, null).json();

        assertThat(doc.get("openapi").asString()).startsWith("3.1");
        Set<String> operations = new HashSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> operations.add(op.getKey().toUpperCase() + " " + path.getKey())));
        assertThat(operations).contains(
                "POST /oauth2/token",
                "GET /users/{userId}", "DELETE /users/{userId}",
                "GET /vehicles", "GET /users/{userId}/vehicles", "GET /vehicles/{vehicleId}",
                "GET /chargers", "GET /users/{userId}/chargers", "GET /chargers/{chargerId}",
                "POST /simulator/users/{userId}/vehicles", "POST /simulator/users/{userId}/chargers",
                "POST /admin/clients", "GET /admin/clients", "GET /admin/clients/{clientId}",
                "PATCH /admin/clients/{clientId}",
                "POST /simulator/observations", "POST /simulator/clock", "GET /simulator/commands",
                "POST /simulator/devices/{vendorDeviceId}/behaviour",
                "GET /charging-pairs", "GET /users/{userId}/charging-pairs", "GET /users/{userId}/charging-pairs/history",
                "POST /users/{userId}/link", "GET /link/{linkToken}", "GET /link/callback",
                "DELETE /users/{userId}/vendors/{vendor}", "GET /interventions/{interventionId}",
                "POST /vehicles/{vehicleId}/charging", "POST /vehicles/{vehicleId}/charge-rate-limit",
                "POST /chargers/{chargerId}/charging", "POST /chargers/{chargerId}/max-current",
                "POST /chargers/{chargerId}/charge-rate-limit", "GET /vehicles/actions/{actionId}",
                "GET /chargers/actions/{actionId}", "GET /users/{userId}/actions", "POST /vehicles/actions/{actionId}/cancel",
                "POST /chargers/actions/{actionId}/cancel",
                "GET /users/{userId}/statistics/charging/sessions", "GET /users/{userId}/statistics/charging",
                "POST /webhooks", "GET /webhooks", "GET /webhooks/{webhookId}", "PATCH /webhooks/{webhookId}",
                "DELETE /webhooks/{webhookId}", "POST /webhooks/{webhookId}/test");
    }

    @Test
    void everyOperationHasAnIdAndTheClientIdentityIsNotAParameter() {
        JsonNode doc = http.send("GET", "/v3/api-docs", null, null, null).json();

        Set<String> ids = new HashSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            assertThat(op.getValue().has("operationId")).as(path.getKey()).isTrue();
            assertThat(ids.add(op.getValue().get("operationId").asString())).as("unique id").isTrue();
            if (op.getValue().has("parameters")) {
                op.getValue().get("parameters").forEach(p ->
                        assertThat(p.get("name").asString()).isNotIn("client", "authenticatedClient"));
            }
        }));
        assertThat(doc.get("components").get("schemas").has("Vehicle")).isTrue();
        assertThat(doc.get("components").get("schemas").has("Problem")).isTrue();
        assertThat(doc.get("components").get("securitySchemes").has("client")).isTrue();
    }
}
