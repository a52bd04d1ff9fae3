package io.evpair.adapters.ocpp;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** The three OCPP-J message types: [2, id, action, payload], [3, id, payload], [4, id, code, description, details]. */
public sealed interface OcppFrame {
    String messageId();

    record Call(String messageId, String action, ObjectNode payload) implements OcppFrame {
        public Call {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(payload, "payload");
        }
    }

    record CallResult(String messageId, ObjectNode payload) implements OcppFrame {
        public CallResult {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(payload, "payload");
        }
    }

    /** {@code errorCode} is a String: what a charge point sends is not always one of the spec's codes. */
    record CallError(String messageId, String errorCode, String description, ObjectNode details) implements OcppFrame {
        public CallError {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(errorCode, "errorCode");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(details, "details");
        }
    }
}
