package io.evpair.engine.linking;

/** A link request evpair cannot serve, naming the request field that makes it so. */
public class InvalidLinkRequestException extends RuntimeException {
    private final String field;
    private final String reason;

    public InvalidLinkRequestException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
