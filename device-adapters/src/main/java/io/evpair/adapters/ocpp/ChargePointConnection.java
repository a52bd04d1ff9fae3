package io.evpair.adapters.ocpp;

import io.evpair.engine.chargepoints.ChargePointTransactions;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
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
    /** A StopTransaction with its transactionData can be long; far beyond this is a broken or hostile peer. */
    static final int MAX_FRAME_CHARS = 256 * 1024;
    private static final String RATE_UNIT_KEY = "ChargingScheduleAllowedChargingRateUnit";

    private final ChargePointState state;
    private final CentralSystem centralSystem;
    private final FrameSender sender;
    /** Compiled once for all connections; taken here so no call's timeout pays for compiling them. */
    private final OcppSchemas schemas;
    private final Map<String, PendingCall> pending = new ConcurrentHashMap<>();
    private final FrameAssembly assembly = new FrameAssembly(MAX_FRAME_CHARS);

    ChargePointConnection(String chargePointId, UUID chargerId, CentralSystem centralSystem, FrameSender sender) {
        this(chargePointId, chargerId, OcppVersion.V16, centralSystem, sender);
    }

    ChargePointConnection(String chargePointId, UUID chargerId, OcppVersion version, CentralSystem centralSystem,
                          FrameSender sender) {
        this.state = new ChargePointState(chargePointId, chargerId, version);
        this.centralSystem = centralSystem;
        this.sender = sender;
        this.schemas = OcppSchemas.of(version);
    }

    public String chargePointId() {
        return state.chargePointId();
    }

    public UUID chargerId() {
        return state.chargerId();
    }

    OcppVersion version() {
        return state.version();
    }

    /** The running transaction: the one where energy flows, else that of the lowest connector. */
    Optional<ChargePointTransactions.RunningTransaction> activeTransaction() {
        List<ChargePointTransactions.RunningTransaction> running = centralSystem.running(state);
        return running.stream().filter(t -> state.charging(t.connectorId())).findFirst()
                .or(() -> running.stream().findFirst());
    }

    /** Where RemoteStartTransaction should start: the connector a vehicle waits on, else 1. */
    int connectorToStart() {
        return state.waitingConnector().orElse(1);
    }

    RateUnits rateUnits() {
        return state.rateUnits();
    }

    /**
     * The socket is open. A charge point that reconnects does not boot again, and what happened while it was
     * away is unknown: ask for its connectors' status and, where a transaction runs, its meter values.
     */
    void opened(Duration timeout) {
        List<ChargePointTransactions.RunningTransaction> running = centralSystem.running(state);
        running.forEach(state::resumed);
        askRateUnits(timeout);
        if (state.version() == OcppVersion.V201) {
            callQuietly("TriggerMessage", trigger("StatusNotification", null), timeout);
            running.forEach(t -> callQuietly("TriggerMessage", trigger("TransactionEvent", t.connectorId()), timeout));
            return;
        }
        callQuietly("TriggerMessage", trigger("StatusNotification", null), timeout);
        if (running.isEmpty()) {
            callQuietly("TriggerMessage", trigger("MeterValues", null), timeout);
        }
        running.forEach(t -> callQuietly("TriggerMessage", trigger("MeterValues", t.connectorId()), timeout));
    }

    /** A newer connection of the same charge point took over: this one is closed, its pending calls fail. */
    void replaced() {
        log.info("Charge point {} connected again: closing its older connection", chargePointId());
        sender.close("replaced by a newer connection of the same charge point");
        closed();
    }

    /** Handles a piece of a text frame; the frame is handled once its last piece is in. */
    void receivePart(String piece, boolean last) {
        assembly.add(piece, last).ifPresent(frame -> {
            if (frame instanceof FrameAssembly.Frame.Whole whole) {
                receive(whole.text());
            } else {
                tooLong((FrameAssembly.Frame.Oversized) frame);
            }
        });
    }

    /** A frame over the limit is refused like any malformed one: the connection stays. */
    private void tooLong(FrameAssembly.Frame.Oversized frame) {
        String description = "the frame is longer than " + MAX_FRAME_CHARS + " characters";
        log.info("Frame from charge point {} refused: {}", chargePointId(), description);
        Integer type = frame.messageTypeId();
        if (type != null && (type == 3 || type == 4)) {
            complete(frame.messageId(), new CallOutcome.Failed(OcppErrorCode.FormationViolation.name(), description));
        } else {
            send(error(frame.messageId(), OcppErrorCode.FormationViolation, description));
        }
    }

    /** Handles one text frame from the charge point. Frames of one connection arrive one at a time. */
    void receive(String text) {
        OcppFrame frame;
        try {
            frame = OcppFrames.parse(text);
        } catch (MalformedFrameException e) {
            log.info("Malformed frame from charge point {}: {}", chargePointId(), e.getMessage());
            if (e.answerable()) {
                send(error(e.messageId(), e.code(), e.getMessage()));
            }
            return;
        }
        if (frame instanceof OcppFrame.Call call) {
            OcppFrame answer = answer(call);
            send(answer);
            if (call.action().equals("BootNotification") && answer instanceof OcppFrame.CallResult) {
                configure();
            }
        } else if (frame instanceof OcppFrame.CallResult result) {
            answered(result);
        } else if (frame instanceof OcppFrame.CallError error) {
            complete(error.messageId(), new CallOutcome.Failed(error.errorCode(), error.description()));
        }
    }

    /** OCPP-J frames are text; a binary frame cannot even be read for its message id. */
    void receiveBinary() {
        log.info("Binary frame from charge point {}", chargePointId());
        send(error(MalformedFrameException.UNKNOWN_MESSAGE_ID, OcppErrorCode.FormationViolation,
                "OCPP-J frames are text frames"));
    }

    /** Sends a call and returns its answer to come; the future fails on timeout or when the connection ends. */
    CompletableFuture<CallOutcome> call(String action, ObjectNode payload, Duration timeout) {
        String messageId = UUID.randomUUID().toString();
        CompletableFuture<CallOutcome> answer = new CompletableFuture<>();
        pending.put(messageId, new PendingCall(action, answer));
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
        pending.values().forEach(call -> call.answer().completeExceptionally(
                new ChargePointGoneException("charge point " + chargePointId() + " disconnected before answering", true)));
    }

    /**
     * A charge point that boots may have been reset to its factory settings: make it report what evpair
     * reads (power and energy) often enough to follow a session and confirm a limit.
     */
    private void configure() {
        Duration timeout = centralSystem.settings().callTimeout();
        String measurands = "Energy.Active.Import.Register,Power.Active.Import";
        String interval = String.valueOf(centralSystem.settings().meterValueInterval().toSeconds());
        if (state.version() == OcppVersion.V201) {
            ObjectNode payload = OcppFrames.object();
            var data = payload.putArray("setVariableData");
            data.add(variable("SampledDataCtrlr", "TxUpdatedMeasurands").put("attributeValue", measurands));
            data.add(variable("SampledDataCtrlr", "TxUpdatedInterval").put("attributeValue", interval));
            callQuietly("SetVariables", payload, timeout);
            return;
        }
        callQuietly("ChangeConfiguration", configuration("MeterValuesSampledData", measurands), timeout);
        callQuietly("ChangeConfiguration", configuration("MeterValueSampleInterval", interval), timeout);
    }

    /** An OCPP 2.0.1 device model variable: {component: {name}, variable: {name}}. */
    private static ObjectNode variable(String component, String name) {
        ObjectNode entry = OcppFrames.object();
        entry.putObject("component").put("name", component);
        entry.putObject("variable").put("name", name);
        return entry;
    }

    private static ObjectNode configuration(String key, String value) {
        ObjectNode payload = OcppFrames.object();
        payload.put("key", key);
        payload.put("value", value);
        return payload;
    }

    private void askRateUnits(Duration timeout) {
        ObjectNode payload = OcppFrames.object();
        if (state.version() == OcppVersion.V201) {
            payload.putArray("getVariableData").add(variable("SmartChargingCtrlr", "RateUnit"));
            call("GetVariables", payload, timeout).thenAccept(outcome -> {
                if (outcome instanceof CallOutcome.Answered answered) {
                    for (var result : answered.payload().path("getVariableResult")) {
                        if (result.path("attributeValue").isString()) {
                            rateUnits(RateUnits.of(result.path("attributeValue").asString()));
                        }
                    }
                }
            });
            return;
        }
        payload.putArray("key").add(RATE_UNIT_KEY);
        call("GetConfiguration", payload, timeout).thenAccept(outcome -> {
            if (outcome instanceof CallOutcome.Answered answered) {
                for (var entry : answered.payload().path("configurationKey")) {
                    if (RATE_UNIT_KEY.equals(entry.path("key").asString("")) && entry.path("value").isString()) {
                        rateUnits(RateUnits.of(entry.path("value").asString()));
                    }
                }
            }
        });
    }

    private void rateUnits(RateUnits units) {
        state.rateUnits(units);
        log.info("Charge point {} takes charging limits in {}", chargePointId(), units);
    }

    private ObjectNode trigger(String message, Integer connectorId) {
        ObjectNode payload = OcppFrames.object();
        payload.put("requestedMessage", message);
        if (connectorId != null) {
            if (state.version() == OcppVersion.V201) {
                payload.putObject("evse").put("id", connectorId);
            } else {
                payload.put("connectorId", connectorId);
            }
        }
        return payload;
    }

    /** A call whose answer only matters to the log: the charge point may not support it. */
    private void callQuietly(String action, ObjectNode payload, Duration timeout) {
        call(action, payload, timeout).whenComplete((outcome, failure) -> {
            if (failure != null) {
                log.info("{} to charge point {} got no answer: {}", action, chargePointId(), failure.getMessage());
            } else if (!(outcome instanceof CallOutcome.Answered answered && "Accepted".equals(
                    answered.payload().path("status").asString("")))) {
                log.info("Charge point {} did not accept {} {}: {}", chargePointId(), action, payload, outcome);
            }
        });
    }

    private OcppFrame answer(OcppFrame.Call call) {
        try {
            schemas.requestViolation(call.action(), call.payload()).ifPresent(violation -> {
                throw violation;
            });
            return new OcppFrame.CallResult(call.messageId(), centralSystem.answer(state, call));
        } catch (OcppException e) {
            log.info("{} from charge point {} refused: {} {}", call.action(), chargePointId(), e.code(), e.getMessage());
            return error(call.messageId(), e.code(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("{} from charge point {} failed on our side", call.action(), chargePointId(), e);
            return error(call.messageId(), OcppErrorCode.InternalError, "evpair could not process it");
        }
    }

    private OcppFrame.CallError error(String messageId, OcppErrorCode code, String description) {
        return new OcppFrame.CallError(messageId, state.version().wire(code), description == null ? "" : description,
                OcppFrames.object());
    }

    /** An answer that breaks its action's schema is no evidence of anything: the call failed. */
    private void answered(OcppFrame.CallResult result) {
        PendingCall waiting = pending.get(result.messageId());
        Optional<OcppException> violation = waiting == null ? Optional.empty()
                : schemas.confirmationViolation(waiting.action(), result.payload());
        violation.ifPresent(v -> log.info("{} answer from charge point {} breaks its schema: {} {}", waiting.action(),
                chargePointId(), v.code(), v.getMessage()));
        complete(result.messageId(), violation.<CallOutcome>map(v -> new CallOutcome.Failed(v.code().name(), v.getMessage()))
                .orElseGet(() -> new CallOutcome.Answered(result.payload())));
    }

    private void complete(String messageId, CallOutcome outcome) {
        PendingCall waiting = pending.get(messageId);
        if (waiting == null) {
            log.info("Answer from charge point {} to no pending call ({}); late or unknown", chargePointId(), messageId);
            return;
        }
        waiting.answer().complete(outcome);
    }

    /** A call of ours waiting for its answer; the action says which schema the answer must meet. */
    private record PendingCall(String action, CompletableFuture<CallOutcome> answer) {
    }

    private void send(OcppFrame frame) {
        try {
            sender.send(OcppFrames.write(frame));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not answer charge point {}: {}", chargePointId(), e.getMessage());
        }
    }
}
