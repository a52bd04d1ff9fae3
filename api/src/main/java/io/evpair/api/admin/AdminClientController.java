package io.evpair.api.admin;

import io.evpair.api.paging.PageCursors;
import io.evpair.api.paging.Paginated;
import io.evpair.api.problems.ApiProblemException;
import io.evpair.engine.clients.ClientFeatures;
import io.evpair.engine.clients.ClientRegistry;
import io.evpair.engine.clients.IssuedCredentials;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's API: registers API clients, sets their per-client features (SPEC §3), rotates their secrets,
 * revokes their tokens and deletes them.
 */
@RestController
@Tag(name = "Admin")
@SecurityRequirement(name = "operator")
class AdminClientController {
    private static final Logger log = LoggerFactory.getLogger(AdminClientController.class);
    private final ClientRegistry registry;

    AdminClientController(ClientRegistry registry) {
        this.registry = registry;
    }

    @PostMapping("/admin/clients")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createApiClient", summary = "Register an API client; the answer holds its secret, shown only this once")
    ClientResponse create(@Valid @RequestBody CreateClientRequest request) {
        ClientFeatures defaults = ClientFeatures.DEFAULTS;
        ClientFeatures features = new ClientFeatures(
                Optional.ofNullable(request.capabilityUnlocking()).orElse(defaults.capabilityUnlocking()),
                Optional.ofNullable(request.commandOrchestration()).orElse(defaults.commandOrchestration()),
                Optional.ofNullable(request.chargeRateSource()).orElse(defaults.chargeRateSource()));
        IssuedCredentials issued = registry.register(request.name().trim(), Optional.ofNullable(request.clientId()), features);
        return ClientResponse.of(issued.client(), issued.clientSecret());
    }

    @GetMapping("/admin/clients")
    @Operation(operationId = "listApiClients", summary = "List API clients, newest first")
    Paginated<ClientResponse> list(@RequestParam(required = false) Integer pageSize,
                                   @RequestParam(required = false) String after,
                                   @RequestParam(required = false) String before) {
        return Paginated.of(registry.list(PageCursors.request(pageSize, after, before)), c -> ClientResponse.of(c, null));
    }

    @GetMapping("/admin/clients/{clientId}")
    @Operation(operationId = "getApiClient", summary = "Get an API client")
    ClientResponse get(@PathVariable String clientId) {
        return registry.find(clientId).map(c -> ClientResponse.of(c, null))
                .orElseThrow(() -> ApiProblemException.notFound("Client", clientId));
    }

    @PatchMapping("/admin/clients/{clientId}")
    @Operation(operationId = "updateApiClient", summary = "Change an API client's name or features; absent fields stay")
    ClientResponse update(@PathVariable String clientId, @Valid @RequestBody UpdateClientRequest request) {
        return registry.update(clientId, Optional.ofNullable(request.name()).map(String::trim),
                        Optional.ofNullable(request.capabilityUnlocking()),
                        Optional.ofNullable(request.commandOrchestration()),
                        Optional.ofNullable(request.chargeRateSource()))
                .map(c -> ClientResponse.of(c, null))
                .orElseThrow(() -> ApiProblemException.notFound("Client", clientId));
    }

    @DeleteMapping("/admin/clients/{clientId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteApiClient",
            summary = "Delete an API client with its users, devices and webhooks; its tokens stop working at once")
    void delete(@PathVariable String clientId) {
        if (!registry.delete(clientId)) {
            throw ApiProblemException.notFound("Client", clientId);
        }
        log.info("Operator deleted API client {} with everything it owned", clientId);
    }

    @PostMapping("/admin/clients/{clientId}/secret")
    @Operation(operationId = "rotateApiClientSecret",
            summary = "Give an API client a new secret, shown only this once; the old secret and every token issued so far stop working at once")
    ClientResponse rotateSecret(@PathVariable String clientId) {
        IssuedCredentials issued = registry.rotateSecret(clientId)
                .orElseThrow(() -> ApiProblemException.notFound("Client", clientId));
        log.info("Operator rotated the secret of API client {}; its earlier tokens are revoked", clientId);
        return ClientResponse.of(issued.client(), issued.clientSecret());
    }

    @PostMapping("/admin/clients/{clientId}/revoke-tokens")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeApiClientTokens",
            summary = "Revoke every access token issued to an API client so far; its secret stays valid")
    void revokeTokens(@PathVariable String clientId) {
        if (!registry.revokeTokens(clientId)) {
            throw ApiProblemException.notFound("Client", clientId);
        }
        log.info("Operator revoked every token of API client {}", clientId);
    }
}
