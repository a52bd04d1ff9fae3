package io.evpair.api.linking;

import io.evpair.api.problems.ApiProblemException;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.vendors.VendorLinking;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import io.evpair.engine.linking.LinkSession;
import io.evpair.engine.linking.LinkSessions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What a link URL does. For a vendor cloud it sends the user's browser (302) to the vendor's OAuth2 authorization
 * page; the vendor sends it back to {@code /link/callback}. For OCPP there is nothing to click: the installer
 * enters the settings shown in the charge point, which completes the link on its first connection. The URL holds
 * the token, so it shows no more than its holder already has; it needs no access token.
 */
@RestController
@Tag(name = "Users")
class LinkPageController {
    static final String PATH = "/link/{linkToken}";

    static final String CALLBACK = "/link/callback";

    private final LinkSessions sessions;
    private final VendorLinking vendors;

    LinkPageController(LinkSessions sessions, VendorLinking vendors) {
        this.sessions = sessions;
        this.vendors = vendors;
    }

    @GetMapping(PATH)
    @Operation(operationId = "getLinkSettings", summary = "Open a link session: the vendor's login (302), or OCPP settings",
            description = "For a vendor cloud (TESLA, EASEE, SMARTCAR, ZAPTEC, WALLBOX, VOLVO) answers 302 to the vendor's OAuth2 authorization endpoint "
                    + "(authorization code with PKCE and state); the vendor returns the user to /link/callback, which "
                    + "redirects to the session's redirectUri with status=success or status=error&error=<code>.",
            responses = {@ApiResponse(responseCode = "200", description = "OCPP charge point settings"),
                    @ApiResponse(responseCode = "302", description = "To the vendor's authorization page")})
    @SecurityRequirements // the URL's token is the credential: no access token
    ResponseEntity<OcppLinkSettings> settings(@PathVariable String linkToken) {
        String callback = ServletUriComponentsBuilder.fromCurrentContextPath().path(CALLBACK).toUriString();
        Optional<URI> vendor = vendors.authorize(linkToken, callback);
        if (vendor.isPresent()) {
            return ResponseEntity.status(HttpStatus.FOUND).location(vendor.get()).build();
        }
        return ResponseEntity.ok(ocppSettings(linkToken));
    }

    @GetMapping(CALLBACK)
    @Operation(operationId = "completeVendorLink", summary = "Where the vendor returns the user (OAuth2 redirect URI)",
            description = "Exchanges the code only for a known, unused state; then redirects to the client's redirectUri.",
            responses = {@ApiResponse(responseCode = "302", description = "To the client's redirectUri"),
                    @ApiResponse(responseCode = "400", description = "Unknown or reused state; nothing was exchanged")})
    @SecurityRequirements
    ResponseEntity<Void> callback(@RequestParam(required = false) String state, @RequestParam(required = false) String code,
                                  @RequestParam(required = false) String error) {
        VendorLinking.Completion completion = vendors.complete(state, code, error);
        if (completion instanceof VendorLinking.Completion.Redirect redirect) {
            return ResponseEntity.status(HttpStatus.FOUND).location(redirect.uri()).build();
        }
        throw ApiProblemException.invalid("state", ((VendorLinking.Completion.Refused) completion).reason());
    }

    private OcppLinkSettings ocppSettings(String linkToken) {
        LinkSession session = sessions.open(linkToken)
                .filter(s -> s.vendor().equals(Vendor.OCPP))
                .orElseThrow(() -> ApiProblemException.notFound("Open link session", "…"));
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String ws = base.replaceFirst("^http", "ws") + "/ocpp/{chargePointId}";
        return new OcppLinkSettings(session.vendor().name(), "charger", session.expiresAt(), ws, "ocpp1.6", 1,
                "{chargePointId}", linkToken,
                "Set the charge point's central system URL to centralSystemUrl with {chargePointId} replaced by the "
                        + "charge point's identity, enable HTTP Basic authentication (security profile 1) with that "
                        + "identity as user and basicAuthPassword as password (AuthorizationKey). Its first "
                        + "connection links it to the user; the password stays its credential.");
    }

    record OcppLinkSettings(String vendor, String vendorType, Instant expiresAt, String centralSystemUrl,
                            String subprotocol, int securityProfile, String basicAuthUser, String basicAuthPassword,
                            String instructions) {
    }
}
