package io.evpair.app.ocpp;

import io.evpair.engine.ids.ChargerId;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.IntegrationTest;
import io.evpair.engine.chargepoints.ChargePointCommand;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.chargepoints.ChargePointSockets;
import io.evpair.engine.chargepoints.RelayedCommands;
import io.evpair.engine.chargepoints.RelayedCommands.RelayedCommand;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cluster's OCPP relay in PostgreSQL: each relayed command is taken by its holder once, its answer comes back
 * as the charge point gave it, and a socket's holder is the instance it last connected to.
 */
class RelayedCommandsTest extends IntegrationTest {
    @Autowired
    RelayedCommands relayed;
    @Autowired
    ChargePointSockets sockets;

    @Test
    void aRelayedCommandIsTakenOnceAndItsAnswerComesBack() {
        UUID holder = UUID.randomUUID();
        RelayedCommand limit = new RelayedCommand(UUID.randomUUID(), new ChargerId(UUID.randomUUID()), "cp-" + UUID.randomUUID(),
                ChargePointCommand.SET_MAX_CURRENT, 16.0);
        RelayedCommand lift = new RelayedCommand(UUID.randomUUID(), limit.chargerId(), limit.chargePointId(),
                ChargePointCommand.SET_CHARGE_RATE_LIMIT, null);
        relayed.relay(limit, holder);
        relayed.relay(lift, holder);

        assertThat(relayed.claim(UUID.randomUUID())).isEmpty();
        assertThat(relayed.claim(holder)).containsExactlyInAnyOrder(limit, lift);
        assertThat(relayed.claim(holder)).isEmpty();
        assertThat(relayed.answer(limit.id())).isEmpty();

        relayed.forgetAnswered(limit.id());
        relayed.answered(limit.id(), new CommandResult.Rejected("connector 1 faulted"));
        relayed.answered(lift.id(), new CommandResult.Accepted());
        assertThat(relayed.answer(limit.id())).contains(new CommandResult.Rejected("connector 1 faulted"));
        assertThat(relayed.answer(lift.id())).contains(new CommandResult.Accepted());
    }

    @Test
    void unreachableAndUnansweredCommandsKeepTheirDetail() {
        UUID holder = UUID.randomUUID();
        RelayedCommand start = new RelayedCommand(UUID.randomUUID(), new ChargerId(UUID.randomUUID()), "cp-" + UUID.randomUUID(),
                ChargePointCommand.START, null);
        RelayedCommand stop = new RelayedCommand(UUID.randomUUID(), start.chargerId(), start.chargePointId(),
                ChargePointCommand.STOP, null);
        relayed.relay(start, holder);
        relayed.relay(stop, holder);
        relayed.claim(holder);

        relayed.answered(start.id(), new CommandResult.Unreachable("socket closed"));
        relayed.answered(stop.id(), new CommandResult.NoResponse("no answer in 30 s"));

        assertThat(relayed.answer(start.id())).contains(new CommandResult.Unreachable("socket closed"));
        assertThat(relayed.answer(stop.id())).contains(new CommandResult.NoResponse("no answer in 30 s"));
    }

    @Test
    void theHolderIsTheInstanceTheChargePointLastConnectedTo() {
        String chargePoint = "cp-" + UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        sockets.opened(chargePoint, first);
        sockets.opened(chargePoint, second);
        sockets.closed(chargePoint, first);

        assertThat(sockets.holder(chargePoint)).contains(second);
        sockets.closed(chargePoint, second);
        assertThat(sockets.holder(chargePoint)).isEmpty();
    }
}
