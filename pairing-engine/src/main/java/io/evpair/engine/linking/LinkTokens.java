package io.evpair.engine.linking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Link tokens and the secrets derived from them. A token is 20 random bytes as 40 hex characters: 160 bits
 * are far beyond guessing, and 40 characters is the longest password (AuthorizationKey) the OCPP 1.6
 * security profiles let a charge point hold. Because the tokens are random, a plain SHA-256 is a sound way
 * to store them (no salt or slow hash needed) and lets us find a session by its token's hash.
 */
public final class LinkTokens {
    private static final int TOKEN_BYTES = 20;
    private static final HexFormat HEX = HexFormat.of();

    private final SecureRandom random;

    public LinkTokens(SecureRandom random) {
        this.random = random;
    }

    public String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    public static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HEX.formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Compares two hashes in time independent of where they differ, so timing reveals nothing. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
