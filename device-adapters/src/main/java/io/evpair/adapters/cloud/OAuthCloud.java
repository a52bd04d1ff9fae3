package io.evpair.adapters.cloud;

import io.evpair.engine.devices.DeviceType;
import io.evpair.engine.vendors.VendorCloud;
import io.evpair.engine.vendors.VendorTokens;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** What every vendor cloud adapter shares: its HTTP within limits, its OAuth2 client, the clock and JSON helpers. */
public abstract class OAuthCloud implements VendorCloud {
    protected final CloudHttp http;
    protected final OAuth2Client oauth;
    protected final Clock clock;
    private final String vendor;
    private final Set<DeviceType> kinds;

    protected OAuthCloud(String vendor, Set<DeviceType> kinds, CloudHttp http, String authorizePath, String tokenPath,
                         Clock clock) {
        this.vendor = vendor;
        this.kinds = Set.copyOf(kinds);
        this.http = http;
        this.oauth = new OAuth2Client(http, authorizePath, tokenPath, clock);
        this.clock = clock;
    }

    @Override
    public final String vendor() {
        return vendor;
    }

    @Override
    public final Set<DeviceType> kinds() {
        return kinds;
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

    protected static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }
}
