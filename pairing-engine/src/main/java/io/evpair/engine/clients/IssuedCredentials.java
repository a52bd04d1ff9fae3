package io.evpair.engine.clients;

/** A newly registered client together with its secret, which is shown this once and stored only hashed. */
public record IssuedCredentials(ApiClient client, String clientSecret) {
}
