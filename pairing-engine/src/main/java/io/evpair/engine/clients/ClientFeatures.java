package io.evpair.engine.clients;

import java.util.Objects;

/**
 * What an operator has switched on for one API client. Clients that orchestrate chargers themselves
 * turn unlocking and orchestration off; pairing itself keeps working for them.
 */
public record ClientFeatures(boolean capabilityUnlocking, boolean commandOrchestration, ChargeRateSource chargeRateSource) {
    public static final ClientFeatures DEFAULTS = new ClientFeatures(true, true, ChargeRateSource.CHARGER);

    public ClientFeatures {
        Objects.requireNonNull(chargeRateSource, "chargeRateSource");
    }
}
