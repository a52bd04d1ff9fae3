package io.evpair.adapters.ocpp;

import io.evpair.engine.devices.Charger;
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
    /** Servlet containers default to 8 KiB; a StopTransaction with its transactionData can be far larger. */
    private static final int MAX_FRAME_CHARS = 256 * 1024;

    private final CentralSystem centralSystem;
    private final ChargePointSessions sessions;

    public OcppWebSocketHandler(CentralSystem centralSystem, ChargePointSessions sessions) {
        this.centralSystem = centralSystem;
        this.sessions = sessions;
    }

    @Override
    public List<String> getSubProtocols() {
        return List.of(ChargePointHandshake.SUBPROTOCOL);
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        session.setTextMessageSizeLimit(MAX_FRAME_CHARS);
        Charger charger = (Charger) session.getAttributes().get(ChargePointHandshake.CHARGER_ATTRIBUTE);
        String identity = (String) session.getAttributes().get(ChargePointHandshake.IDENTITY_ATTRIBUTE);
        // Our calls (commands) and our answers come from different threads; the decorator serialises sends.
        var serialised = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, SEND_BUFFER_BYTES);
        ChargePointConnection connection = new ChargePointConnection(identity, charger.id(), centralSystem,
                frame -> serialised.sendMessage(new TextMessage(frame)));
        session.getAttributes().put(CONNECTION_ATTRIBUTE, connection);
        sessions.opened(connection);
        log.info("Charge point {} connected (charger {})", identity, charger.id());
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        connection(session).receive(message.getPayload());
    }

    /** OCPP-J is text only; a binary frame is answered like any other malformed frame, not with a close. */
    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
        connection(session).receiveBinary();
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
