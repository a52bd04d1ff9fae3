package io.evpair.adapters.ocpp;

import tools.jackson.databind.node.ObjectNode;

/** How a charge point answered a call we made. Silence is not an outcome: the call's future times out. */
sealed interface CallOutcome {
    record Answered(ObjectNode payload) implements CallOutcome {
    }

    record Failed(String errorCode, String description) implements CallOutcome {
    }
}
