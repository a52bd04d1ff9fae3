package io.evpair.api.linking;

import io.evpair.api.problems.ApiProblemException;
import io.evpair.api.security.AuthenticatedClient;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.vendors.VendorLinking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Enode's {@code DELETE /users/{userId}/vendors/{vendor}}: forgets the vendor account and its devices. */
@RestController
@Tag(name = "Users")
class UnlinkController {
    private final VendorLinking vendors;

    UnlinkController(VendorLinking vendors) {
        this.vendors = vendors;
    }

    @DeleteMapping("/users/{userId}/vendors/{vendor}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "unlinkUserVendor", summary = "Unlink a vendor: forget its tokens and the user's devices of it",
            responses = @ApiResponse(responseCode = "204", description = "Unlinked"))
    void unlink(AuthenticatedClient client, @PathVariable String userId, @PathVariable String vendor) {
        // A name no vendor can have is as unknown as an unlinked one, not a malformed request.
        String name = vendor.toUpperCase(Locale.ROOT);
        if (!Vendor.isValidName(name) || !vendors.unlink(client.id(), userId, new Vendor(name))) {
            throw ApiProblemException.notFound("Linked vendor", vendor);
        }
    }
}
