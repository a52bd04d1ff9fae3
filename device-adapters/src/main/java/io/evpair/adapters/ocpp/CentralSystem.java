package io.evpair.adapters.ocpp;

import io.evpair.engine.adapters.ObservationSink;
import io.evpair.engine.devices.DeviceType;
import io.evpair.engine.observations.Observation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers the calls a charge point makes (OCPP 1.6J, charge point → central system) and turns what they report
 * into observations. Every message is also a sign of life, so even those without readings (BootNotification,
 * Heartbeat) deliver an observation: it carries no readings but tells the projection the charger was seen.
 * {@code observedAt} is the charge point's timestamp where the message has one, else the time we received it.
 */
public final class CentralSystem {
    private static final Set<String> ERROR_CODES = Set.of("ConnectorLockFailure", "EVCommunicationError",
            "GroundFailure", "HighTemperature", "InternalError", "LocalListConflict", "NoError", "OtherError",
            "OverCurrentFailure", "PowerMeterFailure", "PowerSwitchFailure", "ReaderFailure", "ResetFailure",
            "UnderVoltage", "OverVoltage", "WeakSignal");

    private final ObservationSink sink;
    private final TransactionIds transactionIds;
    private final OcppSettings settings;
    private final Clock clock;

    public CentralSystem(ObservationSink sink, TransactionIds transactionIds, OcppSettings settings, Clock clock) {
        this.sink = sink;
        this.transactionIds = transactionIds;
        this.settings = settings;
        this.clock = clock;
    }

    /** The CALLRESULT payload for {@code call}; throws {@link OcppException} for a CALLERROR. */
    ObjectNode answer(ChargePointState state, OcppFrame.Call call) {
        Instant received = now();
        Payload payload = new Payload(call.payload());
        return switch (call.action()) {
            case "BootNotification" -> bootNotification(state, payload, received);
            case "Heartbeat" -> heartbeat(state, received);
            case "StatusNotification" -> statusNotification(state, payload, received);
            case "MeterValues" -> meterValues(state, payload, received);
            case "StartTransaction" -> startTransaction(state, payload, received);
            case "StopTransaction" -> stopTransaction(state, payload, received);
            case "Authorize" -> authorize(state, payload, received);
            case "DataTransfer" -> dataTransfer(state, payload, received);
            case "DiagnosticsStatusNotification", "FirmwareStatusNotification" -> {
                payload.requiredString("status");
                seen(state, received);
                yield OcppFrames.object();
            }
            default -> throw new OcppException(OcppErrorCode.NotImplemented,
                    "evpair does not implement the action '" + call.action() + "'");
        };
    }

    private ObjectNode bootNotification(ChargePointState state, Payload payload, Instant received) {
        payload.requiredString("chargePointVendor");
        payload.requiredString("chargePointModel");
        seen(state, received);
        ObjectNode answer = OcppFrames.object();
        answer.put("status", "Accepted");
        answer.put("currentTime", received.toString());
        answer.put("interval", (int) settings.heartbeatInterval().toSeconds());
        return answer;
    }

    private ObjectNode heartbeat(ChargePointState state, Instant received) {
        seen(state, received);
        ObjectNode answer = OcppFrames.object();
        answer.put("currentTime", received.toString());
        return answer;
    }

    private ObjectNode statusNotification(ChargePointState state, Payload payload, Instant received) {
        int connectorId = connectorId(payload);
        payload.requiredEnum("errorCode", ERROR_CODES);
        ConnectorStatus status = ConnectorStatus.valueOf(payload.requiredEnum("status", ConnectorStatus.NAMES));
        Instant observedAt = payload.optionalInstant("timestamp").orElse(received);
        // Connector 0 is the charge point's main controller: its status says nothing about a cable.
        if (connectorId > 0) {
            state.connector(connectorId, status.apply(state.connector(connectorId)));
        }
        deliver(state, observedAt, received, null, null);
        return OcppFrames.object();
    }

    private ObjectNode meterValues(ChargePointState state, Payload payload, Instant received) {
        int connectorId = connectorId(payload);
        Optional<Integer> transactionId = payload.optionalInt("transactionId");
        List<Payload> values = payload.requiredObjects("meterValue");
        if (values.isEmpty()) {
            throw new OcppException(OcppErrorCode.OccurenceConstraintViolation, "meterValue needs at least one entry");
        }
        if (connectorId > 0) {
            transactionId.ifPresent(id -> state.transactionStarted(connectorId, id));
        }
        deliverReadings(state, values, received);
        return OcppFrames.object();
    }

