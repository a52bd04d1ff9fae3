package io.evpair.adapters.smartcar;

import io.evpair.engine.vendors.PushReceiver;
import io.evpair.engine.vendors.PushedState;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Smartcar's webhooks: each delivery is signed in {@code SC-Signature}, the hex HMAC-SHA256 of the raw body keyed
 * with the application management token; the {@code verify} event is answered with the HMAC of its challenge. A
 * data delivery carries, per vehicle, responses shaped like a batch's ({@code path}, {@code code}, {@code body}).
 */
final class SmartcarWebhooks implements PushReceiver {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String applicationManagementToken;
    private final Clock clock;

    SmartcarWebhooks(String applicationManagementToken, Clock clock) {
        this.applicationManagementToken = applicationManagementToken == null ? "" : applicationManagementToken;
        this.clock = clock;
    }

    @Override
    public Answer receive(String body, Function<String, Optional<String>> headers) {
        if (applicationManagementToken.isBlank()) {
            return new Answer.Refused("evpair.vendors.smartcar.application-management-token is not set");
        }
        JsonNode event;
        try {
            event = JSON.readTree(body);
        } catch (RuntimeException e) {
            return new Answer.Refused("the body is not JSON");
        }
        if ("verify".equals(event.path("eventName").asString(""))) {
            // Smartcar proves the URL is ours by asking for the challenge's HMAC; nothing is read from it.
            String challenge = event.path("payload").path("challenge").asString("");
            return new Answer.Accepted("{\"challenge\":\"" + hmac(challenge) + "\"}", List.of());
        }
        Optional<String> signature = headers.apply("SC-Signature");
        if (signature.isEmpty() || !MessageDigest.isEqual(hmac(body).getBytes(StandardCharsets.US_ASCII),
                signature.get().trim().toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            return new Answer.Refused("SC-Signature " + (signature.isEmpty() ? "missing" : "does not match the body"));
        }
        Instant now = clock.instant();
        List<PushedState> states = new ArrayList<>();
        JsonNode payload = event.path("payload");
        List<JsonNode> vehicles = new ArrayList<>();
        if (payload.has("vehicleId")) {
            vehicles.add(payload);
        }
        payload.path("vehicles").forEach(vehicles::add);
        for (JsonNode vehicle : vehicles) {
            SmartcarVehicle.SmartcarReadings readings = SmartcarVehicle.SmartcarReadings.of(vehicle.path("data"));
            String id = vehicle.path("vehicleId").asString("");
            if (!id.isBlank() && !readings.isEmpty()) {
                states.add(readings.state(id, now));
            }
        }
        return new Answer.Accepted("{}", states);
    }

    String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(applicationManagementToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
