package io.evpair.adapters.ocpp;

/** Something a charge point sent that we answer with a CALLERROR instead of a CALLRESULT. */
public class OcppException extends RuntimeException {
    private final OcppErrorCode code;

    public OcppException(OcppErrorCode code, String description) {
        super(description);
        this.code = code;
    }

    public OcppErrorCode code() {
        return code;
    }
}
