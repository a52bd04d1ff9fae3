package io.evpair.api.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens already verified, until they expire. A client sends the same bearer token on every
 * request for an hour; checking its RSA signature and claims each time was half the CPU of a read. A signed
 * token cannot change, so the cache can never disagree with another instance; it only skips repeated work.
 */
final class VerifiedTokenCache implements JwtDecoder {
    private static final int CAPACITY = 10_000;

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Map<String, Jwt> verified = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Jwt> eldest) {
            return size() > CAPACITY;
        }
    };

    VerifiedTokenCache(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known;
        synchronized (verified) {
            known = verified.get(token);
        }
        if (known != null && known.getExpiresAt() != null && known.getExpiresAt().isAfter(clock.instant())) {
            return known;
        }
        Jwt jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null) {
            synchronized (verified) {
                verified.put(token, jwt);
            }
        }
        return jwt;
    }
}
