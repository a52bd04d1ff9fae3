package io.evpair.app.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A webhook receiver on loopback that keeps every delivery it got: raw body and headers. */
final class TestReceiver implements AutoCloseable {
    record Delivery(String body, String signature, String deliveryId) {
    }

    private final HttpServer server;
    final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    /** The most requests this receiver was answering at the same time. */
    final AtomicInteger maxConcurrent = new AtomicInteger();
    private final AtomicInteger concurrent = new AtomicInteger();

    private TestReceiver(HttpServer server) {
        this.server = server;
    }

    static TestReceiver start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            TestReceiver receiver = new TestReceiver(server);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/hook", exchange -> {
                receiver.maxConcurrent.accumulateAndGet(receiver.concurrent.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(20); // a receiver that takes a moment, so that deliveries can overlap
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                receiver.deliveries.add(new Delivery(body, exchange.getRequestHeaders().getFirst("X-Evpair-Signature"),
                        exchange.getRequestHeaders().getFirst("X-Evpair-Delivery")));
                receiver.concurrent.decrementAndGet();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    int port() {
        return server.getAddress().getPort();
    }

    String allBodies() {
        return String.join("\n", deliveries.stream().map(Delivery::body).toList());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
