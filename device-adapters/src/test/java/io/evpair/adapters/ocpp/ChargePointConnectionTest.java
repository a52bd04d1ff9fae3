package io.evpair.adapters.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.chargepoints.ChargePointTransactions;
import io.evpair.engine.devices.ChargerInformation;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.observations.Observation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Whatever a charge point sends gets an answer, and the right observations reach the sink. */
class ChargePointConnectionTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final List<Observation> delivered = new ArrayList<>();
    private final List<String> sent = new ArrayList<>();
    private final java.util.Map<ChargerId, ChargerInformation> described = new java.util.HashMap<>();
    private final UUID chargerId = UUID.randomUUID();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final OcppSettings settings = new OcppSettings(Duration.ofMinutes(5), Duration.ofMillis(200), "evpair");
    private final ChargePointConnection connection = new ChargePointConnection("CP-1", chargerId,
            new CentralSystem(delivered::addAll, described::put, new InMemoryChargePointTransactions(), settings, clock), sent::add);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[2,\"m1\",\"Dance\",{}]                                                   | m1 | NotImplemented",
            "[2,\"m2\",\"BootNotification\",{\"chargePointVendor\":\"X\"}]             | m2 | OccurenceConstraintViolation",
            "[2,\"m3\",\"BootNotification\",{\"chargePointVendor\":1,\"chargePointModel\":\"Y\"}] | m3 | TypeConstraintViolation",
            "[2,\"m4\",\"StatusNotification\",{\"connectorId\":\"1\",\"errorCode\":\"NoError\",\"status\":\"Charging\"}] | m4 | TypeConstraintViolation",
            "[2,\"m5\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Dancing\"}] | m5 | PropertyConstraintViolation",
            "[2,\"m6\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Charging\",\"timestamp\":\"yesterday\"}] | m6 | PropertyConstraintViolation",
            "[2,\"m7\",\"MeterValues\",{\"connectorId\":1,\"meterValue\":[]}]           | m7 | OccurenceConstraintViolation",
            "[2,\"m8\",\"StartTransaction\",{\"connectorId\":1,\"idTag\":\"a\",\"meterStart\":1.5,\"timestamp\":\"2026-03-02T08:00:00Z\"}] | m8 | TypeConstraintViolation",
            "[2,\"m9\",\"Heartbeat\",\"{}\"]                                            | m9 | FormationViolation",
            "[2,\"m10\",\"Heartbeat\"]                                                  | m10 | FormationViolation",
            "[2,\"m11\",\"Authorize\",{\"idTag\":\"123456789012345678901\"}]        | m11 | PropertyConstraintViolation",
            "[2,\"m12\",\"BootNotification\",{\"chargePointVendor\":\"X\",\"chargePointModel\":\"Y\",\"colour\":\"red\"}] | m12 | FormationViolation",
            "[2,\"m13\",\"MeterValues\",{\"connectorId\":1,\"meterValue\":[{\"timestamp\":\"2026-03-02T08:00:00Z\",\"sampledValue\":[{\"value\":\"7\",\"unit\":\"Bananas\"}]}]}] | m13 | PropertyConstraintViolation",
            "[2,\"m14\",\"BootNotification\",{\"chargePointVendor\":\"X\",\"chargePointModel\":\"Y\",\"firmwareVersion\":1}] | m14 | TypeConstraintViolation",
            "[2,\"m15\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Charging\",\"info\":\"0123456789012345678901234567890123456789012345678901\"}] | m15 | PropertyConstraintViolation",
            "this is not json                                                        | -1 | FormationViolation"})
    void answersWhatItCannotAcceptWithTheSpecsCallError(String frame, String messageId, String code) {
        connection.receive(frame);

        assertThat(sent).hasSize(1);
        JsonNode error = JSON.readTree(sent.get(0));
        assertThat(error.get(0).asInt()).isEqualTo(4);
        assertThat(error.get(1).asString()).isEqualTo(messageId);
        assertThat(error.get(2).asString()).isEqualTo(code);
        assertThat(error.get(4).isObject()).isTrue();
        assertThat(delivered).isEmpty();
    }

    @Test
    void aFailureOnOurSideIsAnInternalErrorAndTheConnectionCarriesOn() {
        ChargePointConnection failing = new ChargePointConnection("CP-1", chargerId, new CentralSystem(observations -> {
            throw new IllegalStateException("database down");
        }, described::put, new InMemoryChargePointTransactions(), settings, clock), sent::add);

        failing.receive("[2,\"h1\",\"Heartbeat\",{}]");

        assertThat(JSON.readTree(sent.get(0)).get(2).asString()).isEqualTo("InternalError");
    }

    @Test
    void bootIsAcceptedWithTheHeartbeatIntervalAndIsASignOfLife() {
        connection.receive("[2,\"b1\",\"BootNotification\",{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}]");

        JsonNode result = JSON.readTree(sent.get(0));
        assertThat(result.get(0).asInt()).isEqualTo(3);
        assertThat(result.get(2).get("status").asString()).isEqualTo("Accepted");
        assertThat(result.get(2).get("interval").asInt()).isEqualTo(300);
        assertThat(result.get(2).get("currentTime").asString()).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(delivered).singleElement().satisfies(o -> {
            assertThat(o.deviceId()).isEqualTo(chargerId);
            assertThat(o.observedAt()).isEqualTo(NOW);
            assertThat(o.receivedAt()).isEqualTo(NOW);
            assertThat(o.pluggedIn()).isNull();
            assertThat(o.chargeRateKw()).isNull();
        });
    }

    @Test
    void bootDescribesTheChargerAndConfiguresItsMeterValues() {
        connection.receive("[2,\"b1\",\"BootNotification\",{\"chargePointVendor\":\"Alfen\",\"chargePointModel\":\"Eve\","
                + "\"chargePointSerialNumber\":\"ACE0001\"}]");

        assertThat(described).containsEntry(new ChargerId(chargerId), new ChargerInformation("Alfen", "Eve", null, "ACE0001"));
        assertThat(sent).hasSize(3);
        JsonNode sampled = JSON.readTree(sent.get(1));
        assertThat(sampled.get(2).asString()).isEqualTo("ChangeConfiguration");
        assertThat(sampled.get(3).get("key").asString()).isEqualTo("MeterValuesSampledData");
        assertThat(sampled.get(3).get("value").asString()).isEqualTo("Energy.Active.Import.Register,Power.Active.Import");
        JsonNode interval = JSON.readTree(sent.get(2)).get(3);
        assertThat(interval.get("key").asString()).isEqualTo("MeterValueSampleInterval");
        assertThat(interval.get("value").asString()).isEqualTo("60");
    }

    @Test
    void energyOnlyMeterValuesCarryTheRateImpliedByTheirDifference() {
        connection.receive(energy("e1", "2026-03-02T08:00:00Z", "10000"));
        connection.receive(energy("e2", "2026-03-02T08:10:00Z", "11200"));
        connection.receive(energy("e3", "2026-03-02T08:05:00Z", "10500"));
        connection.receive(energy("e4", "2026-03-02T08:20:00Z", "11100"));

        assertThat(delivered).extracting(Observation::chargeRateKw).containsExactly(null, 7.2, null, null);
        assertThat(delivered).extracting(Observation::meterKwh).containsExactly(10.0, 11.2, 10.5, 11.1);
    }

    private static String energy(String messageId, String timestamp, String wh) {
        return "[2,\"" + messageId + "\",\"MeterValues\",{\"connectorId\":1,\"meterValue\":[{\"timestamp\":\"" + timestamp
                + "\",\"sampledValue\":[{\"value\":\"" + wh + "\",\"measurand\":\"Energy.Active.Import.Register\"}]}]}]";
    }

    @Test
    void statusWithoutTimestampIsObservedWhenReceivedAndFaultsKeepThePlugState() {
        connection.receive(status(1, "Charging", null));
        connection.receive(status(1, "Faulted", "2026-03-02T08:59:00Z"));

        assertThat(delivered).extracting(Observation::observedAt, Observation::pluggedIn, Observation::charging)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NOW, true, true),
                        org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-03-02T08:59:00Z"), true, true));
    }

    @Test
    void connectorZeroSaysNothingAboutTheCable() {
        connection.receive(status(1, "Preparing", null));
        connection.receive(status(0, "Available", null));

        assertThat(delivered.get(1).pluggedIn()).isTrue();
    }

    @Test
    void callsAreMatchedToTheirAnswersByMessageId() throws Exception {
        var answer = connection.call("RemoteStartTransaction", OcppFrames.object().put("connectorId", 1), Duration.ofSeconds(5));
        JsonNode call = JSON.readTree(sent.get(0));
        assertThat(call.get(0).asInt()).isEqualTo(2);
        assertThat(call.get(2).asString()).isEqualTo("RemoteStartTransaction");

        connection.receive("[3,\"someone-else\",{\"status\":\"Rejected\"}]");
        assertThat(answer).isNotDone();
        connection.receive("[3,\"" + call.get(1).asString() + "\",{\"status\":\"Accepted\"}]");

        assertThat(answer.get()).isInstanceOf(CallOutcome.Answered.class);
        assertThat(sent).hasSize(1);
    }
    /** Leniencies kept beside the schemas: null for an optional field is absent, a date-time without a zone is UTC. */
    @Test
    void nullOptionalFieldsAndZonelessTimestampsAreStillAccepted() {
        connection.receive("[2,\"n1\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Charging\","
                + "\"info\":null,\"vendorId\":null,\"timestamp\":\"2026-03-02T08:30:00\"}]");

        assertThat(JSON.readTree(sent.get(0)).get(0).asInt()).isEqualTo(3);
        assertThat(delivered).singleElement().satisfies(o -> assertThat(o.observedAt()).isEqualTo(Instant.parse("2026-03-02T08:30:00Z")));
    }

    /** An answer that breaks its schema is no evidence: "Yes" is not a status SetChargingProfile.conf knows. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"status\":\"Yes\"}                      | PropertyConstraintViolation",
            "{}                                          | OccurenceConstraintViolation",
            "{\"status\":\"Accepted\",\"extra\":1}      | FormationViolation",
            "{\"status\":1}                            | TypeConstraintViolation"})
    void anAnswerThatBreaksItsSchemaFailsTheCall(String payload, String code) throws Exception {
        var answer = connection.call("SetChargingProfile", OcppFrames.object().put("connectorId", 1), Duration.ofSeconds(5));
        String messageId = JSON.readTree(sent.get(0)).get(1).asString();

        connection.receive("[3,\"" + messageId + "\"," + payload + "]");

        assertThat(answer.get()).isInstanceOfSatisfying(CallOutcome.Failed.class,
                failed -> assertThat(failed.errorCode()).isEqualTo(code));
    }

    @Test
    void transactionsAreTrackedForRemoteStopAndLearntFromMeterValuesAfterAReconnect() {
        connection.receive("[2,\"t1\",\"StartTransaction\",{\"connectorId\":1,\"idTag\":\"evpair\",\"meterStart\":1500,"
                + "\"timestamp\":\"2026-03-02T08:00:00Z\"}]");
        int transactionId = JSON.readTree(sent.get(0)).get(2).get("transactionId").asInt();
        assertThat(connection.activeTransaction()).contains(new ChargePointTransactions.RunningTransaction("" + transactionId, 1, "evpair"));
        assertThat(delivered.get(0).meterKwh()).isEqualTo(1.5);
        assertThat(delivered.get(0).pluggedIn()).isTrue();

        connection.receive("[2,\"t2\",\"StopTransaction\",{\"transactionId\":" + transactionId
                + ",\"meterStop\":4500,\"timestamp\":\"2026-03-02T09:00:00Z\"}]");
        assertThat(connection.activeTransaction()).isEmpty();
        assertThat(delivered.get(1).charging()).isFalse();
        assertThat(delivered.get(1).chargeRateKw()).isZero();
        assertThat(delivered.get(1).meterKwh()).isEqualTo(4.5);

        connection.receive("[2,\"t3\",\"MeterValues\",{\"connectorId\":1,\"transactionId\":4242,\"meterValue\":"
                + "[{\"timestamp\":\"2026-03-02T09:05:00Z\",\"sampledValue\":[{\"value\":\"3.6\",\"unit\":\"kW\","
                + "\"measurand\":\"Power.Active.Import\"}]}]}]");
        assertThat(connection.activeTransaction()).contains(new ChargePointTransactions.RunningTransaction("4242", 1, null));
        assertThat(delivered.get(2).chargeRateKw()).isEqualTo(3.6);
    }

    /** The token a session was authorised with is how pairing learns cars (issue 16): it rides on the session's reports. */
    @Test
    void theSessionsIdTagRidesOnTheChargersReportsUntilTheSessionEnds() {
        connection.receive("[2,\"t1\",\"StartTransaction\",{\"connectorId\":1,\"idTag\":\"04A1B2C3\",\"meterStart\":1500,"
                + "\"timestamp\":\"2026-03-02T08:00:00Z\"}]");
        int transactionId = JSON.readTree(sent.get(0)).get(2).get("transactionId").asInt();
        connection.receive(status(1, "Charging", "2026-03-02T08:00:05Z"));
        connection.receive("[2,\"t2\",\"StopTransaction\",{\"transactionId\":" + transactionId
                + ",\"meterStop\":4500,\"timestamp\":\"2026-03-02T09:00:00Z\"}]");
        connection.receive(status(1, "Finishing", "2026-03-02T09:00:01Z"));
        connection.receive("[2,\"t3\",\"StartTransaction\",{\"connectorId\":1,\"idTag\":\"" + "x".repeat(256)
                + "\",\"meterStart\":4500,\"timestamp\":\"2026-03-02T09:30:00Z\"}]");

        // The schema's idTag is at most 20 characters: a longer one is refused before it could ride anywhere.
        assertThat(JSON.readTree(sent.get(sent.size() - 1)).get(2).asString()).isEqualTo("PropertyConstraintViolation");
        assertThat(delivered).extracting(Observation::idTag)
                .containsExactly("04A1B2C3", "04A1B2C3", "04A1B2C3", null);
    }

    private static String status(int connectorId, String status, String timestamp) {
        return "[2,\"s%s\",\"StatusNotification\",{\"connectorId\":%d,\"errorCode\":\"NoError\",\"status\":\"%s\"%s}]"
                .formatted(UUID.randomUUID().toString().substring(0, 8), connectorId, status,
                        timestamp == null ? "" : ",\"timestamp\":\"" + timestamp + "\"");
    }
}
