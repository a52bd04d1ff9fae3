package io.evpair.adapters.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves a webhook's host once and refuses it when any address is internal; the connection is then made
 * to exactly the addresses checked here, so a host that answers a public address at registration and a
 * private one at send time (DNS rebinding) is refused at send time.
 */
public final class CheckedTargets implements DnsResolver {
    private final HostResolver resolver;
    private final boolean allowPrivate;

    /**
     * @param resolver     the name resolution to check
     * @param allowPrivate whether internal addresses pass too ({@link WebhookSettings#allowPrivateTargets()})
     */
    public CheckedTargets(HostResolver resolver, boolean allowPrivate) {
        this.resolver = resolver;
        this.allowPrivate = allowPrivate;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = resolver.resolve(host);
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                Optional<String> kind = InternalAddresses.kind(address);
                if (kind.isPresent()) {
                    throw new InternalTargetException(host, address, kind.get());
                }
            }
        }
        return addresses;
    }

    boolean allowsPrivate() {
        return allowPrivate;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return host;
    }

    /** The host resolves to an internal address; a subtype of {@link UnknownHostException} as the resolver's contract wants. */
    static final class InternalTargetException extends UnknownHostException {
        InternalTargetException(String host, InetAddress address, String kind) {
            super(host + " resolves to an internal address (" + address.getHostAddress() + ", " + kind
                    + "), which evpair does not call");
        }
    }
}
