package io.evpair.engine.devices;

import io.evpair.engine.ids.ChargerId;

/** Where a charger's own description of itself goes (an OCPP BootNotification: vendor, model, serial number). */
public interface ChargerDescriptions {
    /** Replaces the charger's brand, model and serial number with those known; unknown (null) ones are kept. */
    void describe(ChargerId chargerId, ChargerInformation information);
}
