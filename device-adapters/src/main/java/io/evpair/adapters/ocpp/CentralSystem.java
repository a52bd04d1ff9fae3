package io.evpair.adapters.ocpp;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.observations.ObservationSink;
import io.evpair.engine.chargepoints.ChargePointTransactions;
import io.evpair.engine.devices.ChargerDescriptions;
import io.evpair.engine.devices.ChargerInformation;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.observations.Observation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers the calls a charge point makes (OCPP 1.6J, charge point → central system) and turns what they report
 * into observations. Every message is also a sign of life, so even those without readings (BootNotification,
 * Heartbeat) deliver an observation: it carries no readings but tells the projection the charger was seen.
 * {@code observedAt} is the charge point's timestamp where the message has one, else the time we received it.
 */
public final class CentralSystem {
    private static final Logger log = LoggerFactory.getLogger(CentralSystem.class);
    private static final Set<String> ERROR_CODES = Set.of("ConnectorLockFailure", "EVCommunicationError",
            "GroundFailure", "HighTemperature", "InternalError", "LocalListConflict", "NoError", "OtherError",
            "OverCurrentFailure", "PowerMeterFailure", "PowerSwitchFailure", "ReaderFailure", "ResetFailure",
            "UnderVoltage", "OverVoltage", "WeakSignal");

    private final ObservationSink sink;
    private final ChargerDescriptions descriptions;
    private final ChargePointTransactions transactions;
    private final OcppSettings settings;
    private final Clock clock;
    private final ChargingStationEvents chargingStations = new ChargingStationEvents(this);

