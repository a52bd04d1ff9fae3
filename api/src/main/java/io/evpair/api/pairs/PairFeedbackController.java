package io.evpair.api.pairs;

import io.evpair.api.problems.ApiProblemException;
import io.evpair.api.problems.Problem;
import io.evpair.api.problems.ProblemType;
import io.evpair.api.security.AuthenticatedClient;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.pairs.PairRejection;
import io.evpair.engine.pairs.PairFeedback;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What a client knows better than the engine: that a pair it activated is wrong (issue 16, point 4). */
@RestController
@Tag(name = "Charging pairs")
class PairFeedbackController {
    static final int MAX_REPORTED_BY = 255;

    private final PairFeedback pairing;

    PairFeedbackController(PairFeedback pairing) {
        this.pairing = pairing;
    }

    @Schema(name = "ChargingPairRejection")
    record Rejection(@Schema(description = "The vehicle the user says is not on the charger",
                             requiredMode = Schema.RequiredMode.REQUIRED) String vehicleId,
                     @Schema(description = "The charger of the activated pair", requiredMode = Schema.RequiredMode.REQUIRED)
                     String chargerId,
                     @Schema(description = "Who says so (the user, an installer, a support agent), kept in the history; "
                             + "at most 255 characters", example = "user") String reportedBy) {
    }

    @PostMapping("/users/{userId}/charging-pairs/rejections")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "rejectChargingPair", summary = "Tell evpair an activated pair is wrong: it ends with "
            + "USER_REJECTED, is not activated again until one of the two plugs in anew, and what the charger showed is "
            + "no longer taken as the vehicle's identifier. 409 when the two are not paired now")
    void reject(AuthenticatedClient client, @PathVariable String userId, @RequestBody(required = false) Rejection body) {
        List<Problem.Issue> issues = new ArrayList<>();
        UUID vehicleId = uuid(body == null ? null : body.vehicleId(), "vehicleId", issues);
        UUID chargerId = uuid(body == null ? null : body.chargerId(), "chargerId", issues);
        String reportedBy = body == null ? null : body.reportedBy();
        if (reportedBy != null && (reportedBy.isBlank() || reportedBy.length() > MAX_REPORTED_BY)) {
            issues.add(new Problem.Issue("reportedBy", "1–" + MAX_REPORTED_BY + " characters, or absent"));
        }
        if (!issues.isEmpty()) {
            throw new ApiProblemException(ProblemType.VALIDATION, issues.get(0).field() + ": " + issues.get(0).message(),
                    issues);
        }
        PairRejection outcome = pairing.reject(client.id(), userId, new VehicleId(vehicleId), new ChargerId(chargerId), reportedBy);
        if (outcome instanceof PairRejection.UnknownDevice unknown) {
            throw ApiProblemException.notFound(unknown.field().equals("vehicleId") ? "Vehicle" : "Charger",
                    unknown.field().equals("vehicleId") ? vehicleId : chargerId);
        }
        if (outcome instanceof PairRejection.NotActivated) {
            throw new ApiProblemException(ProblemType.CONFLICT, "vehicle " + vehicleId + " and charger " + chargerId
                    + " are not paired now", List.of(new Problem.Issue("chargerId", "not paired with that vehicle now")));
        }
    }

    private static UUID uuid(String value, String field, List<Problem.Issue> issues) {
        if (value == null || value.isBlank()) {
            issues.add(new Problem.Issue(field, "is required"));
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            issues.add(new Problem.Issue(field, "must be a UUID"));
            return null;
        }
    }
}
