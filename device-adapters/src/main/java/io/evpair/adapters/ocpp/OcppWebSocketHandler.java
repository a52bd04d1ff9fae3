package io.evpair.adapters.ocpp;

import io.evpair.engine.devices.Charger;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.SubProtocolCapable;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/** The WebSocket end of {@code /ocpp/{chargePointId}}: one {@link ChargePointConnection} per admitted socket. */
public final class OcppWebSocketHandler extends TextWebSocketHandler implements SubProtocolCapable {
    private static final Logger log = LoggerFactory.getLogger(OcppWebSocketHandler.class);
    private static final String CONNECTION_ATTRIBUTE = OcppWebSocketHandler.class.getName() + ".connection";
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int SEND_BUFFER_BYTES = 512 * 1024;
    /**
     * The container allocates buffers of this size for every connection, idle or not (a 256 KiB limit cost
     * 0.5 MiB of heap per charge point): frames arrive in pieces of this size and are joined by the connection.
     */
    private static final int CONTAINER_BUFFER_CHARS = 1024;

    private final CentralSystem centralSystem;
    private final ChargePointSessions sessions;
    private final OcppSettings settings;

    public OcppWebSocketHandler(CentralSystem centralSystem, ChargePointSessions sessions, OcppSettings settings) {
        this.centralSystem = centralSystem;
        this.sessions = sessions;
        this.settings = settings;
    }

    @Override
    public List<String> getSubProtocols() {
        return Arrays.stream(OcppVersion.values()).map(OcppVersion::subprotocol).toList();
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        session.setTextMessageSizeLimit(CONTAINER_BUFFER_CHARS);
        session.setBinaryMessageSizeLimit(CONTAINER_BUFFER_CHARS);
        Charger charger = (Charger) session.getAttributes().get(ChargePointHandshake.CHARGER_ATTRIBUTE);
        String identity = (String) session.getAttributes().get(ChargePointHandshake.IDENTITY_ATTRIBUTE);
        // Our calls (commands) and our answers come from different threads; the decorator serialises sends.
        var serialised = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, SEND_BUFFER_BYTES);
        OcppVersion version = OcppVersion.of(session.getAcceptedProtocol()).orElse(OcppVersion.V16);
        ChargePointConnection connection = new ChargePointConnection(identity, charger.id().value(), version, centralSystem,
                new FrameSender() {
                    @Override
                    public void send(String frame) throws IOException {
                        serialised.sendMessage(new TextMessage(frame));
                    }

                    @Override
                    public void close(String reason) {
                        try {
                            serialised.close(CloseStatus.NORMAL.withReason(reason));
                        } catch (IOException e) {
                            log.info("Could not close the older connection of charge point {}: {}", identity, e.getMessage());
                        }
                    }
                });
        session.getAttributes().put(CONNECTION_ATTRIBUTE, connection);
        // The newer connection wins: the older one may be a half-dead socket the charge point gave up on.
        sessions.find(identity).ifPresent(ChargePointConnection::replaced);
        sessions.opened(connection);
        log.info("Charge point {} connected with {} (charger {})", identity, version.subprotocol(), charger.id());
        connection.opened(settings.callTimeout());
    }

    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        connection(session).receivePart(message.getPayload(), message.isLast());
    }

    /** OCPP-J is text only; a binary frame is answered like any other malformed frame, not with a close. */
    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
        if (message.isLast()) {
            connection(session).receiveBinary();
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        ChargePointConnection connection = connection(session);
        if (connection != null) {
            sessions.closed(connection);
            connection.closed();
            log.info("Charge point {} disconnected: {}", connection.chargePointId(), status);
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.info("Transport error on an OCPP connection: {}", exception.getMessage());
    }

    private static ChargePointConnection connection(WebSocketSession session) {
        return (ChargePointConnection) session.getAttributes().get(CONNECTION_ATTRIBUTE);
    }
}
