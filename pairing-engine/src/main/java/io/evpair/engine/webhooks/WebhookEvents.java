package io.evpair.engine.webhooks;

import java.util.List;

/** The events a webhook can subscribe to (SPEC §3). */
public final class WebhookEvents {
    public static final String VEHICLE_DISCOVERED = "user:vehicle:discovered";
    public static final String VEHICLE_UPDATED = "user:vehicle:updated";
    public static final String VEHICLE_DELETED = "user:vehicle:deleted";
    public static final String CHARGER_DISCOVERED = "user:charger:discovered";
    public static final String CHARGER_UPDATED = "user:charger:updated";
    public static final String CHARGER_DELETED = "user:charger:deleted";
    public static final String PAIR_ACTIVATED = "user:charging-pair:activated";
    public static final String PAIR_DEACTIVATED = "user:charging-pair:deactivated";
    public static final String ACTION_UPDATED = "user:vendor-action:updated";
    public static final String TEST = "enode:webhook:test";

    public static final List<String> SUBSCRIBABLE = List.of(VEHICLE_DISCOVERED, VEHICLE_UPDATED, VEHICLE_DELETED,
            CHARGER_DISCOVERED, CHARGER_UPDATED, CHARGER_DELETED, PAIR_ACTIVATED, PAIR_DEACTIVATED, ACTION_UPDATED);

    private WebhookEvents() {
    }
}
