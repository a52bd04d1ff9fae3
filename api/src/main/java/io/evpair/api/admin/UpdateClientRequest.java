package io.evpair.api.admin;

import io.evpair.engine.clients.ChargeRateSource;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Only the fields present change. */
@Schema(name = "UpdateApiClientRequest")
record UpdateClientRequest(@Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
                           Boolean capabilityUnlocking,
                           Boolean commandOrchestration,
                           ChargeRateSource chargeRateSource) {
}
