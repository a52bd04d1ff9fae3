package io.evpair.api.security;

import io.evpair.engine.clients.ApiClient;
import io.evpair.engine.clients.ApiClientStore;
import io.evpair.engine.ids.ClientId;
import java.time.Duration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Presents our API clients to the authorization server as OAuth2 registered clients that may use the
 * client-credentials grant. Clients are created through {@code /admin/clients}, never through this.
 */
class ApiClientRegistrations implements RegisteredClientRepository {
    /** The client's token generation at issue time, handed to the token customizer (see {@link RevocableTokens}). */
    static final String TOKEN_GENERATION_SETTING = "evpair.token-generation";

    private final ApiClientStore clients;
    private final Duration tokenTimeToLive;

    ApiClientRegistrations(ApiClientStore clients, Duration tokenTimeToLive) {
        this.clients = clients;
        this.tokenTimeToLive = tokenTimeToLive;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("API clients are registered through /admin/clients");
    }

    @Override
    public RegisteredClient findById(String id) {
        try {
            return clients.findById(ClientId.parse(id)).map(this::toRegistered).orElse(null);
        } catch (IllegalArgumentException notOurId) {
            return null;
        }
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return clients.findByClientId(clientId).map(this::toRegistered).orElse(null);
    }

    private RegisteredClient toRegistered(ApiClient client) {
        return RegisteredClient.withId(client.id().toString())
                .clientId(client.clientId())
                .clientName(client.name())
                .clientSecret(client.secretHash())
                .clientIdIssuedAt(client.createdAt())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder()
                        .setting(TOKEN_GENERATION_SETTING, clients.tokenGeneration(client.id()).orElse(0)).build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(tokenTimeToLive)
                        .build())
                .build();
    }
}
