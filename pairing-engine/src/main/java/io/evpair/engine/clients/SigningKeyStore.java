package io.evpair.engine.clients;

import java.util.Optional;

/**
 * Keeps the key that signs access tokens, so that tokens survive a restart and every instance
 * of a deployment accepts the tokens of the others.
 */
public interface SigningKeyStore {
    Optional<SigningKey> current();

    /** Stores {@code candidate} unless another instance stored one first; returns the one that won. */
    SigningKey saveIfAbsent(SigningKey candidate);

    /** An RSA key pair in its standard encodings (PKCS#8 private, X.509 public). */
    record SigningKey(String keyId, byte[] privateKeyPkcs8, byte[] publicKeyX509) {
    }
}
