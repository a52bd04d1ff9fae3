package io.evpair.api.linking;

import io.evpair.api.problems.ApiProblemException;
import io.evpair.engine.devices.Vendors;
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
 * What a link URL shows. For OCPP there is nothing to click: the installer enters these settings in the
 * charge point, which completes the link on its first connection. The URL holds the token, so it shows no
 * more than its holder already has; it needs no access token, as the user or installer opens it.
 */
@RestController
@Tag(name = "Users")
class LinkPageController {
    static final String PATH = "/link/{linkToken}";

    private final LinkSessions sessions;

    LinkPageController(LinkSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping(PATH)
    @Operation(operationId = "getLinkSettings", summary = "The settings that complete an open link session")
    @SecurityRequirements // the URL's token is the credential: no access token

    OcppLinkSettings settings(@PathVariable String linkToken) {
        LinkSession session = sessions.open(linkToken)
                .filter(s -> s.vendor().equals(Vendors.OCPP))
                .orElseThrow(() -> ApiProblemException.notFound("Open link session", "…"));
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String ws = base.replaceFirst("^http", "ws") + "/ocpp/{chargePointId}";
        return new OcppLinkSettings(session.vendor(), "charger", session.expiresAt(), ws, "ocpp1.6", 1,
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
