package io.evpair.api.security;

import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Keeps no record of issued tokens. Client-credentials tokens are self-contained signed JWTs that every
 * instance verifies on its own; the default in-memory store would grow with each token and differ between
 * instances. The price: tokens cannot be revoked before they expire.
 */
class StatelessAuthorizations implements OAuth2AuthorizationService {
    @Override
    public void save(OAuth2Authorization authorization) {
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return null;
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return null;
    }
}
