package io.evpair.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.evpair.engine.clients.ApiClientStore;
import io.evpair.engine.clients.LoginThrottle;
import io.evpair.engine.clients.SigningKeyStore;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.request.async.WebAsyncManagerIntegrationFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Four filter chains, first match wins: the OAuth2 token endpoint; the operator's {@code /admin} API behind
 * its own credential; public documentation and health; and everything else as a stateless API that
 * wants a client's bearer token. ({@link SelfAuthenticatingPathsSecurity} adds one before them for paths
 * that carry their own credential: OCPP and the link page.)
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AdminProperties.class, AuthProperties.class})
public class SecurityConfiguration implements WebMvcConfigurer {
    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final Duration TOKEN_CLOCK_SKEW = Duration.ofSeconds(5);
    private static final String[] PUBLIC_PATHS = {
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**",
            "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/error", "/dashboard", "/dashboard/**"};

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new AuthenticatedClientResolver());
    }

    /**
     * No Spring Security observations, and no decorator wrapping each of its filters in one on every request. The
     * {@code management.observations.enable.spring.security=false} predicate alone made the observations no-ops but
     * left the decorator (its wrappers were in the single-observation profile, docs/performance.md); nothing exports
     * these spans, and {@code http.server.requests} still times every request.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenEndpoint(HttpSecurity http, JsonMapper json, LoginThrottle throttle) throws Exception {
        http.oauth2AuthorizationServer(as -> http.securityMatcher(as.getEndpointsMatcher()))
                .addFilterBefore(new LoginRateLimitFilter(throttle, json, "client"), WebAsyncManagerIntegrationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(new ProblemResponses(json, "Basic realm=\"evpair\"")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain operatorApi(HttpSecurity http, JsonMapper json, LoginThrottle throttle,
                                    AdminProperties operatorCredential) throws Exception {
        String username = operatorCredential.username();
        String password = operatorCredential.password();
        ProblemResponses problems = new ProblemResponses(json, "Basic realm=\"evpair-admin\"");
        http.securityMatcher("/admin/**")
                .addFilterBefore(new LoginRateLimitFilter(throttle, json, "operator"), WebAsyncManagerIntegrationFilter.class)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (password.isBlank()) {
            log.warn("evpair.admin.password is not set: the operator API /admin/** refuses every request");
            http.authorizeHttpRequests(a -> a.anyRequest().denyAll());
        } else {
            var admin = User.withUsername(username)
                    .password(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password))
                    .roles("OPERATOR").build();
            // Not InMemoryUserDetailsManager: it matches user names case-insensitively. A copy per login, as the
            // provider erases the credentials of what it is given.
            UserDetailsService operator = name -> {
                if (!username.equals(name)) {
                    throw new UsernameNotFoundException("not the operator");
                }
                return User.withUserDetails(admin).build();
            };
            http.authenticationManager(new ProviderManager(new DaoAuthenticationProvider(operator)))
                    .httpBasic(b -> b.authenticationEntryPoint(problems))
                    .authorizeHttpRequests(a -> a.anyRequest().hasRole("OPERATOR"));
        }
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain publicPaths(HttpSecurity http) throws Exception {
        http.securityMatcher(PUBLIC_PATHS)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain clientApi(HttpSecurity http, JsonMapper json, JwtDecoder decoder) throws Exception {
        ProblemResponses problems = new ProblemResponses(json, "Bearer");
        // A bearer token on every request and no session: nothing to log out of, no request to save for after a
        // login, no anonymous user to stand in, no servlet API wrapper to ask for roles. Each of those filters ran
        // on every request, and each request wrapper layer is walked on every getMethod/getHeader, dozens of times
        // per request while Spring MVC matches the path against every mapping.
        http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .csrf(c -> c.disable())
                .logout(c -> c.disable())
                .requestCache(c -> c.disable())
                .anonymous(c -> c.disable())
                .servletApi(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.decoder(decoder)).bearerTokenResolver(new BearerTokenHeader())
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /**
     * The default firewall, checking header names and values without regular expressions (see {@link HeaderValues});
     * what it refuses is answered by {@code RejectedRequests}.
     */
    @Bean
    WebSecurityCustomizer firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderValues::allowed);
        firewall.setAllowedHeaderValues(HeaderValues::allowed);
        // PostgreSQL cannot store U+0000; Tomcat already refuses it in the path.
        firewall.setAllowedParameterValues(value -> value.indexOf('\0') < 0);
        return web -> web.httpFirewall(firewall);
    }

    @Bean
    RegisteredClientRepository registeredClients(ApiClientStore clients,
                                                 AuthProperties auth) {
        return new ApiClientRegistrations(clients, auth.tokenTtl());
    }

    @Bean
    OAuth2AuthorizationService authorizations() {
        return new StatelessAuthorizations();
    }

    @Bean
    RSAKey tokenSigningKey(SigningKeyStore keys) {
        return PersistedSigningKey.load(keys);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey tokenSigningKey) {
        return new ImmutableJWKSet<>(new JWKSet(tokenSigningKey));
    }

    /**
     * Verifies with the one public key directly (converting it from the JWK set on every request cost ~10 % of a
     * read), and only once per token (see {@link VerifiedTokenCache}); expiry with 5 s of clock skew, not the
     * default 60 s; then whether the client still exists and has not revoked the token ({@link RevocableTokens}).
     */
    @Bean
    JwtDecoder jwtDecoder(RSAKey tokenSigningKey, ApiClientStore clients) throws JOSEException {
        NimbusJwtDecoder verifier = NimbusJwtDecoder.withPublicKey(tokenSigningKey.toRSAPublicKey()).build();
        verifier.setJwtValidator(JwtValidators.createDefaultWithValidators(
                List.of(new JwtTimestampValidator(TOKEN_CLOCK_SKEW))));
        return new RevocableTokens(new VerifiedTokenCache(verifier, java.time.Clock.systemUTC()), clients);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> clientRefClaim() {
        return context -> context.getClaims()
                .claim(AuthenticatedClientResolver.CLIENT_REF_CLAIM, context.getRegisteredClient().getId())
                .claim(RevocableTokens.GENERATION_CLAIM, context.getRegisteredClient().getClientSettings()
                        .<Integer>getSetting(ApiClientRegistrations.TOKEN_GENERATION_SETTING));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }
}
