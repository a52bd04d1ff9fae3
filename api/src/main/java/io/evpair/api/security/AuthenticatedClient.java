package io.evpair.api.security;

import io.evpair.engine.ids.ClientId;

/**
 * The API client a request acts for, taken from its access token. Controllers pass {@code id} to every
 * use case, which is how one client never sees another's users or devices.
 */
public record AuthenticatedClient(ClientId id, String clientId) {
}
