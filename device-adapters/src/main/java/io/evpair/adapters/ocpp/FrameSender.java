package io.evpair.adapters.ocpp;

import java.io.IOException;

/** Sends one text frame to a charge point: the WebSocket in production, a list in unit tests. */
@FunctionalInterface
interface FrameSender {
    void send(String frame) throws IOException;

    /** Closes the socket, e.g. when a newer connection of the same charge point replaces it. */
    default void close(String reason) {
    }
}
