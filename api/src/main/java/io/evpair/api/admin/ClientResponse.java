package io.evpair.api.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.evpair.engine.clients.ApiClient;
import io.evpair.engine.clients.ChargeRateSource;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** An API client as operators see it. {@code clientSecret} appears once, in the answer that created it. */
@Schema(name = "ApiClient")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ClientResponse(
        @Schema(example = "acme-energy") String clientId,
        @Schema(example = "ACME Energy") String name,
        @Schema(description = "Shown only when the client is created; store it now") String clientSecret,
        Features features,
        Instant createdAt,
        Instant updatedAt) {

    static ClientResponse of(ApiClient client, String secret) {
        var f = client.features();
        return new ClientResponse(client.clientId(), client.name(), secret,
                new Features(f.capabilityUnlocking(), f.commandOrchestration(), f.chargeRateSource()),
                client.createdAt(), client.updatedAt());
    }

    @Schema(name = "ApiClientFeatures")
    record Features(boolean capabilityUnlocking, boolean commandOrchestration, ChargeRateSource chargeRateSource) {
    }
}
