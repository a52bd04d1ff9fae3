package io.evpair.api.security;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens already verified, until they expire. A client sends the same bearer token on every
 * request for an hour; checking its RSA signature and claims each time was half the CPU of a read. A signed
 * token cannot change, so the cache can never disagree with another instance; it only skips repeated work.
 * <p>
 * Every authenticated request passes here, so no request waits for another: the map is concurrent, and a full map
 * first sheds expired tokens, then everything (each live token is verified once more). One lock taken by every
 * request would make all of them wait whenever a thread holding it is descheduled.
 */
final class VerifiedTokenCache implements JwtDecoder {
    private static final int CAPACITY = 10_000;

    private final JwtDecoder verifier;
    private final InstantSource clock;
    private final int capacity;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache(JwtDecoder verifier, InstantSource clock) {
        this(verifier, clock, CAPACITY);
    }

    VerifiedTokenCache(JwtDecoder verifier, InstantSource clock, int capacity) {
        this.verifier = verifier;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Jwt known = verified.get(token);
        if (known != null && known.getExpiresAt().isAfter(now)) {
            return known;
        }
        Jwt jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null) {
            if (verified.size() >= capacity) {
                verified.values().removeIf(t -> !t.getExpiresAt().isAfter(now));
                if (verified.size() >= capacity) {
                    verified.clear();
                }
            }
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** Tokens remembered now (for tests). */
    int size() {
        return verified.size();
    }
}
