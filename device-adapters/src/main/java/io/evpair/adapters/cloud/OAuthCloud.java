package io.evpair.adapters.cloud;

import io.evpair.engine.ids.Vendor;
import io.evpair.engine.vendors.VendorCloud;
import io.evpair.engine.vendors.VendorTokens;
import io.evpair.engine.vendors.CloudDevice;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What every vendor's account-level adapter shares: its HTTP within limits, its OAuth2 client, the clock and JSON
 * helpers. Polls and commands live in the vendor's {@code CloudDevice}s, one per kind of device.
 */
public abstract class OAuthCloud implements VendorCloud {
    protected final CloudHttp http;
    protected final OAuth2Client oauth;
    protected final Clock clock;
    private final Vendor vendor;
    private final List<CloudDevice> devices;

    /** @param devices one adapter per kind of device the vendor has */
    protected OAuthCloud(Vendor vendor, CloudHttp http, String authorizePath, String tokenPath, Clock clock,
                         List<CloudDevice> devices) {
        this(vendor, http, new OAuth2Client(http, authorizePath, tokenPath, clock), clock, devices);
    }

    protected OAuthCloud(Vendor vendor, CloudHttp http, OAuth2Client oauth, Clock clock, List<CloudDevice> devices) {
        this.vendor = vendor;
        this.http = http;
        this.oauth = oauth;
        this.clock = clock;
        this.devices = List.copyOf(devices);
    }

    @Override
    public final List<CloudDevice> devices() {
        return devices;
    }

    @Override
    public final Vendor vendor() {
        return vendor;
    }

    /** Extra form fields of the code exchange (Tesla: {@code audience}). */
    protected Map<String, String> exchangeExtras() {
        return Map.of();
    }

    @Override
    public VendorTokens exchange(String code, String codeVerifier, String redirectUri) {
        return oauth.exchange(code, codeVerifier, redirectUri, exchangeExtras());
    }

    @Override
    public VendorTokens refresh(VendorTokens tokens) {
        return oauth.refresh(tokens);
    }

    protected String api(String path) {
        return http.settings().apiBaseUrl() + path;
    }

    /** The answer's body, or an exception naming the vendor's status: discovery fails as a whole. */
    protected JsonNode require(CloudHttp.Answer answer) {
        if (!answer.ok()) {
            throw new IllegalStateException(vendor + " answered " + answer.summary());
        }
        return answer.body();
    }
}
