package io.evpair.engine.control;

/**
 * Restarting a charger and releasing a connector's cable, for support: not charging commands (no action, nothing
 * an observation confirms) and not an Enode capability. OCPP charge points can; vendor clouds do not offer it.
 */
public interface ChargerMaintenance extends DeviceAdapter {
    CommandResult reset(DeviceAddress charger, ResetKind kind);

    CommandResult unlockConnector(DeviceAddress charger, int connectorId);
}
