package io.evpair.engine.maintenance;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.control.AdapterDirectory;
import io.evpair.engine.control.ChargerMaintenance;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.control.ResetKind;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.transaction.Transactions;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

/**
 * A client's reset and unlock-connector requests for its chargers. The command goes out on the dispatch
 * threads, as charging commands to slow devices do, so that no request thread waits on a charge point; the
 * answer is the charger's own (there is no action: nothing it reports afterwards confirms a reset).
 */
public final class ChargerMaintenanceRequests {
    private final DeviceStore devices;
    private final AdapterDirectory adapters;
    private final Transactions transactions;
    private final Executor dispatch;

    public ChargerMaintenanceRequests(DeviceStore devices, AdapterDirectory adapters, Transactions transactions,
                                      Executor dispatch) {
        this.devices = devices;
        this.adapters = adapters;
        this.transactions = transactions;
        this.dispatch = dispatch;
    }

    public MaintenanceRequest reset(ClientId clientId, ChargerId chargerId, ResetKind kind) {
        return send(clientId, chargerId, (maintenance, charger) -> maintenance.reset(charger, kind));
    }

    public MaintenanceRequest unlockConnector(ClientId clientId, ChargerId chargerId, int connectorId) {
        return send(clientId, chargerId, (maintenance, charger) -> maintenance.unlockConnector(charger, connectorId));
    }

    private MaintenanceRequest send(ClientId clientId, ChargerId chargerId,
                                    BiFunction<ChargerMaintenance, DeviceAddress, CommandResult> command) {
        Optional<DeviceAddress> charger = transactions.inTransaction(() -> devices.findCharger(clientId, chargerId))
                .map(c -> new DeviceAddress(c.id().value(), DeviceType.CHARGER, c.vendor(), c.vendorDeviceId()));
        if (charger.isEmpty()) {
            return new MaintenanceRequest.UnknownCharger();
        }
        Optional<ChargerMaintenance> maintenance = adapters.maintenance(charger.get());
        if (maintenance.isEmpty()) {
            return new MaintenanceRequest.Unsupported(charger.get().vendor());
        }
        return new MaintenanceRequest.Sent(CompletableFuture.supplyAsync(
                () -> command.apply(maintenance.get(), charger.get()), dispatch));
    }
}
