package io.evpair.adapters.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.chargepoints.ChargePointTransactions;
import io.evpair.engine.control.ResetKind;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** How each way a command can end maps onto CommandResult. */
class OcppChargingCommandsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private final OcppSettings settings = new OcppSettings(Duration.ofMinutes(5), Duration.ofMillis(300), "evpair");
    private final LocalChargePointSessions sessions = new LocalChargePointSessions();
    private final OcppChargingCommands commands = new OcppChargingCommands(sessions, settings, clock);
    private final UUID chargerId = UUID.randomUUID();
    private final DeviceAddress address = new DeviceAddress(chargerId, DeviceType.CHARGER, Vendor.OCPP, "CP-7");
    private final List<String> sent = new ArrayList<>();

    @Test
    void aChargePointThatIsNotConnectedIsUnreachable() {
        assertThat(commands.startCharging(address)).isInstanceOf(CommandResult.Unreachable.class);
    }

    @Test
    void aConnectionOfAnotherChargerWithTheSameIdentityIsNotUsed() {
        connect(frame -> sent.add(frame), UUID.randomUUID());

        assertThat(commands.startCharging(address)).isInstanceOf(CommandResult.Unreachable.class);
        assertThat(sent).isEmpty();
    }

    @Test
    void silenceIsNoResponse() {
        connect(sent::add, chargerId);

        assertThat(commands.startCharging(address)).isInstanceOf(CommandResult.NoResponse.class);
    }

    @Test
    void aSocketThatCannotSendIsUnreachable() {
        connect(frame -> {
            throw new IOException("broken pipe");
        }, chargerId);

        assertThat(commands.setMaxCurrent(address, 16)).isInstanceOf(CommandResult.Unreachable.class);
    }

    @Test
    void acceptedRejectedAndCallErrorsAreTheChargePointsAnswers() {
        ChargePointConnection connection = connect(sent::add, chargerId);

        assertThat(answering(connection, "[3,\"%s\",{\"status\":\"Accepted\"}]", () -> commands.startCharging(address)))
                .isEqualTo(new CommandResult.Accepted());
        assertThat(answering(connection, "[3,\"%s\",{\"status\":\"Rejected\"}]", () -> commands.setMaxCurrent(address, 10)))
                .isInstanceOf(CommandResult.Rejected.class);
        assertThat(answering(connection, "[4,\"%s\",\"NotSupported\",\"no profiles\",{}]",
                () -> commands.setChargeRateLimit(address, 7.4)))
                .isInstanceOf(CommandResult.Rejected.class);
    }

    @Test
    void stopWithoutAKnownTransactionIsRejectedWithoutACall() {
        connect(sent::add, chargerId);

        assertThat(commands.stopCharging(address)).isInstanceOf(CommandResult.Rejected.class);
        assertThat(sent).isEmpty();
    }

    @Test
    void withoutATransactionAChargeRateLimitIsOurTxDefaultProfileInAmperesUntilTheChargePointAllowsWatts() {
        ChargePointConnection connection = connect(sent::add, chargerId);

        answering(connection, "[3,\"%s\",{\"status\":\"Accepted\"}]", () -> commands.setChargeRateLimit(address, 11.04));

        var payload = JSON.readTree(sent.get(0)).get(3);
        assertThat(payload.get("connectorId").asInt()).isZero();
        var profile = payload.get("csChargingProfiles");
        assertThat(profile.get("chargingProfileId").asInt()).isEqualTo(OcppChargingCommands.CHARGE_RATE_PROFILE_ID);
        assertThat(profile.get("stackLevel").asInt()).isEqualTo(OcppChargingCommands.CHARGE_RATE_STACK_LEVEL);
        assertThat(profile.get("chargingProfilePurpose").asString()).isEqualTo("TxDefaultProfile");
        assertThat(profile.get("chargingProfileKind").asString()).isEqualTo("Absolute");
        assertThat(profile.get("chargingSchedule").get("startSchedule").asString()).isEqualTo("2026-03-02T08:00:00Z");
        assertThat(profile.get("chargingSchedule").get("chargingRateUnit").asString()).isEqualTo("A");
        var period = profile.get("chargingSchedule").get("chargingSchedulePeriod").get(0);
        assertThat(period.get("limit").asDouble()).isEqualTo(16.0);
        assertThat(period.get("numberPhases").asInt()).isEqualTo(3);
    }

    @Test
    void duringATransactionAChargeRateLimitIsItsTxProfileInWattsWhereAllowed() {
        ChargePointConnection connection = connect(sent::add, chargerId);
        connection.opened(Duration.ofSeconds(5));
        var getConfiguration = JSON.readTree(sent.get(0));
        assertThat(getConfiguration.get(2).asString()).isEqualTo("GetConfiguration");
        connection.receive("[3,\"" + getConfiguration.get(1).asString() + "\",{\"configurationKey\":[{\"key\":"
                + "\"ChargingScheduleAllowedChargingRateUnit\",\"readonly\":true,\"value\":\"Current,Power\"}]}]");
        sent.clear();
        connection.receive("[2,\"t1\",\"StartTransaction\",{\"connectorId\":2,\"idTag\":\"x\",\"meterStart\":0,"
                + "\"timestamp\":\"2026-03-02T08:00:00Z\"}]");
        int transactionId = JSON.readTree(sent.get(0)).get(2).get("transactionId").asInt();

        answering(connection, "[3,\"%s\",{\"status\":\"Accepted\"}]", () -> commands.setChargeRateLimit(address, 3.7));

        var payload = JSON.readTree(sent.get(1)).get(3);
        assertThat(payload.get("connectorId").asInt()).isEqualTo(2);
        var profile = payload.get("csChargingProfiles");
        assertThat(profile.get("chargingProfilePurpose").asString()).isEqualTo("TxProfile");
        assertThat(profile.get("transactionId").asInt()).isEqualTo(transactionId);
        assertThat(profile.get("chargingSchedule").get("chargingRateUnit").asString()).isEqualTo("W");
        assertThat(profile.get("chargingSchedule").get("chargingSchedulePeriod").get(0).get("limit").asDouble()).isEqualTo(3700.0);
    }

    @Test
    void maxCurrentIsOurTxDefaultProfileNeverTheInstallersChargePointMaxProfile() {
        ChargePointConnection connection = connect(sent::add, chargerId);

        answering(connection, "[3,\"%s\",{\"status\":\"Accepted\"}]", () -> commands.setMaxCurrent(address, 16));

        var profile = JSON.readTree(sent.get(0)).get(3).get("csChargingProfiles");
        assertThat(profile.get("chargingProfilePurpose").asString()).isEqualTo("TxDefaultProfile");
        assertThat(profile.get("chargingProfileId").asInt()).isEqualTo(OcppChargingCommands.MAX_CURRENT_PROFILE_ID);
        assertThat(profile.get("stackLevel").asInt()).isEqualTo(OcppChargingCommands.MAX_CURRENT_STACK_LEVEL);
        assertThat(profile.get("chargingSchedule").get("chargingRateUnit").asString()).isEqualTo("A");
    }

    @Test
    void remoteStartGoesToTheConnectorAVehicleWaitsOn() {
        ChargePointConnection connection = connect(sent::add, chargerId);
        connection.receive("[2,\"s1\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Available\"}]");
        connection.receive("[2,\"s2\",\"StatusNotification\",{\"connectorId\":2,\"errorCode\":\"NoError\",\"status\":\"Preparing\"}]");
        sent.clear();

        answering(connection, "[3,\"%s\",{\"status\":\"Accepted\"}]", () -> commands.startCharging(address));

        assertThat(JSON.readTree(sent.get(0)).get(3).get("connectorId").asInt()).isEqualTo(2);
    }

    @Test
    void resetAndUnlockConnectorForSupport() {
        ChargePointConnection connection = connect(sent::add, chargerId);

        assertThat(answering(connection, "[3,\"%s\",{\"status\":\"Accepted\"}]", () -> commands.reset(address, ResetKind.SOFT)))
                .isEqualTo(new CommandResult.Accepted());
        assertThat(answering(connection, "[3,\"%s\",{\"status\":\"Unlocked\"}]", () -> commands.unlockConnector(address, 2)))
                .isEqualTo(new CommandResult.Accepted());
        assertThat(answering(connection, "[3,\"%s\",{\"status\":\"UnlockFailed\"}]", () -> commands.unlockConnector(address, 2)))
                .isInstanceOf(CommandResult.Rejected.class);

        var reset = JSON.readTree(sent.get(0));
        assertThat(reset.get(2).asString()).isEqualTo("Reset");
        assertThat(reset.get(3).get("type").asString()).isEqualTo("Soft");
        var unlock = JSON.readTree(sent.get(1));
        assertThat(unlock.get(2).asString()).isEqualTo("UnlockConnector");
        assertThat(unlock.get(3).get("connectorId").asInt()).isEqualTo(2);
    }

    @Test
    void aLimitThatWouldRoundToZeroIsNotSent() {
        connect(sent::add, chargerId);

        assertThat(commands.setChargeRateLimit(address, 0.02)).isInstanceOf(CommandResult.Rejected.class);
        assertThat(sent).isEmpty();
    }

    @Test
    void liftingTheLimitClearsOurProfileOnly() {
        ChargePointConnection connection = connect(sent::add, chargerId);

        assertThat(answering(connection, "[3,\"%s\",{\"status\":\"Accepted\"}]", () -> commands.clearChargeRateLimit(address)))
                .isEqualTo(new CommandResult.Accepted());

        var call = JSON.readTree(sent.get(0));
        assertThat(call.get(2).asString()).isEqualTo("ClearChargingProfile");
        assertThat(call.get(3).get("id").asInt()).isEqualTo(OcppChargingCommands.CHARGE_RATE_PROFILE_ID);
        assertThat(call.get(3).size()).isEqualTo(1);
    }

    private ChargePointConnection connect(FrameSender sender, UUID charger) {
        ChargePointConnection connection = new ChargePointConnection("CP-7", charger,
                new CentralSystem(observations -> {
                }, (id, information) -> { }, new InMemoryChargePointTransactions(), settings, clock), sender);
        sessions.opened(connection);
        return connection;
    }

    /** Runs the command while the charge point answers its call with {@code answerTemplate} (%s = message id). */
    private CommandResult answering(ChargePointConnection connection, String answerTemplate,
                                    java.util.function.Supplier<CommandResult> command) {
        int before = sent.size();
        CompletableFuture<CommandResult> result = CompletableFuture.supplyAsync(command);
        while (sent.size() == before) {
            Thread.onSpinWait();
        }
        String messageId = JSON.readTree(sent.get(before)).get(1).asString();
        connection.receive(answerTemplate.formatted(messageId));
        return result.join();
    }
}
