package io.evpair.app.ocpp;

import io.evpair.app.support.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bare WebSocket to {@code /ocpp/{id}} (the JDK's client), for what a well-behaved OCPP library will not
 * do: wrong credentials, other subprotocols, malformed frames.
 */
final class ChargePointSocket implements AutoCloseable {
    private final WebSocket socket;
    private final BlockingQueue<String> received;
    private final BlockingQueue<String> calls;

    private ChargePointSocket(WebSocket socket, BlockingQueue<String> received, BlockingQueue<String> calls) {
        this.socket = socket;
        this.received = received;
        this.calls = calls;
    }

    /** Opens the socket, or returns the HTTP status the handshake was refused with. */
    static Result open(int port, String identity, String authorization, String subprotocol) {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        // The central system's own calls (TriggerMessage on connect, ...) are kept apart from its answers.
        BlockingQueue<String> calls = new LinkedBlockingQueue<>();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols(subprotocol);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        try {
            WebSocket socket = builder.buildAsync(URI.create("ws://localhost:" + port + "/ocpp/" + identity),
                    new WebSocket.Listener() {
                        private final StringBuilder partial = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            partial.append(data);
                            if (last) {
                                String frame = partial.toString();
                                (frame.startsWith("[2,") ? calls : received).add(frame);
                                partial.setLength(0);
                            }
                            webSocket.request(1);
                            return null;
                        }

                        @Override
                        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                            received.add("closed " + statusCode);
                            return null;
                        }
                    }).join();
            return new Result(new ChargePointSocket(socket, received, calls), 101);
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return new Result(null, refused.getResponse().statusCode());
            }
            throw e;
        }
    }

    static Result open(int port, String identity, String password) {
        return open(port, identity, Http.basic(identity, password), "ocpp1.6");
    }

    String subprotocol() {
        return socket.getSubprotocol();
    }

    /** Sends a text frame and returns the next frame the central system sends. */
    String exchange(String frame) {
        socket.sendText(frame, true).join();
        return next();
    }

    String exchangeBinary(byte[] frame) {
        socket.sendBinary(ByteBuffer.wrap(frame), true).join();
        return next();
    }

    /** The next call the central system makes to this charge point. */
    String nextCall() {
        return next(calls);
    }

    /** Sends a frame without waiting for anything back. */
    void send(String frame) {
        socket.sendText(frame, true).join();
    }

    /** The next answer or close ("closed 1000") from the central system. */
    String next() {
        return next(received);
    }

    private static String next(BlockingQueue<String> queue) {
        try {
            String text = queue.poll(10, TimeUnit.SECONDS);
            if (text == null) {
                throw new AssertionError("no frame from the central system within 10 s");
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    record Result(ChargePointSocket socket, int status) {
    }
}
