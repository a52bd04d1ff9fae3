package io.evpair.adapters.ocpp;

/**
 * A frame that is not a valid OCPP-J message. {@code messageId} is the frame's id when it could be read,
 * else "-1" (the convention OCPP 2.0.1 made explicit), so the CALLERROR can still be sent.
 */
public class MalformedFrameException extends OcppException {
    public static final String UNKNOWN_MESSAGE_ID = "-1";

    private final String messageId;
    private final boolean answerable;

    MalformedFrameException(String messageId, OcppErrorCode code, String description, boolean answerable) {
        super(code, description);
        this.messageId = messageId;
        this.answerable = answerable;
    }

    public String messageId() {
        return messageId;
    }

    /** False for broken CALLRESULTs and CALLERRORs: OCPP-J never answers an answer. */
    public boolean answerable() {
        return answerable;
    }
}
