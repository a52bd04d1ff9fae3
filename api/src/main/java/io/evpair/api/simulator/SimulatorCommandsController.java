package io.evpair.api.simulator;

import io.evpair.api.problems.ApiProblemException;
import io.evpair.api.security.AuthenticatedClient;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.simulator.DeviceBehaviour;
import io.evpair.engine.simulator.SimulatedCommand;
import io.evpair.engine.simulator.SimulatedOemLedger;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the simulated OEM received, and how it is told to answer (SPEC §6.1). */
@RestController
@Tag(name = "Simulator")
@ConditionalOnProperty(name = "evpair.simulator.enabled", havingValue = "true")
class SimulatorCommandsController {
    private final SimulatedOemLedger ledger;

    SimulatorCommandsController(SimulatedOemLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/simulator/commands")
    @Operation(operationId = "listSimulatedCommands", summary = "The commands the simulated OEM received for a device, oldest first, with their outcome")
    CommandList commands(AuthenticatedClient client, @RequestParam String vendorDeviceId) {
        return new CommandList(ledger.commands(client.id(), vendorDeviceId).stream().map(CommandItem::of).toList());
    }

    @PostMapping("/simulator/devices/{vendorDeviceId}/behaviour")
    @Operation(operationId = "setSimulatedDeviceBehaviour", summary = "Set how the simulated OEM answers commands for a device")
    BehaviourSetting behaviour(AuthenticatedClient client, @PathVariable String vendorDeviceId,
                               @Valid @RequestBody BehaviourSetting request) {
        if (ledger.setBehaviour(client.id(), vendorDeviceId, request.behaviour()) == 0) {
            throw ApiProblemException.notFound("Simulated device", vendorDeviceId);
        }
        return new BehaviourSetting(request.behaviour());
    }

    @Schema(name = "SimulatedDeviceBehaviour")
    record BehaviourSetting(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull DeviceBehaviour behaviour) {
    }

    @Schema(name = "SimulatedCommands")
    record CommandList(List<CommandItem> data) {
    }

    @Schema(name = "SimulatedCommand")
    record CommandItem(UUID id, String vendorDeviceId, DeviceType deviceType,
                       @Schema(allowableValues = {"START_CHARGING", "STOP_CHARGING", "SET_MAX_CURRENT", "SET_CHARGE_RATE_LIMIT"}) String command,
                       @Schema(description = "A for SET_MAX_CURRENT, kW for SET_CHARGE_RATE_LIMIT") Double value,
                       Instant receivedAt, DeviceBehaviour outcome) {
        static CommandItem of(SimulatedCommand c) {
            return new CommandItem(c.id(), c.vendorDeviceId(), c.deviceType(), c.command(), c.value(), c.receivedAt(), c.outcome());
        }
    }
}
