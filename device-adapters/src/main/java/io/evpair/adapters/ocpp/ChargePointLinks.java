package io.evpair.adapters.ocpp;

import io.evpair.engine.devices.DeviceLinks;
import io.evpair.engine.ids.Vendor;
import java.util.Optional;

/** An OCPP charger is reachable while its charge point's WebSocket is open, on this instance or another. */
public final class ChargePointLinks implements DeviceLinks {
    private final ChargePointSessions sessions;

    public ChargePointLinks(ChargePointSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<Boolean> connected(Vendor vendor, String vendorDeviceId) {
        return vendor.equals(Vendor.OCPP) ? Optional.of(sessions.connected(vendorDeviceId)) : Optional.empty();
    }
}
