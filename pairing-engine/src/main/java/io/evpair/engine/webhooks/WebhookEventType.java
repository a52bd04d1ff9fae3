package io.evpair.engine.webhooks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The events a webhook can carry (SPEC §3), each with the name it has on the wire. */
public enum WebhookEventType {
    VEHICLE_DISCOVERED("user:vehicle:discovered"),
    VEHICLE_UPDATED("user:vehicle:updated"),
    VEHICLE_DELETED("user:vehicle:deleted"),
    CHARGER_DISCOVERED("user:charger:discovered"),
    CHARGER_UPDATED("user:charger:updated"),
    CHARGER_DELETED("user:charger:deleted"),
    PAIR_ACTIVATED("user:charging-pair:activated"),
    PAIR_DEACTIVATED("user:charging-pair:deactivated"),
    /** A plugged-in charger has two or more candidate vehicles and no decision: the client may ask its user. */
    PAIR_AMBIGUOUS("user:charging-pair:ambiguous"),
    ACTION_UPDATED("user:vendor-action:updated"),
    /** Sent to one webhook on request; nobody subscribes to it. */
    TEST("enode:webhook:test");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The wire names a webhook may subscribe to, in the order the API lists them. */
    public static List<String> subscribableNames() {
        return Arrays.stream(values()).filter(t -> t != TEST).map(WebhookEventType::wireName).toList();
    }

    public static Optional<WebhookEventType> subscribable(String wireName) {
        return Arrays.stream(values()).filter(t -> t != TEST && t.wireName.equals(wireName)).findFirst();
    }
}
