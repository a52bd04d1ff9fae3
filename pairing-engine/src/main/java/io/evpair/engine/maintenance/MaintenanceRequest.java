package io.evpair.engine.maintenance;

import io.evpair.engine.control.CommandResult;
import io.evpair.engine.ids.Vendor;
import java.util.concurrent.CompletableFuture;

/** What became of a maintenance request: sent (its answer to come), or not possible for this charger. */
public sealed interface MaintenanceRequest {
    /** The client has no such charger. */
    record UnknownCharger() implements MaintenanceRequest {
    }

    /** No adapter of this instance can maintain the charger's vendor (only OCPP charge points can). */
    record Unsupported(Vendor vendor) implements MaintenanceRequest {
    }

    /** Sent to the charger; completes with its answer (Unreachable when it is not connected). */
    record Sent(CompletableFuture<CommandResult> answer) implements MaintenanceRequest {
    }
}
