package io.evpair.engine.chargepoints;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.control.CommandResult;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Charge point commands handed from the instance that accepted them to the one holding the charge point's socket
 * ({@link ChargePointSockets}), and the charge point's answers handed back.
 */
public interface RelayedCommands {
    /**
     * One command; {@code value} is the limit for SET_MAX_CURRENT and SET_CHARGE_RATE_LIMIT (none to lift one), the
     * connector for UNLOCK_CONNECTOR.
     */
    record RelayedCommand(UUID id, ChargerId chargerId, String chargePointId, ChargePointCommand command, Double value) {
    }

    /** Hands the command to {@code holder}. */
    void relay(RelayedCommand command, UUID holder);

    /** The charge point's answer, once the holder has written it. */
    Optional<CommandResult> answer(UUID id);

    /** Deletes the command if it is answered; one still being sent stays until its holder answers it. */
    void forgetAnswered(UUID id);

    /** Takes the commands relayed to {@code instance} that no one has taken yet; each is taken once. */
    List<RelayedCommand> claim(UUID instance);

    /** The holder writes back what the charge point said. */
    void answered(UUID id, CommandResult result);
}
