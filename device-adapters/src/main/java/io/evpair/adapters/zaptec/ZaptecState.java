package io.evpair.adapters.zaptec;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A charger's state observations as Zaptec's {@code GET /api/chargers/{id}/state} lists them: {@code StateId},
 * {@code Timestamp}, {@code ValueAsString}. The ids used here are Zaptec's published observation ids.
 */
record ZaptecState(Map<Integer, JsonNode> byId) {
    static final int IS_ONLINE = -2;
    static final int TOTAL_CHARGE_POWER = 513; // W
    static final int CHARGER_OPERATION_MODE = 710;
    static final int FINAL_STOP_ACTIVE = 718;
    static final int CURRENT_USER = 722; // who authorized the running session

    static ZaptecState of(JsonNode observations) {
        Map<Integer, JsonNode> byId = new HashMap<>();
        for (JsonNode o : observations) {
            byId.put(o.path("StateId").asInt(Integer.MIN_VALUE), o);
        }
        return new ZaptecState(byId);
    }

    String value(int id) {
        JsonNode o = byId.get(id);
        return o == null ? null : o.path("ValueAsString").asString(null);
    }

    boolean offline() {
        String online = value(IS_ONLINE);
        return online != null && (online.equals("0") || online.equalsIgnoreCase("false"));
    }

    /** 1 disconnected, 2 connected and requesting, 3 charging, 5 connected and finished; anything else unknown. */
    Boolean pluggedIn() {
        return switch (mode()) {
            case 1 -> false;
            case 2, 3, 5 -> true;
            default -> null;
        };
    }

    Boolean charging() {
        Boolean plugged = pluggedIn();
        return plugged == null ? null : mode() == 3;
    }

    Double powerKw() {
        try {
            String watts = value(TOTAL_CHARGE_POWER);
            return watts == null ? null : Double.parseDouble(watts) / 1000;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The identity that authorized the running session (RFID tag or app user), for pairing by {@code idTag}. Empty
     * string or absent: none (a charger without authentication).
     */
    String authorizationToken() {
        String token = value(CURRENT_USER);
        return token == null || token.isBlank() ? null : token;
    }

    /** When the operation mode was last reported; {@code fallback} when Zaptec did not say. */
    Instant observedAt(Instant fallback) {
        JsonNode o = byId.get(CHARGER_OPERATION_MODE);
        if (o == null) {
            return fallback;
        }
        String stamp = o.path("Timestamp").asString("");
        try {
            return OffsetDateTime.parse(stamp).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(stamp).toInstant(java.time.ZoneOffset.UTC); // Zaptec often omits the Z
            } catch (DateTimeParseException again) {
                return fallback;
            }
        }
    }

    private int mode() {
        try {
            String mode = value(CHARGER_OPERATION_MODE);
            return mode == null ? -1 : Integer.parseInt(mode.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
