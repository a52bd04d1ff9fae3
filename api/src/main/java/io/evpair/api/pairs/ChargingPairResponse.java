package io.evpair.api.pairs;

import io.evpair.engine.pairs.ChargingPair;
import io.evpair.engine.pairs.EstablishedPair;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import io.evpair.engine.inference.PairQuestion;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A vehicle–charger pair. {@code state} is ESTABLISHED (same user, not plugged into each other now),
 * ACTIVATED (plugged into each other now: commands for the vehicle may go to the charger) or PENDING (a plugged-in
 * charger the engine cannot decide on: {@code vehicleId} is null and {@code candidates} lists the vehicles that fit).
 */
@Schema(name = "ChargingPair")
public record ChargingPairResponse(
        @Schema(description = "Null while PENDING") UUID vehicleId,
        UUID chargerId,
        String userId,
        @Schema(allowableValues = {"ESTABLISHED", "ACTIVATED", "PENDING"}) String state,
        @Schema(description = "When the engine activated the pair; null when not activated") Instant pairedAt,
        @Schema(description = "When the two were plugged in, as the devices reported it") Instant pluggedInAt,
        @Schema(description = "How sure the engine was when it activated the pair, 0–1") Double confidence,
        @Schema(description = "Who activated the pair: ENGINE from evidence, USER when the client asserted it; null "
                + "when not activated", allowableValues = {"ENGINE", "USER"}) String source,
        @Schema(description = "PENDING only: the vehicles that fit the charger, best first, with the engine's score "
                + "(it activates from 4 with a clear margin); ask the user and answer with POST "
                + "/users/{userId}/charging-pairs/assertions") List<Candidate> candidates) {

    @Schema(name = "ChargingPairCandidate")
    public record Candidate(UUID vehicleId, double score) {
    }

    static ChargingPairResponse of(PairQuestion q, String userId) {
        return new ChargingPairResponse(null, q.chargerId().value(), userId, "PENDING", null, q.pluggedInAt(), null, null,
                q.candidates().stream().map(c -> new Candidate(c.vehicleId().value(), c.score())).toList());
    }

    static ChargingPairResponse of(ChargingPair p) {
        return new ChargingPairResponse(p.vehicleId().value(), p.chargerId().value(), p.userId(), "ACTIVATED",
                p.pairedAt(), p.pluggedInAt(), p.confidence(), p.source().name(), null);
    }

    static ChargingPairResponse of(EstablishedPair p) {
        return p.isActivated() ? of(p.activation())
                : new ChargingPairResponse(p.vehicleId().value(), p.chargerId().value(), p.userId(), "ESTABLISHED", null,
                        null, null, null, null);
    }

    /** A past or present activation, with the evidence that decided it. */
    @Schema(name = "ChargingPairActivation")
    record Activation(UUID id, UUID vehicleId, UUID chargerId, String userId, Instant pluggedInAt, Instant pairedAt,
                      @Schema(description = "Null while the pair is active") Instant unpairedAt,
                      @Schema(example = "VEHICLE_UNPLUGGED") String unpairReason,
                      @Schema(description = "Who said so, when a client asserted or ended the pair "
                              + "(POST …/charging-pairs/assertions or …/rejections)", example = "user") String reportedBy,
                      double confidence,
                      @Schema(description = "The signals that decided the activation; empty when the client asserted it")
                      Map<String, Object> evidence,
                      @Schema(description = "ENGINE when evpair decided the pair from evidence, USER when the client "
                              + "asserted it", allowableValues = {"ENGINE", "USER"}) String source) {
        static Activation of(ChargingPair p) {
            return new Activation(p.id(), p.vehicleId().value(), p.chargerId().value(), p.userId(), p.pluggedInAt(),
                    p.pairedAt(), p.unpairedAt(), p.unpairReason() == null ? null : p.unpairReason().name(),
                    p.reportedBy(), p.confidence(), p.evidence(), p.source().name());
        }
    }
}
