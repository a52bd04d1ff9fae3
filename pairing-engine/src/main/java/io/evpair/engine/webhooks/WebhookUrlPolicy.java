package io.evpair.engine.webhooks;

import java.util.Optional;

/** Decides whether evpair may call a URL: the guard against being pointed at internal services (SSRF). */
public interface WebhookUrlPolicy {
    /** Why the URL is refused, or empty when it may be called. */
    Optional<String> refusal(String url);
}
