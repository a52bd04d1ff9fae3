package io.evpair.api.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.evpair.api.problems.ApiProblemException;
import io.evpair.api.problems.Problem;
import io.evpair.api.problems.ProblemType;
import io.evpair.api.security.AuthenticatedClient;
import io.evpair.engine.webhooks.Webhook;
import io.evpair.engine.webhooks.WebhookEventType;
import io.evpair.engine.webhooks.Webhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's webhooks (SPEC §3). Deliveries are JSON arrays of events, signed in {@code X-Evpair-Signature:
 * sha256=<hex HMAC-SHA256 of the raw body under the secret>}, with a {@code X-Evpair-Delivery} id.
 */
@RestController
@Tag(name = "Webhooks")
class WebhookController {
    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping("/webhooks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createWebhook", summary = "Register a webhook; without a secret one is generated and shown in this answer only")
    WebhookResponse create(AuthenticatedClient client, @Valid @RequestBody CreateRequest request) {
        Webhook created = webhooks.create(client.id(), request.url(), Optional.ofNullable(request.secret()),
                request.events() == null ? List.of() : request.events());
        return WebhookResponse.of(created, request.secret() == null ? created.secret() : null);
    }

    @GetMapping("/webhooks")
    @Operation(operationId = "listWebhooks", summary = "The client's webhooks")
    WebhookList list(AuthenticatedClient client) {
        return new WebhookList(webhooks.list(client.id()).stream().map(w -> WebhookResponse.of(w, null)).toList());
    }

    @GetMapping("/webhooks/{webhookId}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook")
    WebhookResponse get(AuthenticatedClient client, @PathVariable UUID webhookId) {
        return webhooks.find(client.id(), webhookId).map(w -> WebhookResponse.of(w, null))
                .orElseThrow(() -> ApiProblemException.notFound("Webhook", webhookId));
    }

    @PatchMapping("/webhooks/{webhookId}")
    @Operation(operationId = "updateWebhook", summary = "Change a webhook; isActive=true re-enables one that gave up")
    WebhookResponse update(AuthenticatedClient client, @PathVariable UUID webhookId, @Valid @RequestBody UpdateRequest request) {
        return webhooks.update(client.id(), webhookId, Optional.ofNullable(request.url()), Optional.ofNullable(request.secret()),
                        Optional.ofNullable(request.events()), Optional.ofNullable(request.isActive()))
                .map(w -> WebhookResponse.of(w, null))
                .orElseThrow(() -> ApiProblemException.notFound("Webhook", webhookId));
    }

    @DeleteMapping("/webhooks/{webhookId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook and its undelivered events")
    void delete(AuthenticatedClient client, @PathVariable UUID webhookId) {
        if (!webhooks.delete(client.id(), webhookId)) {
            throw ApiProblemException.notFound("Webhook", webhookId);
        }
    }

    @PostMapping("/webhooks/{webhookId}/test")
    @Operation(operationId = "testWebhook", summary = "Queue an enode:webhook:test event for this webhook")
    TestQueued test(AuthenticatedClient client, @PathVariable UUID webhookId) {
        return webhooks.sendTest(client.id(), webhookId).map(w -> new TestQueued("QUEUED"))
                .orElseThrow(() -> ApiProblemException.notFound("Webhook", webhookId));
    }

    @ExceptionHandler(Webhooks.InvalidWebhookException.class)
    ResponseEntity<Problem> invalid(Webhooks.InvalidWebhookException e) {
        return io.evpair.api.problems.ApiExceptionHandler.respond(ProblemType.VALIDATION.problem(
                e.field() + ": " + e.getMessage(), List.of(new Problem.Issue(e.field(), e.getMessage()))));
    }

    @Schema(name = "CreateWebhookRequest")
    record CreateRequest(@Schema(example = "https://backend.example.com/evpair", requiredMode = Schema.RequiredMode.REQUIRED)
                         @NotBlank @Size(max = 2000) String url,
                         @Schema(description = "HMAC key; generated when omitted") @Size(min = 16, max = 200) String secret,
                         @Schema(description = "Events to receive; all when omitted or empty") List<String> events) {
    }

    @Schema(name = "UpdateWebhookRequest")
    record UpdateRequest(@Size(max = 2000) String url, @Size(min = 16, max = 200) String secret, List<String> events,
                         Boolean isActive) {
    }

    @Schema(name = "Webhook")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WebhookResponse(UUID id, String url, List<String> events, boolean isActive, Instant createdAt,
                           Instant lastSuccess, Instant failingSince, String lastFailure,
                           @Schema(description = "Only in the answer that generated it") String secret) {
        static WebhookResponse of(Webhook w, String secret) {
            return new WebhookResponse(w.id(), w.url(), w.events().stream().map(WebhookEventType::wireName).toList(), w.active(), w.createdAt(), w.lastSuccessAt(),
                    w.failingSince(), w.lastFailure(), secret);
        }
    }

    @Schema(name = "Webhooks")
    record WebhookList(List<WebhookResponse> data) {
    }

    @Schema(name = "WebhookTestQueued")
    record TestQueued(String status) {
    }
}
