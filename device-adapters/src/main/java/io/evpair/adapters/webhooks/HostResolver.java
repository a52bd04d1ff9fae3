package io.evpair.adapters.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Name resolution as the webhook guard sees it; a bean so that tests can stage a DNS rebinding. */
@FunctionalInterface
public interface HostResolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
}
