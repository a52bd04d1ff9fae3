package io.evpair.adapters.ocpp;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One live OCPP-J connection: answers the charge point's calls through the {@link CentralSystem}, and carries
 * our calls to it, matching each answer to its call by message id. Whatever the charge point sends, the
 * connection stays open: a bad frame gets a CALLERROR, a failure on our side an InternalError.
 */
public final class ChargePointConnection {
    private static final Logger log = LoggerFactory.getLogger(ChargePointConnection.class);

    private final ChargePointState state;
    private final CentralSystem centralSystem;
    private final FrameSender sender;
    private final Map<String, CompletableFuture<CallOutcome>> pending = new ConcurrentHashMap<>();

    ChargePointConnection(String chargePointId, UUID chargerId, CentralSystem centralSystem, FrameSender sender) {
        this.state = new ChargePointState(chargePointId, chargerId);
        this.centralSystem = centralSystem;
        this.sender = sender;
    }

    public String chargePointId() {
        return state.chargePointId();
    }

    public UUID chargerId() {
        return state.chargerId();
    }

    Optional<Integer> activeTransaction() {
        return state.activeTransaction();
    }

    /** Handles one text frame from the charge point. Frames of one connection arrive one at a time. */
    void receive(String text) {
        OcppFrame frame;
        try {
            frame = OcppFrames.parse(text);
        } catch (MalformedFrameException e) {
            log.info("Malformed frame from charge point {}: {}", chargePointId(), e.getMessage());
            if (e.answerable()) {
                send(OcppFrames.error(e.messageId(), e.code(), e.getMessage()));
            }
            return;
        }
        if (frame instanceof OcppFrame.Call call) {
            send(answer(call));
        } else if (frame instanceof OcppFrame.CallResult result) {
            complete(result.messageId(), new CallOutcome.Answered(result.payload()));
        } else if (frame instanceof OcppFrame.CallError error) {
            complete(error.messageId(), new CallOutcome.Failed(error.errorCode(), error.description()));
        }
    }

    /** OCPP-J frames are text; a binary frame cannot even be read for its message id. */
    void receiveBinary() {
        log.info("Binary frame from charge point {}", chargePointId());
        send(OcppFrames.error(MalformedFrameException.UNKNOWN_MESSAGE_ID, OcppErrorCode.FormationViolation,
                "OCPP-J frames are text frames"));
    }

    /** Sends a call and returns its answer to come; the future fails on timeout or when the connection ends. */
    CompletableFuture<CallOutcome> call(String action, ObjectNode payload, Duration timeout) {
        String messageId = UUID.randomUUID().toString();
        CompletableFuture<CallOutcome> answer = new CompletableFuture<>();
        pending.put(messageId, answer);
        answer.whenComplete((outcome, failure) -> pending.remove(messageId));
        try {
            sender.send(OcppFrames.write(new OcppFrame.Call(messageId, action, payload)));
        } catch (IOException | RuntimeException e) {
            answer.completeExceptionally(new ChargePointGoneException("could not send " + action + ": " + e.getMessage(), false));
            return answer;
        }
        return answer.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The connection has closed: no pending call will be answered. */
    void closed() {
        pending.values().forEach(f -> f.completeExceptionally(
                new ChargePointGoneException("charge point " + chargePointId() + " disconnected before answering", true)));
    }

    private OcppFrame answer(OcppFrame.Call call) {
        try {
            return new OcppFrame.CallResult(call.messageId(), centralSystem.answer(state, call));
        } catch (OcppException e) {
            log.info("{} from charge point {} refused: {} {}", call.action(), chargePointId(), e.code(), e.getMessage());
            return OcppFrames.error(call.messageId(), e.code(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("{} from charge point {} failed on our side", call.action(), chargePointId(), e);
            return OcppFrames.error(call.messageId(), OcppErrorCode.InternalError, "evpair could not process it");
        }
    }

    private void complete(String messageId, CallOutcome outcome) {
        CompletableFuture<CallOutcome> waiting = pending.get(messageId);
        if (waiting == null) {
            log.info("Answer from charge point {} to no pending call ({}); late or unknown", chargePointId(), messageId);
            return;
        }
        waiting.complete(outcome);
    }

    private void send(OcppFrame frame) {
        try {
            sender.send(OcppFrames.write(frame));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not answer charge point {}: {}", chargePointId(), e.getMessage());
        }
    }
}
