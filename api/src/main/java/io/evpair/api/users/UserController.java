package io.evpair.api.users;

import io.evpair.api.problems.ApiProblemException;
import io.evpair.api.security.AuthenticatedClient;
import io.evpair.engine.users.UserDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Users")
class UserController {
    private final UserDirectory users;

    UserController(UserDirectory users) {
        this.users = users;
    }

    @GetMapping("/users/{userId}")
    @Operation(operationId = "getUser", summary = "Get a user and its linked vendors")
    UserResponse get(AuthenticatedClient client, @PathVariable String userId) {
        return users.find(client.id(), userId)
                .map(view -> new UserResponse(view.user().userId(), view.linkedVendors().stream()
                        .map(v -> new UserResponse.LinkedVendor(v.vendor().name(), v.vendorType().name().toLowerCase(Locale.ROOT), v.isValid()))
                        .toList()))
                .orElseThrow(() -> ApiProblemException.notFound("User", userId));
    }

    @DeleteMapping("/users/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteUser", summary = "Delete a user, unlinking all its vehicles and chargers",
            responses = @ApiResponse(responseCode = "204", description = "Deleted"))
    void delete(AuthenticatedClient client, @PathVariable String userId) {
        if (!users.delete(client.id(), userId)) {
            throw ApiProblemException.notFound("User", userId);
        }
    }
}
