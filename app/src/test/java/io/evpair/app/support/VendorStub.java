package io.evpair.app.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * One WireMock server for the whole test JVM standing in for the vendor clouds (Tesla's auth server and Fleet API,
 * Easee), configured as their base URLs for every integration test. Tests stub per user-specific paths, so they
 * never disturb each other.
 */
public final class VendorStub {
    private static WireMockServer server;

    private VendorStub() {
    }

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(8)
                    .jettyAcceptors(1));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static String baseUrl() {
        return server().baseUrl();
    }
}
