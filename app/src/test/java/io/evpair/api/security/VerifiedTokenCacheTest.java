package io.evpair.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A token is verified once while it lives, again once it has expired, and the cache stays within its bound. */
class VerifiedTokenCacheTest {
    private final Instant start = Instant.parse("2026-12-01T12:00:00Z");
    private Instant now = start;
    private final InstantSource clock = () -> now;
    private final AtomicInteger verifications = new AtomicInteger();

    /** Tokens named "bad…" fail verification; "tN" expires N minutes after the start. */
    private final JwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (token.startsWith("bad")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("client")
                .expiresAt(start.plus(Duration.ofMinutes(Long.parseLong(token.substring(1))))).build();
    };

    @Test
    void aLiveTokenIsVerifiedOnceAndAnExpiredOneAgain() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock);
        assertThat(cache.decode("t60").getSubject()).isEqualTo("client");
        assertThat(cache.decode("t60").getSubject()).isEqualTo("client");
        assertThat(verifications).hasValue(1);

        now = start.plus(Duration.ofMinutes(60));
        cache.decode("t60");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTokenThatFailsVerificationIsNeverRemembered() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock);
        assertThatThrownBy(() -> cache.decode("bad1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("bad1")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aFullCacheShedsExpiredTokensFirstAndNeverOutgrowsItsBound() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock, 3);
        cache.decode("t1");
        cache.decode("t2");
        cache.decode("t90");
        now = start.plus(Duration.ofMinutes(5));

        cache.decode("t91");
        assertThat(cache.size()).isEqualTo(2);
        cache.decode("t90");
        assertThat(verifications).as("t90 outlived the shedding").hasValue(4);

        for (int i = 100; i < 120; i++) {
            cache.decode("t" + i);
            assertThat(cache.size()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void concurrentRequestsWithOneTokenAllGetIt() throws Exception {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<String>> reads = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                reads.add(() -> cache.decode("t60").getTokenValue());
            }
            for (Future<String> read : pool.invokeAll(reads)) {
                assertThat(read.get()).isEqualTo("t60");
            }
        } finally {
            pool.shutdown();
        }
        assertThat(verifications.get()).isBetween(1, 16);
    }
}
