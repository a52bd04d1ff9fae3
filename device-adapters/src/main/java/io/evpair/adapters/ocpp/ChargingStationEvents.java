package io.evpair.adapters.ocpp;

import io.evpair.engine.devices.ChargerInformation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers the calls of an OCPP 2.0.1 charging station and turns them into observations through the same
 * {@link CentralSystem} as 1.6: an EVSE is what a connector is in 1.6 (evpair sees the station as one charger).
 * The idToken of a transaction (ISO14443, eMAID, MacAddress, an ISO 15118 EVCCID…) is read here, see
 * {@link #idToken}: the charger's observations carry it as their idTag while the session lasts, as 1.6's idTag.
 */
final class ChargingStationEvents {
    private static final Set<String> TRANSACTION_EVENTS = Set.of("Started", "Updated", "Ended");
    private static final Set<String> CONNECTOR_STATUSES = Set.of("Available", "Occupied", "Reserved", "Unavailable",
            "Faulted");
    private static final Set<String> CHARGING_STATES = Set.of("Charging", "EVConnected", "SuspendedEV", "SuspendedEVSE",
            "Idle");

    private final CentralSystem central;

    ChargingStationEvents(CentralSystem central) {
        this.central = central;
    }

    ObjectNode answer(ChargePointState state, OcppFrame.Call call, Instant received) {
        Payload payload = new Payload(call.payload());
        return switch (call.action()) {
            case "BootNotification" -> boot(state, payload, received);
            case "Heartbeat" -> {
                central.seen(state, received);
                ObjectNode answer = OcppFrames.object();
                answer.put("currentTime", received.toString());
                yield answer;
            }
            case "StatusNotification" -> status(state, payload, received);
            case "TransactionEvent" -> transactionEvent(state, payload, received);
            case "MeterValues" -> {
                int evse = nonNegative(payload, "evseId");
                central.deliverReadings(state, evse, readings(payload.requiredObjects("meterValue")), received);
                yield OcppFrames.object();
            }
            case "Authorize" -> {
                idToken(payload.requiredObject("idToken"));
                central.seen(state, received);
                yield accepted("idTokenInfo");
            }
            case "NotifyEVChargingNeeds" -> {
                nonNegative(payload, "evseId");
                payload.requiredObject("chargingNeeds");
                central.seen(state, received);
                // evpair computes no ISO 15118 schedules: the EV keeps to its own, within our charging profiles.
                ObjectNode answer = OcppFrames.object();
                answer.put("status", "Rejected");
                yield answer;
            }
            case "FirmwareStatusNotification", "LogStatusNotification", "SecurityEventNotification", "NotifyEvent",
                 "NotifyReport" -> {
                central.seen(state, received);
                yield OcppFrames.object();
            }
            default -> throw new OcppException(OcppErrorCode.NotImplemented,
                    "evpair does not implement the action '" + call.action() + "'");
        };
    }

    private ObjectNode boot(ChargePointState state, Payload payload, Instant received) {
        payload.requiredString("reason");
        Payload station = payload.requiredObject("chargingStation");
        central.describe(state, new ChargerInformation(station.requiredString("vendorName"),
                station.requiredString("model"), null, station.optionalString("serialNumber").orElse(null)));
        central.seen(state, received);
        ObjectNode answer = OcppFrames.object();
        answer.put("currentTime", received.toString());
        answer.put("interval", (int) central.settings().heartbeatInterval().toSeconds());
        answer.put("status", "Accepted");
        return answer;
    }

    private ObjectNode status(ChargePointState state, Payload payload, Instant received) {
        Instant observedAt = payload.requiredInstant("timestamp");
        String status = payload.requiredEnum("connectorStatus", CONNECTOR_STATUSES);
        int evse = nonNegative(payload, "evseId");
        nonNegative(payload, "connectorId");
        if (evse > 0) {
            PlugState before = state.connector(evse);
            state.connector(evse, switch (status) {
                case "Available", "Reserved" -> new PlugState(false, false);
                // Occupied says a cable is in; whether energy flows, TransactionEvent's chargingState tells.
                case "Occupied" -> before.withPluggedIn(true);
                default -> before;
            });
        }
        central.deliver(state, observedAt, received, null, null);
        return OcppFrames.object();
    }

    private ObjectNode transactionEvent(ChargePointState state, Payload payload, Instant received) {
        String eventType = payload.requiredEnum("eventType", TRANSACTION_EVENTS);
        Instant observedAt = payload.requiredInstant("timestamp");
        payload.requiredString("triggerReason");
        payload.requiredInt("seqNo");
        Payload transaction = payload.requiredObject("transactionInfo");
        String transactionId = transaction.requiredString("transactionId");
        Optional<String> chargingState = transaction.optionalString("chargingState");
        if (chargingState.isPresent() && !CHARGING_STATES.contains(chargingState.get())) {
            throw new OcppException(OcppErrorCode.PropertyConstraintViolation,
                    "transactionInfo.chargingState '" + chargingState.get() + "' is not one of " + CHARGING_STATES);
        }
        Optional<Payload> evseField = payload.optionalObject("evse");
        Optional<Integer> evse = evseField.map(e -> nonNegative(e, "id"));
        Optional<String> idTag = payload.optionalObject("idToken").map(ChargingStationEvents::idToken);
        int on = evse.or(() -> central.transactionConnector(state, transactionId)).orElse(1);
        if (eventType.equals("Ended")) {
            central.transactionEnded(state, transactionId, observedAt);
            state.connector(on, state.connector(on).withCharging(false));
        } else {
            central.transactionSeen(state, transactionId, on, observedAt);
            chargingState.ifPresent(s -> state.connector(on, switch (s) {
                case "Charging" -> new PlugState(true, true);
                case "Idle" -> new PlugState(false, false);
                default -> new PlugState(true, false);
            }));
        }
        if (!eventType.equals("Ended")) {
            idTag.ifPresent(tag -> central.identified(state, tag));
        }
        Optional<List<Payload>> meterValues = payload.optionalObjects("meterValue");
        if (meterValues.isPresent()) {
            central.deliverReadings(state, on, readings(meterValues.get()), received);
        }
        central.deliver(state, observedAt, received, eventType.equals("Ended") ? Double.valueOf(0.0) : null, null);
        return idTag.isPresent() ? accepted("idTokenInfo") : OcppFrames.object();
    }

    /** The token that identifies the driver or the vehicle (an ISO 15118 EVCCID has type MacAddress or eMAID). */
    static String idToken(Payload token) {
        token.requiredString("type");
        return token.requiredString("idToken");
    }

    private static List<MeterReading> readings(List<Payload> meterValues) {
        return meterValues.stream().map(MeterReading::ofV201).toList();
    }

    private static ObjectNode accepted(String field) {
        ObjectNode answer = OcppFrames.object();
        answer.putObject(field).put("status", "Accepted");
        return answer;
    }

    private static int nonNegative(Payload payload, String field) {
        int value = payload.requiredInt(field);
        if (value < 0) {
            throw new OcppException(OcppErrorCode.PropertyConstraintViolation, field + " must not be negative");
        }
        return value;
    }
}
