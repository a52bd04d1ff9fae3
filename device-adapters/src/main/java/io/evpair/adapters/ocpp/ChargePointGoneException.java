package io.evpair.adapters.ocpp;

/** The call could not be sent ({@code sent} false), or the connection closed before the charge point answered. */
class ChargePointGoneException extends RuntimeException {
    private final boolean sent;

    ChargePointGoneException(String message, boolean sent) {
        super(message);
        this.sent = sent;
    }

    boolean sent() {
        return sent;
    }
}
