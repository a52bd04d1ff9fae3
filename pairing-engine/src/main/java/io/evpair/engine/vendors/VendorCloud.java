package io.evpair.engine.vendors;

import io.evpair.engine.adapters.CommandResult;
import io.evpair.engine.adapters.DeviceAddress;
import io.evpair.engine.devices.DeviceType;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * A vendor cloud reached over HTTP with a user's OAuth2 tokens: the authorization-code flow with PKCE, discovery
 * of the account's devices, polling, and commands. {@link CloudCommands} turns the commands into the adapter
 * SPI, supplying fresh tokens; commands a device cannot do are refused by its declared capabilities first.
 */
public interface VendorCloud {
    String vendor();

    /** The kinds of device this vendor has. */
    Set<DeviceType> kinds();

    /** Where to send the user's browser: the vendor's authorization endpoint with these parameters. */
    URI authorizationUri(AuthorizationRequest request);

    /** Exchanges an authorization code (with its PKCE verifier) for tokens. */
    VendorTokens exchange(String code, String codeVerifier, String redirectUri);

    VendorTokens refresh(VendorTokens tokens);

    /** The account's devices of those kinds. */
    List<DiscoveredDevice> discover(String accessToken, Set<DeviceType> kinds);

    PollOutcome poll(String accessToken, DeviceAddress device);

    default CommandResult startCharging(String accessToken, DeviceAddress device) {
        return unsupported(device);
    }

    default CommandResult stopCharging(String accessToken, DeviceAddress device) {
        return unsupported(device);
    }

    default CommandResult setMaxCurrent(String accessToken, DeviceAddress device, double amperes) {
        return unsupported(device);
    }

    default CommandResult setChargeRateLimit(String accessToken, DeviceAddress device, double kilowatts) {
        return unsupported(device);
    }

    private CommandResult unsupported(DeviceAddress device) {
        return new CommandResult.Rejected(vendor() + " cannot do that for " + device.type().name().toLowerCase() + " "
                + device.vendorDeviceId());
    }

    /**
     * @param scopes      evpair scopes (vehicle:read:data…); the adapter maps them to its vendor's
     * @param state       opaque, single use; the callback must return it
     * @param codeChallenge base64url SHA-256 of the PKCE verifier (method S256)
     */
    record AuthorizationRequest(List<String> scopes, Set<DeviceType> kinds, String state, String codeChallenge,
                                String redirectUri, String language) {
    }
}
