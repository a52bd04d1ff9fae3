package io.evpair.persistence.webhooks;

import io.evpair.engine.actions.ActionUpdated;
import io.evpair.engine.actions.ChargeAction;
import io.evpair.engine.devices.DeviceDeleted;
import io.evpair.engine.devices.DeviceDiscovered;
import io.evpair.engine.devices.DeviceUpdated;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.pairs.PairActivated;
import io.evpair.engine.pairs.PairDeactivated;
import io.evpair.engine.pairs.PairQuestionAsked;
import io.evpair.engine.webhooks.DomainEvent;
import io.evpair.engine.webhooks.WebhookTested;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The engine's events in Enode's 2024-10-01 webhook shape: the envelope (event, createdAt, version, user) and then
 * each event's own fields. The one place that knows the wire form, so the domain never builds JSON.
 */
final class EnodeEventBodies {
    static final String API_VERSION = "2024-10-01";

    private EnodeEventBodies() {
    }

    static Map<String, Object> body(DomainEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event.type().wireName());
        body.put("createdAt", event.at().toString());
        body.put("version", API_VERSION);
        if (event.userId() != null) {
            body.put("user", Map.of("id", event.userId()));
        }
        putData(body, event);
        return body;
    }

    private static void putData(Map<String, Object> out, DomainEvent event) {
        if (event instanceof DeviceDiscovered e) {
            putDevice(out, e.device());
            out.put("vendor", e.vendor().name());
        } else if (event instanceof DeviceUpdated e) {
            putDevice(out, e.device());
            out.put("updatedFields", e.updatedFields());
        } else if (event instanceof DeviceDeleted e) {
            putDevice(out, e.device());
        } else if (event instanceof PairActivated e) {
            out.put("vehicleId", e.vehicleId().toString());
            out.put("chargerId", e.chargerId().toString());
            out.put("pairedAt", e.pairedAt().toString());
            out.put("confidence", Double.isFinite(e.confidence()) ? Math.round(e.confidence() * 1000) / 1000.0 : 0);
            out.put("source", e.source().name());
        } else if (event instanceof PairDeactivated e) {
            out.put("vehicleId", e.vehicleId().toString());
            out.put("chargerId", e.chargerId().toString());
            out.put("unpairedAt", e.unpairedAt().toString());
            out.put("reason", e.reason().name());
        } else if (event instanceof PairQuestionAsked e) {
            out.put("chargerId", e.question().chargerId().toString());
            out.put("pluggedInAt", e.question().pluggedInAt().toString());
            out.put("candidates", e.question().candidates().stream().map(c -> Map.of("vehicleId",
                    c.vehicleId().toString(), "score", c.score())).toList());
        } else if (event instanceof ActionUpdated e) {
            putAction(out, e.action());
        } else if (event instanceof WebhookTested e) {
            out.put("webhookId", e.webhookId().toString());
        } else {
            throw new IllegalArgumentException("no webhook shape for " + event.getClass().getName());
        }
    }

    private static void putDevice(Map<String, Object> out, DeviceId device) {
        out.put(device.type() == DeviceType.VEHICLE ? "vehicleId" : "chargerId", device.value().toString());
    }

    private static void putAction(Map<String, Object> out, ChargeAction a) {
        out.put("actionId", a.id().toString());
        out.put("targetId", a.targetId().toString());
        out.put("targetType", a.targetType().name().toLowerCase(Locale.ROOT));
        out.put("kind", a.kind().name());
        out.put("state", a.state().name());
        if (a.failureReason() != null) {
            out.put("failureReason", Map.of("type", a.failureReason().type().name(), "detail", a.failureReason().detail()));
        }
    }
}
