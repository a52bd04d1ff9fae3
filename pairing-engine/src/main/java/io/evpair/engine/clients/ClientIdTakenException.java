package io.evpair.engine.clients;

/** Registration asked for a {@code clientId} another client already has. */
public class ClientIdTakenException extends RuntimeException {
    private final String clientId;

    public ClientIdTakenException(String clientId) {
        super("client id '" + clientId + "' is already taken");
        this.clientId = clientId;
    }

    public String clientId() {
        return clientId;
    }
}
