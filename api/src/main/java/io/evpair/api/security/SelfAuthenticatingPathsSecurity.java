package io.evpair.api.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Paths that carry their own credential, so the client API's bearer-token chain must not see them:
 * OCPP charge points, which authenticate per charge point with HTTP Basic in their WebSocket handshake
 * (checked by the OCPP adapter, which knows the charge points), the link page, whose URL holds the
 * link token, and the vendors' OAuth2 redirect {@code /link/callback}, whose single-use state is its credential, and vendors' webhooks {@code /vendors/{vendor}/webhooks},
 * whose signature is theirs (checked by the vendor's adapter). Order 0 puts it before the four chains of {@link SecurityConfiguration}; its paths match
 * none of theirs, so it changes nothing for them.
 */
@Configuration(proxyBeanMethods = false)
class SelfAuthenticatingPathsSecurity {
    @Bean
    @Order(0)
    SecurityFilterChain selfAuthenticatingPaths(HttpSecurity http) throws Exception {
        http.securityMatcher("/ocpp/**", "/link/*", "/vendors/*/webhooks")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
