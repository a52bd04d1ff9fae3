package io.evpair.engine.linking;

import java.util.Optional;

/** Storage port for claimed charge points. A credential disappears with its charger. */
public interface ChargePointCredentialStore {
    Optional<ChargePointCredential> find(String chargePointId);

    /** Stores the credential unless the identity is already claimed; true when this call stored it. */
    boolean insertIfAbsent(ChargePointCredential credential);
}
