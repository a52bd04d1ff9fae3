package io.evpair.api.interventions;

import io.evpair.api.problems.ApiProblemException;
import io.evpair.engine.devices.RelinkNeeds;
import io.evpair.engine.ids.Vendor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enode's {@code GET /interventions/{interventionId}}: what an intervention id on a capability asks the user to do.
 * evpair has one kind so far, {@code relink-<vendor>}: the vendor refused to refresh the account's tokens.
 */
@RestController
@Tag(name = "Interventions")
class InterventionController {
    private static final Set<String> VENDORS = Set.of("tesla", "easee", "smartcar", "zaptec", "volvo", "wallbox");

    @GetMapping("/interventions/{interventionId}")
    @Operation(operationId = "getIntervention", summary = "What the user must do to resolve an intervention")
    InterventionResponse get(@PathVariable String interventionId) {
        String suffix = interventionId.startsWith("relink-") ? interventionId.substring("relink-".length()) : "";
        if (!VENDORS.contains(suffix)) {
            throw ApiProblemException.notFound("Intervention", interventionId);
        }
        Vendor vendor = new Vendor(suffix.toUpperCase(Locale.ROOT));
        if (!RelinkNeeds.interventionId(vendor).equals(interventionId)) {
            throw ApiProblemException.notFound("Intervention", interventionId);
        }
        String name = vendor.name();
        return new InterventionResponse(interventionId, name, "Account", new InterventionResponse.Resolution(
                "Link your " + name + " account again",
                name + " no longer accepts evpair's access to this account (the access was revoked, the password"
                        + " changed, or it expired). Start a new link session (POST /users/{userId}/link with vendor "
                        + name + ") and send the user to its linkUrl; the devices keep their ids.",
                "Remote", "User"));
    }

    @Schema(name = "Intervention")
    record InterventionResponse(String id, String vendor, String domain, Resolution resolution) {
        record Resolution(String title, String description, String access, String agent) {
        }
    }
}
