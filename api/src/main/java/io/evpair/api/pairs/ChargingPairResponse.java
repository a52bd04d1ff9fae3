package io.evpair.api.pairs;

import io.evpair.engine.pairs.ChargingPair;
import io.evpair.engine.pairs.EstablishedPair;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A vehicle–charger pair. {@code state} is ESTABLISHED (same user, not plugged into each other now) or
 * ACTIVATED (plugged into each other now: commands for the vehicle may go to the charger).
 */
@Schema(name = "ChargingPair")
public record ChargingPairResponse(
        UUID vehicleId,
        UUID chargerId,
        String userId,
        @Schema(allowableValues = {"ESTABLISHED", "ACTIVATED"}) String state,
        @Schema(description = "When the engine activated the pair; null when not activated") Instant pairedAt,
        @Schema(description = "When the two were plugged in, as the devices reported it") Instant pluggedInAt,
        @Schema(description = "How sure the engine was when it activated the pair, 0–1") Double confidence) {

    static ChargingPairResponse of(ChargingPair p) {
        return new ChargingPairResponse(p.vehicleId().value(), p.chargerId().value(), p.userId(), "ACTIVATED", p.pairedAt(),
                p.pluggedInAt(), p.confidence());
    }

    static ChargingPairResponse of(EstablishedPair p) {
        return p.isActivated() ? of(p.activation())
                : new ChargingPairResponse(p.vehicleId().value(), p.chargerId().value(), p.userId(), "ESTABLISHED", null, null, null);
    }

    /** A past or present activation, with the evidence that decided it. */
    @Schema(name = "ChargingPairActivation")
    record Activation(UUID id, UUID vehicleId, UUID chargerId, String userId, Instant pluggedInAt, Instant pairedAt,
                      @Schema(description = "Null while the pair is active") Instant unpairedAt,
                      @Schema(example = "VEHICLE_UNPLUGGED") String unpairReason,
                      @Schema(description = "Who said so, when a client ended the pair (POST …/charging-pairs/rejections)",
                              example = "user") String reportedBy,
                      double confidence,
                      @Schema(description = "The signals that decided the activation") Map<String, Object> evidence) {
        static Activation of(ChargingPair p) {
            return new Activation(p.id(), p.vehicleId().value(), p.chargerId().value(), p.userId(), p.pluggedInAt(), p.pairedAt(),
                    p.unpairedAt(), p.unpairReason() == null ? null : p.unpairReason().name(), p.reportedBy(), p.confidence(), p.evidence());
        }
    }
}
