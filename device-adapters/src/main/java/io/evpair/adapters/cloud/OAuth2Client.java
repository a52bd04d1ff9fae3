package io.evpair.adapters.cloud;

import io.evpair.engine.vendors.VendorAuthorizationException;
import io.evpair.engine.vendors.VendorCloud;
import io.evpair.engine.vendors.VendorTokens;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The OAuth2 authorization-code flow with PKCE (RFC 6749, RFC 7636) against one vendor's authorization server:
 * the authorization URI, the code exchange and the refresh. Plain HTTP through {@link CloudHttp}, so the vendor's
 * limits and retries apply to token calls too.
 */
public final class OAuth2Client {
    private final CloudHttp http;
    private final String authorizePath;
    private final String tokenPath;
    private final Clock clock;
    private final boolean basicAuthentication;

    public OAuth2Client(CloudHttp http, String authorizePath, String tokenPath, Clock clock) {
        this(http, authorizePath, tokenPath, clock, false);
    }

    /**
     * @param basicAuthentication the client authenticates at the token endpoint with HTTP Basic (RFC 6749 §2.3.1,
     *                            as Smartcar asks) instead of form fields
     */
    public OAuth2Client(CloudHttp http, String authorizePath, String tokenPath, Clock clock, boolean basicAuthentication) {
        this.http = http;
        this.authorizePath = authorizePath;
        this.tokenPath = tokenPath;
        this.clock = clock;
        this.basicAuthentication = basicAuthentication;
    }

    public URI authorizationUri(VendorCloud.AuthorizationRequest request, String vendorScopes, Map<String, String> extra) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", http.settings().clientId());
        query.put("redirect_uri", request.redirectUri());
        query.put("scope", vendorScopes);
        query.put("state", request.state());
        query.put("code_challenge", request.codeChallenge());
        query.put("code_challenge_method", "S256");
        query.putAll(extra);
        return URI.create(http.settings().authBaseUrl() + authorizePath + "?" + query.entrySet().stream()
                .map(e -> CloudHttp.encode(e.getKey()) + "=" + CloudHttp.encode(e.getValue()))
                .collect(Collectors.joining("&")));
    }

    public VendorTokens exchange(String code, String codeVerifier, String redirectUri, Map<String, String> extra) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        client(form);
        form.put("code", code);
        form.put("code_verifier", codeVerifier);
        form.put("redirect_uri", redirectUri);
        form.putAll(extra);
        return tokens(post(form), null);
    }

    public VendorTokens refresh(VendorTokens current) {
        if (current.refreshToken() == null) {
            throw new VendorAuthorizationException("no_refresh_token", "the vendor gave no refresh token", true);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        if (basicAuthentication) {
            client(form);
        } else {
            form.put("client_id", http.settings().clientId());
        }
        form.put("refresh_token", current.refreshToken());
        return tokens(post(form), current.refreshToken());
    }

    private void client(Map<String, String> form) {
        if (!basicAuthentication) {
            form.put("client_id", http.settings().clientId());
            form.put("client_secret", http.settings().clientSecret());
        }
    }

    private CloudHttp.Answer post(Map<String, String> form) {
        // An absolute token path is another host than the login page (Smartcar: connect… and auth…).
        String url = tokenPath.startsWith("http") ? tokenPath : http.settings().authBaseUrl() + tokenPath;
        if (!basicAuthentication) {
            return http.postForm(url, form, Map.of());
        }
        String credentials = CloudHttp.encode(http.settings().clientId()) + ":" + CloudHttp.encode(http.settings().clientSecret());
        return http.postForm(url, form, Map.of("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    private VendorTokens tokens(CloudHttp.Answer answer, String previousRefreshToken) {
        if (!answer.ok() || !answer.body().hasNonNull("access_token")) {
            String error = answer.body().path("error").asString("token_request_failed");
            // 4xx is the grant's end (invalid_grant, login_required); 5xx and silence may pass.
            boolean definitive = answer.status() >= 400 && answer.status() < 500 && answer.status() != 429;
            throw new VendorAuthorizationException(error, answer.summary(), definitive);
        }
        long expiresIn = answer.body().path("expires_in").asLong(3600);
        String refresh = answer.body().path("refresh_token").asString(previousRefreshToken);
        return new VendorTokens(answer.body().get("access_token").asString(), refresh,
                clock.instant().plus(Duration.ofSeconds(expiresIn)));
    }
}
