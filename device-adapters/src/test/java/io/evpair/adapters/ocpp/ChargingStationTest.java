package io.evpair.adapters.ocpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.chargepoints.ChargePointTransactions;
import io.evpair.engine.devices.ChargerInformation;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.observations.Observation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** OCPP 2.0.1: what a charging station reports becomes observations, and commands take the 2.0.1 shapes. */
class ChargingStationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final List<Observation> delivered = new ArrayList<>();
    private final List<String> sent = new ArrayList<>();
    private final Map<ChargerId, ChargerInformation> described = new HashMap<>();
    private final UUID chargerId = UUID.randomUUID();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final OcppSettings settings = new OcppSettings(Duration.ofMinutes(5), Duration.ofSeconds(2), "evpair");
    private final LocalChargePointSessions sessions = new LocalChargePointSessions();
    private final ChargePointConnection station = new ChargePointConnection("CS-1", chargerId, OcppVersion.V201,
            new CentralSystem(delivered::addAll, described::put, new InMemoryChargePointTransactions(), settings, clock),
            sent::add);
    private final OcppChargingCommands commands = new OcppChargingCommands(sessions, settings, clock);
    private final DeviceAddress address = new DeviceAddress(chargerId, DeviceType.CHARGER, Vendor.OCPP, "CS-1");

    @Test
    void bootDescribesTheStationAndSetsItsSampledData() {
        station.receive("[2,\"b1\",\"BootNotification\",{\"reason\":\"PowerUp\",\"chargingStation\":{\"vendorName\":\"Alfen\","
                + "\"model\":\"Eve\",\"serialNumber\":\"ACE1\"}}]");

        JsonNode answer = JSON.readTree(sent.get(0)).get(2);
        assertThat(answer.get("status").asString()).isEqualTo("Accepted");
        assertThat(answer.get("interval").asInt()).isEqualTo(300);
        assertThat(described).containsEntry(new ChargerId(chargerId), new ChargerInformation("Alfen", "Eve", null, "ACE1"));
        JsonNode setVariables = JSON.readTree(sent.get(1));
        assertThat(setVariables.get(2).asString()).isEqualTo("SetVariables");
        assertThat(setVariables.get(3).get("setVariableData").get(0).get("variable").get("name").asString())
                .isEqualTo("TxUpdatedMeasurands");
    }

    @Test
    void transactionEventsMakeAChargingSession() {
        station.receive("[2,\"s1\",\"StatusNotification\",{\"timestamp\":\"2026-03-02T08:00:00Z\",\"connectorStatus\":\"Occupied\","
                + "\"evseId\":1,\"connectorId\":1}]");
        station.receive(event("t1", "Started", "2026-03-02T08:00:05Z", "EVConnected", ",\"evse\":{\"id\":1},"
                + "\"idToken\":{\"idToken\":\"04A1B2C3\",\"type\":\"ISO14443\"}"));
        station.receive(event("t2", "Updated", "2026-03-02T08:00:10Z", "Charging", ",\"meterValue\":[{\"timestamp\":"
                + "\"2026-03-02T08:00:10Z\",\"sampledValue\":[{\"value\":7.4,\"measurand\":\"Power.Active.Import\","
                + "\"unitOfMeasure\":{\"unit\":\"W\",\"multiplier\":3}},{\"value\":1500}]}]"));
        station.receive(event("t3", "Ended", "2026-03-02T09:00:00Z", "EVConnected", ""));

        assertThat(JSON.readTree(sent.get(1)).get(2).get("idTokenInfo").get("status").asString()).isEqualTo("Accepted");
        assertThat(delivered).extracting(Observation::observedAt, Observation::pluggedIn, Observation::charging,
                        Observation::chargeRateKw, Observation::meterKwh)
                .containsExactly(
                        tuple(Instant.parse("2026-03-02T08:00:00Z"), true, null, null, null),
                        tuple(Instant.parse("2026-03-02T08:00:05Z"), true, false, 0.0, null),
                        tuple(Instant.parse("2026-03-02T08:00:10Z"), true, true, 7.4, 1.5),
                        tuple(Instant.parse("2026-03-02T08:00:10Z"), true, true, null, null),
                        tuple(Instant.parse("2026-03-02T09:00:00Z"), true, false, 0.0, null));
        assertThat(station.activeTransaction()).isEmpty();
        assertThat(delivered).extracting(Observation::idTag)
                .as("the idToken rides on the session's reports, for pairing to learn the car by")
                .containsExactly(null, "04A1B2C3", "04A1B2C3", "04A1B2C3", null);
    }

    @Test
    void commandsTakeTheShapesOf201() {
        sessions.opened(station);
        station.receive(event("t1", "Started", "2026-03-02T08:00:05Z", "Charging", ",\"evse\":{\"id\":2}"));
        sent.clear();

        assertThat(answering(() -> commands.stopCharging(address))).isEqualTo(new CommandResult.Accepted());
        JsonNode stop = JSON.readTree(sent.get(0));
        assertThat(stop.get(2).asString()).isEqualTo("RequestStopTransaction");
        assertThat(stop.get(3).get("transactionId").asString()).isEqualTo("tx-1");

        answering(() -> commands.setChargeRateLimit(address, 7.4));
        JsonNode profile = JSON.readTree(sent.get(1)).get(3);
        assertThat(profile.get("evseId").asInt()).isEqualTo(2);
        assertThat(profile.get("chargingProfile").get("transactionId").asString()).isEqualTo("tx-1");
        assertThat(profile.get("chargingProfile").get("chargingProfilePurpose").asString()).isEqualTo("TxProfile");
        assertThat(profile.get("chargingProfile").get("chargingSchedule").get(0).get("chargingRateUnit").asString())
                .isEqualTo("A");

        answering(() -> commands.clearChargeRateLimit(address));
        assertThat(JSON.readTree(sent.get(2)).get(3).get("chargingProfileId").asInt())
                .isEqualTo(OcppChargingCommands.CHARGE_RATE_PROFILE_ID);

        answering(() -> commands.startCharging(address));
        JsonNode start = JSON.readTree(sent.get(3));
        assertThat(start.get(2).asString()).isEqualTo("RequestStartTransaction");
        assertThat(start.get(3).get("idToken").get("type").asString()).isEqualTo("Central");
        assertThat(start.get(3).get("remoteStartId").isInt()).isTrue();
    }

    @Test
    void errorsUseThe201Codes() {
        station.receive("[2,\"x1\",\"Heartbeat\"]");
        station.receive("[2,\"x2\",\"Authorize\",{}]");

        assertThat(JSON.readTree(sent.get(0)).get(2).asString()).isEqualTo("FormatViolation");
        assertThat(JSON.readTree(sent.get(1)).get(2).asString()).isEqualTo("OccurrenceConstraintViolation");
    }

    /** What only the OCA's 2.0.1 schemas know: lengths, enumerations of fields we do not read, the PDU's properties. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Authorize        | {\"idToken\":{\"idToken\":\"0123456789012345678901234567890123456\",\"type\":\"ISO14443\"}} | PropertyConstraintViolation",
            "Authorize        | {\"idToken\":{\"idToken\":\"04A1B2C3\",\"type\":\"Bananas\"}}                    | PropertyConstraintViolation",
            "BootNotification | {\"reason\":\"PowerUp\",\"chargingStation\":{\"vendorName\":\"A\",\"model\":\"B\"},\"colour\":\"red\"} | FormatViolation",
            "BootNotification | {\"reason\":\"PowerUp\",\"chargingStation\":{\"vendorName\":\"A\",\"model\":\"B\",\"firmwareVersion\":1}} | TypeConstraintViolation"})
    void payloadsAreCheckedAgainstThe201Schemas(String action, String payload, String code) {
        station.receive("[2,\"v1\",\"" + action + "\"," + payload + "]");

        JsonNode answer = JSON.readTree(sent.get(0));
        assertThat(answer.get(0).asInt()).as("a CALLERROR").isEqualTo(4);
        assertThat(answer.get(2).asString()).isEqualTo(code);
    }

    private static String event(String messageId, String type, String timestamp, String chargingState, String more) {
        return "[2,\"" + messageId + "\",\"TransactionEvent\",{\"eventType\":\"" + type + "\",\"timestamp\":\"" + timestamp
                + "\",\"triggerReason\":\"ChargingStateChanged\",\"seqNo\":0,\"transactionInfo\":{\"transactionId\":\"tx-1\","
                + "\"chargingState\":\"" + chargingState + "\"}" + more + "}]";
    }

    private CommandResult answering(Supplier<CommandResult> command) {
        int before = sent.size();
        CompletableFuture<CommandResult> result = CompletableFuture.supplyAsync(command);
        while (sent.size() == before) {
            Thread.onSpinWait();
        }
        String messageId = JSON.readTree(sent.get(before)).get(1).asString();
        station.receive("[3,\"" + messageId + "\",{\"status\":\"Accepted\"}]");
        return result.join();
    }
}
