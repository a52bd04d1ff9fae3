package io.evpair.engine.devices;

/** Vendor names that the service itself provides adapters for. */
public final class Vendors {
    /** The virtual OEM inside the service (SPEC §6.1). */
    public static final String SIMULATED = "SIMULATED";
    /** Chargers that talk OCPP 1.6J to us directly. */
    public static final String OCPP = "OCPP";

    private Vendors() {
    }
}
