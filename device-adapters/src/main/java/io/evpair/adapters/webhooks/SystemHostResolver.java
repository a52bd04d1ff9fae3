package io.evpair.adapters.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The JVM's own name resolution (its cache included). */
public final class SystemHostResolver implements HostResolver {
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
