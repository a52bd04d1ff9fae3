package io.evpair.engine.clients;

/**
 * One-way hashing of client secrets. The stored form must be what the token endpoint verifies
 * against, so the security side that verifies also hashes.
 */
public interface SecretHasher {
    String hash(String rawSecret);
}