    public CentralSystem(ObservationSink sink, ChargerDescriptions descriptions, ChargePointTransactions transactions,
                         OcppSettings settings, Clock clock) {
        this.sink = sink;
        this.descriptions = descriptions;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** The CALLRESULT payload for {@code call}; throws {@link OcppException} for a CALLERROR. */
    ObjectNode answer(ChargePointState state, OcppFrame.Call call) {
        Instant received = now();
        if (state.version() == OcppVersion.V201) {
            return chargingStations.answer(state, call, received);
        }
        Payload payload = new Payload(call.payload());
        return switch (call.action()) {
            case "BootNotification" -> bootNotification(state, payload, received);
            case "Heartbeat" -> heartbeat(state, received);
            case "StatusNotification" -> statusNotification(state, payload, received);
            case "MeterValues" -> meterValues(state, payload, received);
            case "StartTransaction" -> startTransaction(state, call.messageId(), payload, received);
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
        String vendor = payload.requiredString("chargePointVendor");
        String model = payload.requiredString("chargePointModel");
        Optional<String> serial = payload.optionalString("chargePointSerialNumber")
                .or(() -> payload.optionalString("chargeBoxSerialNumber"));
        descriptions.describe(new ChargerId(state.chargerId()), new ChargerInformation(vendor, model, null, serial.orElse(null)));
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
        if (connectorId > 0 && transactionId.isPresent() && state.firstSightOf(transactionId.get())) {
            transactions.seen(state.chargePointId(), String.valueOf(transactionId.get()), connectorId, received);
        }
        deliverReadings(state, connectorId, values.stream().map(MeterReading::of).toList(), received);
        return OcppFrames.object();
    }

    private ObjectNode startTransaction(ChargePointState state, String messageId, Payload payload, Instant received) {
        int connectorId = connectorId(payload);
        String idTag = payload.requiredString("idTag");
        int meterStartWh = payload.requiredInt("meterStart");
        Instant observedAt = payload.requiredInstant("timestamp");
        int transactionId = transactions.start(state.chargePointId(), new ChargePointTransactions.TransactionStart(
                messageId, connectorId, idTag, meterStartWh, observedAt));
        state.firstSightOf(transactionId);
        state.energyRead(connectorId, observedAt, meterStartWh / 1000.0);
        // A transaction needs a cable; whether energy flows yet, the next StatusNotification tells.
        state.connector(connectorId, state.connector(connectorId).withPluggedIn(true));
        state.identifiedBy(idTag);
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
        Optional<Integer> connector = transactions.stop(state.chargePointId(), String.valueOf(transactionId), observedAt);
        connector.ifPresent(c -> state.connector(c, state.connector(c).withCharging(false)));
        if (transactionData.isPresent()) {
            deliverReadings(state, connector.orElse(0), transactionData.get().stream().map(MeterReading::of).toList(),
                    received);
        }
        deliver(state, observedAt, received, 0.0, meterStopWh / 1000.0);
        state.sessionEnded();
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

    OcppSettings settings() {
        return settings;
    }

    void describe(ChargePointState state, ChargerInformation information) {
        descriptions.describe(new ChargerId(state.chargerId()), information);
    }

    /** A transaction the charge point named (2.0.1 stations name their own). */
    void transactionSeen(ChargePointState state, String transactionId, int connectorId, Instant at) {
        transactions.seen(state.chargePointId(), transactionId, connectorId, at);
    }

    void transactionEnded(ChargePointState state, String transactionId, Instant at) {
        transactions.stop(state.chargePointId(), transactionId, at);
        state.sessionEnded();
    }

    Optional<Integer> transactionConnector(ChargePointState state, String transactionId) {
        return running(state).stream().filter(t -> t.transactionId().equals(transactionId))
                .map(ChargePointTransactions.RunningTransaction::connectorId).findFirst();
    }

    /**
     * The token a transaction was authorised with (an RFID card, an eMAID, the vehicle's ISO 15118 EVCCID): the
     * charger's observations carry it as {@code idTag} while the session lasts, for pairing to learn cars by.
     */
    void identified(ChargePointState state, String idTag) {
        state.identifiedBy(idTag);
    }

    /** The charge point's running transactions, whichever connection started them. */
    List<ChargePointTransactions.RunningTransaction> running(ChargePointState state) {
        return transactions.running(state.chargePointId());
    }

    private static int connectorId(Payload payload) {
        int connectorId = payload.requiredInt("connectorId");
        if (connectorId < 0) {
            throw new OcppException(OcppErrorCode.PropertyConstraintViolation, "connectorId must not be negative");
        }
        return connectorId;
    }

    /**
     * A charge point that sends only its energy register still tells the rate, as the change between two
     * readings; a reading without either tells nothing about it (a limit is never confirmed on no evidence).
     */
    void deliverReadings(ChargePointState state, int connectorId, List<MeterReading> readings, Instant received) {
        List<Observation> observations = new ArrayList<>();
        for (MeterReading reading : readings) {
            if (!reading.isEmpty()) {
                Double rate = reading.chargeRateKw();
                if (reading.meterKwh() != null) {
                    Optional<Double> derived = state.energyRead(connectorId, reading.timestamp(), reading.meterKwh());
                    rate = rate != null ? rate : derived.orElse(null);
                }
                observations.add(observation(state, reading.timestamp(), received, rate, reading.meterKwh()));
            }
        }
        if (observations.isEmpty()) {
            seen(state, received);
        } else {
            sink.accept(observations);
        }
    }

    void seen(ChargePointState state, Instant received) {
        sink.accept(List.of(new Observation(state.chargerId(), DeviceType.CHARGER, received, received,
                null, null, null, null, null, null)));
    }

    /** An observation of the charger's plug state now, with the readings given. */
    void deliver(ChargePointState state, Instant observedAt, Instant received, Double chargeRateKw,
                         Double meterKwh) {
        sink.accept(List.of(observation(state, observedAt, received, chargeRateKw, meterKwh)));
    }

    private Observation observation(ChargePointState state, Instant observedAt, Instant received,
                                    Double chargeRateKw, Double meterKwh) {
        PlugState charger = state.charger();
        // Not charging means no power flows, even if the charge point sends no MeterValues to say so.
        Double rate = chargeRateKw == null && Boolean.FALSE.equals(charger.charging()) ? Double.valueOf(0.0) : chargeRateKw;
        return new Observation(state.chargerId(), DeviceType.CHARGER, observedAt.truncatedTo(ChronoUnit.MICROS),
                received, charger.pluggedIn(), charger.charging(), rate, null, null, meterKwh, state.sessionIdTag());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
