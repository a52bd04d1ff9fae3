package io.evpair.adapters.webhooks;

import io.evpair.engine.webhooks.WebhookUrlPolicy;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Refuses webhook URLs that are not http(s) or whose host resolves to an internal address (see
 * {@link InternalAddresses}), so a client cannot make evpair call services behind its firewall. The sender
 * checks again at every connection ({@link CheckedTargets}); this check only answers the client early.
 */
public final class ResolvingUrlPolicy implements WebhookUrlPolicy {
    private final CheckedTargets targets;

    public ResolvingUrlPolicy(CheckedTargets targets) {
        this.targets = targets;
    }

    @Override
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a valid URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getHost() == null) {
            return Optional.of("has no host");
        }
        if (targets.allowsPrivate()) {
            return Optional.empty();
        }
        try {
            targets.resolve(hostOf(uri));
            return Optional.empty();
        } catch (CheckedTargets.InternalTargetException e) {
            return Optional.of(e.getMessage().substring(e.getMessage().indexOf("resolves")));
        } catch (UnknownHostException e) {
            return Optional.of("has a host that does not resolve");
        }
    }

    /** The host as a resolver takes it: an IPv6 literal without its brackets. */
    static String hostOf(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
