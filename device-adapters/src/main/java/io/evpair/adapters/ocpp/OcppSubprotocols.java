package io.evpair.adapters.ocpp;

import java.util.List;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * Picks the subprotocol of a charge point's handshake: OCPP 2.0.1 when it is offered, whatever the order of the
 * offer (Spring's default takes the client's first), else OCPP 1.6.
 */
public final class OcppSubprotocols extends DefaultHandshakeHandler {
    @Override
    protected String selectProtocol(List<String> requestedProtocols, WebSocketHandler webSocketHandler) {
        List<String> offered = requestedProtocols.stream().flatMap(p -> List.of(p.split(",")).stream())
                .map(String::trim).toList();
        for (OcppVersion version : OcppVersion.values()) {
            if (offered.contains(version.subprotocol())) {
                return version.subprotocol();
            }
        }
        return null;
    }
}