    private ObjectNode startTransaction(ChargePointState state, Payload payload, Instant received) {
        int connectorId = connectorId(payload);
        payload.requiredString("idTag");
        int meterStartWh = payload.requiredInt("meterStart");
        Instant observedAt = payload.requiredInstant("timestamp");
        int transactionId = transactionIds.next();
        state.transactionStarted(connectorId, transactionId);
        // A transaction needs a cable; whether energy flows yet, the next StatusNotification tells.
        state.connector(connectorId, state.connector(connectorId).withPluggedIn(true));
        deliver(state, observedAt, received, null, meterStartWh / 1000.0);
        ObjectNode answer = OcppFrames.object();
        answer.putObject("idTagInfo").put("status", "Accepted");
        answer.put("transactionId", transactionId);
        return answer;
    }

    private ObjectNode stopTransaction(ChargePointState state, Payload payload, Instant received) {
        int transactionId = payload.requiredInt("transactionId");
        int meterStopWh = payload.requiredInt("meterStop");
        Instant observedAt = payload.requiredInstant("timestamp");
        Optional<List<Payload>> transactionData = payload.optionalObjects("transactionData");
        // Whether the cable is still in, the Finishing or Available status tells; energy has stopped.
        state.transactionStopped(transactionId)
                .ifPresent(connector -> state.connector(connector, state.connector(connector).withCharging(false)));
        if (transactionData.isPresent()) {
            deliverReadings(state, transactionData.get(), received);
        }
        deliver(state, observedAt, received, 0.0, meterStopWh / 1000.0);
        ObjectNode answer = OcppFrames.object();
        answer.putObject("idTagInfo").put("status", "Accepted");
        return answer;
    }

    /** evpair does not manage RFID cards: every idTag may charge. Access control is the charge point's owner's. */
    private ObjectNode authorize(ChargePointState state, Payload payload, Instant received) {
        payload.requiredString("idTag");
        seen(state, received);
        ObjectNode answer = OcppFrames.object();
        answer.putObject("idTagInfo").put("status", "Accepted");
        return answer;
    }

    private ObjectNode dataTransfer(ChargePointState state, Payload payload, Instant received) {
        payload.requiredString("vendorId");
        seen(state, received);
        ObjectNode answer = OcppFrames.object();
        answer.put("status", "UnknownVendorId");
        return answer;
    }

    private static int connectorId(Payload payload) {
        int connectorId = payload.requiredInt("connectorId");
        if (connectorId < 0) {
            throw new OcppException(OcppErrorCode.PropertyConstraintViolation, "connectorId must not be negative");
        }
        return connectorId;
    }

    private void deliverReadings(ChargePointState state, List<Payload> meterValues, Instant received) {
        List<Observation> observations = new ArrayList<>();
        for (Payload meterValue : meterValues) {
            MeterReading reading = MeterReading.of(meterValue);
            if (!reading.isEmpty()) {
                observations.add(observation(state, reading.timestamp(), received, reading.chargeRateKw(),
                        reading.meterKwh()));
            }
        }
        if (observations.isEmpty()) {
            seen(state, received);
        } else {
            sink.accept(observations);
        }
    }

    private void seen(ChargePointState state, Instant received) {
        sink.accept(List.of(new Observation(state.chargerId(), DeviceType.CHARGER, received, received,
                null, null, null, null, null, null)));
    }

    /** An observation of the charger's plug state now, with the readings given. */
    private void deliver(ChargePointState state, Instant observedAt, Instant received, Double chargeRateKw,
                         Double meterKwh) {
        sink.accept(List.of(observation(state, observedAt, received, chargeRateKw, meterKwh)));
    }

    private Observation observation(ChargePointState state, Instant observedAt, Instant received,
                                    Double chargeRateKw, Double meterKwh) {
        PlugState charger = state.charger();
        // Not charging means no power flows, even if the charge point sends no MeterValues to say so.
        Double rate = chargeRateKw == null && Boolean.FALSE.equals(charger.charging()) ? Double.valueOf(0.0) : chargeRateKw;
        return new Observation(state.chargerId(), DeviceType.CHARGER, observedAt.truncatedTo(ChronoUnit.MICROS),
                received, charger.pluggedIn(), charger.charging(), rate, null, null, meterKwh);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
