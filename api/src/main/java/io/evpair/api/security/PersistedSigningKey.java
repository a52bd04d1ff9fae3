package io.evpair.api.security;

import com.nimbusds.jose.jwk.RSAKey;
import io.evpair.engine.clients.SigningKeyStore;
import io.evpair.engine.clients.SigningKeyStore.SigningKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.UUID;

/** Loads the token-signing RSA key from storage, creating and storing one on first start. */
final class PersistedSigningKey {
    private PersistedSigningKey() {
    }

    static RSAKey load(SigningKeyStore store) {
        SigningKey key = store.current().orElseGet(() -> store.saveIfAbsent(generate()));
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(key.publicKeyX509()));
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(key.privateKeyPkcs8()));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(key.keyId()).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored token signing key cannot be read", e);
        }
    }

    private static SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new SigningKey(UUID.randomUUID().toString(), pair.getPrivate().getEncoded(), pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }
}
