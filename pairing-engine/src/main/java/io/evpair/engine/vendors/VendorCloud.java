package io.evpair.engine.vendors;

import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A vendor cloud reached over HTTP with a user's OAuth2 tokens: the authorization-code flow with PKCE and discovery
 * of the account's devices. Polls and commands belong to its {@link CloudDevice}s, one per kind of device; what a
 * device can do is what its adapter implements, nothing here.
 */
public interface VendorCloud {
    Vendor vendor();

    /** One adapter per kind of device this vendor has. */
    List<CloudDevice> devices();

    /** The kinds of device this vendor has. */
    default Set<DeviceType> kinds() {
        Set<DeviceType> kinds = EnumSet.noneOf(DeviceType.class);
        devices().forEach(d -> kinds.add(d.type()));
        return kinds;
    }

    default Optional<CloudDevice> device(DeviceType type) {
        return devices().stream().filter(d -> d.type() == type).findFirst();
    }

    /** The shortest time between two polls of one device the vendor asks for (Smartcar: 30 minutes); zero if none. */
    default Duration minimumPollInterval() {
        return Duration.ZERO;
    }

    /** How the vendor pushes state (webhooks), when it does. */
    default Optional<PushReceiver> pushes() {
        return Optional.empty();
    }

    /** Where to send the user's browser: the vendor's authorization endpoint with these parameters. */
    URI authorizationUri(AuthorizationRequest request);

    /** Exchanges an authorization code (with its PKCE verifier) for tokens. */
    VendorTokens exchange(String code, String codeVerifier, String redirectUri);

    VendorTokens refresh(VendorTokens tokens);

    /** The account's devices of those kinds. */
    List<DiscoveredDevice> discover(String accessToken, Set<DeviceType> kinds);

    /**
     * @param scopes      evpair scopes (vehicle:read:data…); the adapter maps them to its vendor's
     * @param state       opaque, single use; the callback must return it
     * @param codeChallenge base64url SHA-256 of the PKCE verifier (method S256)
     */
    record AuthorizationRequest(List<String> scopes, Set<DeviceType> kinds, String state, String codeChallenge,
                                String redirectUri, String language) {
    }
}
