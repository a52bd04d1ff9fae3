package io.evpair.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** Resolves, ignores and refuses exactly the Authorization headers Spring Security's default resolver does. */
class BearerTokenHeaderTest {
    private static final String ALPHABET = "abcXYZ019-._~+/= \t,;%Bearer";

    static LongStream seeds() {
        return LongStream.range(0, 500);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithTheDefaultResolver(long seed) {
        Random random = new Random(seed);
        String scheme = switch (random.nextInt(5)) {
            case 0 -> "Bearer ";
            case 1 -> "bEaReR ";
            case 2 -> "Bearer";
            case 3 -> "Basic ";
            default -> "";
        };
        StringBuilder header = new StringBuilder(scheme);
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            header.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", header.toString());

        String expected;
        try {
            expected = new DefaultBearerTokenResolver().resolve(request);
        } catch (OAuth2AuthenticationException refused) {
            assertThatThrownBy(() -> new BearerTokenHeader().resolve(request)).as("seed %d: '%s'", seed, header)
                    .isInstanceOf(OAuth2AuthenticationException.class);
            return;
        }
        assertThat(new BearerTokenHeader().resolve(request)).as("seed %d: '%s'", seed, header).isEqualTo(expected);
    }

    @Test
    void noHeaderIsNoToken() {
        assertThat(new BearerTokenHeader().resolve(new MockHttpServletRequest())).isNull();
    }
}
