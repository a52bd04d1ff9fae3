package io.evpair.api.linking;

import io.evpair.api.problems.ApiExceptionHandler;
import io.evpair.api.problems.ApiProblemException;
import io.evpair.api.problems.Problem;
import io.evpair.api.security.AuthenticatedClient;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.linking.InvalidLinkRequestException;
import io.evpair.engine.linking.IssuedLink;
import io.evpair.engine.linking.LinkRequest;
import io.evpair.engine.linking.LinkSessions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Enode's {@code POST /users/{userId}/link}: starts a link session and hands out its single-use token. */
@RestController
@Validated
@Tag(name = "Users")
class LinkController {
    private final LinkSessions sessions;

    LinkController(LinkSessions sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/users/{userId}/link")
    @Operation(operationId = "linkUser", summary = "Start linking a vendor's devices to a user",
            description = "For a vendor cloud (TESLA, EASEE, SMARTCAR, ZAPTEC, WALLBOX, VOLVO, when configured) send the user to linkUrl: it leads to the "
                    + "vendor's login and consent, then back to redirectUri with status=success or status=error&error=<code>. "
                    + "Without vendorType, scopes of both kinds link the account's vehicles and chargers in one session. "
                    + "For vendor OCPP the charge point completes the link itself: configure it to connect to "
                    + "ws(s)://<evpair>/ocpp/{chargePointId} with the link token as its HTTP Basic password (OCPP "
                    + "security profile 1). linkUrl shows these settings.")
    LinkResponse link(AuthenticatedClient client, @PathVariable @Size(min = 1, max = 200) String userId,
                      @Valid @RequestBody LinkRequestBody body) {
        LinkRequest request = new LinkRequest(Optional.ofNullable(body.vendor()), vendorType(body.vendorType()),
                body.scopes(), body.language(), redirectUri(body.redirectUri()));
        IssuedLink issued = sessions.start(client.id(), userId, request);
        String linkUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(LinkPageController.PATH).buildAndExpand(issued.linkToken()).toUriString();
        return new LinkResponse(linkUrl, issued.linkToken());
    }

    @ExceptionHandler(InvalidLinkRequestException.class)
    ResponseEntity<Problem> unsupported(InvalidLinkRequestException e) {
        return ApiExceptionHandler.respond(ApiProblemException.invalid(e.field(), e.reason()).problem());
    }

    private static Optional<DeviceType> vendorType(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "vehicle" -> Optional.of(DeviceType.VEHICLE);
            case "charger" -> Optional.of(DeviceType.CHARGER);
            default -> throw ApiProblemException.invalid("vendorType", "must be vehicle or charger");
        };
    }

    private static String redirectUri(String value) {
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getScheme() == null) {
                throw ApiProblemException.invalid("redirectUri", "must be an absolute URI like https://app.example.com/linked");
            }
            return value;
        } catch (URISyntaxException e) {
            throw ApiProblemException.invalid("redirectUri", "is not a valid URI");
        }
    }
}
