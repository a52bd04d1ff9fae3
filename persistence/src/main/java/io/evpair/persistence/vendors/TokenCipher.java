package io.evpair.persistence.vendors;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts vendor tokens at rest with AES-256-GCM: a fresh 12-byte nonce per value, stored in front of the
 * ciphertext and its 128-bit tag. The key comes from configuration ({@code evpair.vendors.token-key}, base64 of 32
 * bytes) and is never logged or stored. While a key is being replaced, the keys it replaces
 * ({@code evpair.vendors.previous-token-keys}) still decrypt what they sealed: GCM's tag tells which key fits, so a
 * value is never decrypted into garbage by the wrong one.
 */
public final class TokenCipher {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** The current key first: it seals everything; the others only open what they sealed before. */
    private final List<SecretKeySpec> keys;
    private final SecureRandom random = new SecureRandom();

    private TokenCipher(List<SecretKeySpec> keys) {
        this.keys = List.copyOf(keys);
    }

    /** Fails with a message naming the setting, never the value, when the key is not base64 of 32 bytes. */
    public static TokenCipher fromBase64(String base64Key) {
        return fromBase64(base64Key, List.of());
    }

    /** The current key and the ones it replaces, newest first; each is checked as {@link #fromBase64(String)} does. */
    public static TokenCipher fromBase64(String base64Key, List<String> previousBase64Keys) {
        List<SecretKeySpec> keys = new ArrayList<>(1 + previousBase64Keys.size());
        keys.add(key(base64Key, "evpair.vendors.token-key"));
        for (int i = 0; i < previousBase64Keys.size(); i++) {
            keys.add(key(previousBase64Keys.get(i), "evpair.vendors.previous-token-keys[" + i + "]"));
        }
        return new TokenCipher(keys);
    }

    private static SecretKeySpec key(String base64Key, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalArgumentException(setting + " must be 32 bytes (256 bits), base64-encoded");
        }
        return new SecretKeySpec(key, "AES");
    }

    public byte[] encrypt(String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(0), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    public String decrypt(byte[] stored) {
        for (SecretKeySpec key : keys) {
            String plain = open(stored, key);
            if (plain != null) {
                return plain;
            }
        }
        throw new IllegalStateException("a stored vendor token cannot be decrypted: wrong evpair.vendors.token-key"
                + (keys.size() > 1 ? ", and none of evpair.vendors.previous-token-keys fits either?" : "?"));
    }

    /** Whether the current key sealed {@code stored}: what a previous key sealed is to be sealed again. */
    public boolean sealedWithCurrentKey(byte[] stored) {
        return open(stored, keys.get(0)) != null;
    }

    /** {@code stored} as the current key seals it: the same array when it already does. */
    public byte[] resealed(byte[] stored) {
        return sealedWithCurrentKey(stored) ? stored : encrypt(decrypt(stored));
    }

    /** Whether there are previous keys, so that stored tokens may still need sealing with the current one. */
    public boolean replacesKeys() {
        return keys.size() > 1;
    }

    /** The plain text, or null when {@code key} did not seal {@code stored}. */
    private static String open(byte[] stored, SecretKeySpec key) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (BadPaddingException | IllegalBlockSizeException | IllegalArgumentException e) {
            return null; // another key's tag (AEADBadTagException), or a value too short to hold one
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }
}
