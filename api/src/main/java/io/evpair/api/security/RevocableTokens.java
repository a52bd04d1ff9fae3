package io.evpair.api.security;

import io.evpair.engine.clients.ApiClientStore;
import io.evpair.engine.ids.ClientId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Refuses a signed, unexpired token whose client was deleted or whose tokens were revoked since it was issued
 * (the token's generation claim is no longer the client's). One primary-key read per request, against the
 * database every instance shares, so a revocation holds everywhere from the next request on.
 */
final class RevocableTokens implements JwtDecoder {
    static final String GENERATION_CLAIM = "tgen";

    private final JwtDecoder verifier;
    private final ApiClientStore clients;

    RevocableTokens(JwtDecoder verifier, ApiClientStore clients) {
        this.verifier = verifier;
        this.clients = clients;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = verifier.decode(token);
        String clientRef = jwt.getClaimAsString(AuthenticatedClientResolver.CLIENT_REF_CLAIM);
        if (clientRef == null) {
            return jwt;
        }
        UUID id;
        try {
            id = UUID.fromString(clientRef);
        } catch (IllegalArgumentException e) {
            throw new BadJwtException("The token names no known client");
        }
        Optional<Integer> current = clients.tokenGeneration(new ClientId(id));
        if (current.isEmpty()) {
            throw new BadJwtException("The token's client no longer exists");
        }
        Object claimed = jwt.getClaims().get(GENERATION_CLAIM);
        int generation = claimed instanceof Number n ? n.intValue() : 0;
        if (generation != current.get()) {
            throw new BadJwtException("The token was revoked; request a new one");
        }
        return jwt;
    }
}
