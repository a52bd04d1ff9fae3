package io.evpair.adapters.ocpp;

import java.util.Arrays;
import java.util.Optional;

/** The OCPP versions evpair speaks, by their WebSocket subprotocol; the newer first, as it is preferred. */
public enum OcppVersion {
    V201("ocpp2.0.1"),
    V16("ocpp1.6");

    private final String subprotocol;

    OcppVersion(String subprotocol) {
        this.subprotocol = subprotocol;
    }

    public String subprotocol() {
        return subprotocol;
    }

    public static Optional<OcppVersion> of(String subprotocol) {
        return Arrays.stream(values()).filter(v -> v.subprotocol.equals(subprotocol)).findFirst();
    }

    /** The code on the wire: OCPP 2.0.1 renamed two of 1.6's (and fixed the spelling of one). */
    String wire(OcppErrorCode code) {
        if (this == V201) {
            return switch (code) {
                case FormationViolation -> "FormatViolation";
                case OccurenceConstraintViolation -> "OccurrenceConstraintViolation";
                default -> code.name();
            };
        }
        return code.name();
    }
}
