package io.evpair.api.security;

import io.evpair.engine.clients.SecretHasher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/** Hashes client secrets with bcrypt, prefixed so the token endpoint's delegating encoder recognises them. */
@Component
class BCryptSecretHasher implements SecretHasher {
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    @Override
    public String hash(String rawSecret) {
        return "{bcrypt}" + encoder.encode(rawSecret);
    }
}
