package io.evpair.engine.inference;

import java.time.Duration;

/**
 * The signals behind a pairing decision, kept with it so that support can see why a pair was made.
 * Nullable fields mean the signal was not available (for instance no GPS, no charge rate, no capacity).
 *
 * @param plugInGap            distance between the two devices' plug-in estimates (clock skew corrected)
 * @param transitionsMatched   charging starts, stops and rate steps seen on both sides at the same time
 * @param rateSamplesAgreeing  vehicle samples whose charge rate fits the charger's at that moment
 * @param rateRatio            median vehicle (DC) over charger (AC) rate, expected 0.85–0.95
 * @param energyRatio          battery gain × capacity over the charger's metered energy
 * @param distanceMetres       vehicle GPS to the charger's learned place, its address or the household's usual place
 * @param exclusive            no other vehicle/charger of the household could explain either device
 * @param historySessions      earlier activations of this same pair (a tie-breaker only)
 * @param score                summed log-odds-like points for this pair
 * @param margin               how far the best household assignment with this pair beats the best one without it
 * @param identity             the charger showed the vehicle's own identifier, declared or learned; null otherwise
 */
public record PairEvidence(Duration plugInGap, int transitionsMatched, int rateSamplesAgreeing, Double rateRatio,
                           Double energyRatio, Double distanceMetres, boolean exclusive, int historySessions,
                           double score, double margin, IdentitySource identity) {
}
