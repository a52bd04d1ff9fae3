package io.evpair.api.pairs;

import io.evpair.api.problems.ApiProblemException;
import io.evpair.api.problems.Problem;
import io.evpair.api.problems.ProblemType;
import io.evpair.api.security.AuthenticatedClient;
import io.evpair.engine.pairs.PairAssertion;
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

/** What a client knows better than the engine: that a pair is wrong, or which pair is right (issue 16, point 4). */
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
        Feedback said = Feedback.of(body == null ? null : body.vehicleId(), body == null ? null : body.chargerId(),
                body == null ? null : body.reportedBy());
        PairRejection outcome = pairing.reject(client.id(), userId, said.vehicleId(), said.chargerId(), said.reportedBy());
        if (outcome instanceof PairRejection.UnknownDevice unknown) {
            throw said.notFound(unknown.field());
        }
        if (outcome instanceof PairRejection.NotActivated) {
            throw new ApiProblemException(ProblemType.CONFLICT, "vehicle " + said.vehicleId() + " and charger "
                    + said.chargerId() + " are not paired now",
                    List.of(new Problem.Issue("chargerId", "not paired with that vehicle now")));
        }
    }

    @Schema(name = "ChargingPairAssertion")
    record Assertion(@Schema(description = "The vehicle the user says is on the charger now",
                             requiredMode = Schema.RequiredMode.REQUIRED) String vehicleId,
                     @Schema(description = "The charger it is plugged into", requiredMode = Schema.RequiredMode.REQUIRED)
                     String chargerId,
                     @Schema(description = "Who says so (the user, an installer, a support agent), kept in the history; "
                             + "at most 255 characters", example = "user") String reportedBy) {
    }

    @PostMapping("/users/{userId}/charging-pairs/assertions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "assertChargingPair", summary = "Tell evpair a vehicle is on a charger now: the pair is "
            + "activated with source USER (a pair either had with another ends as USER_REJECTED), is not re-weighed "
            + "against evidence, and ends when either side unplugs. 409 when the charger does not report a vehicle "
            + "plugged in")
    void assertPair(AuthenticatedClient client, @PathVariable String userId,
                    @RequestBody(required = false) Assertion body) {
        Feedback said = Feedback.of(body == null ? null : body.vehicleId(), body == null ? null : body.chargerId(),
                body == null ? null : body.reportedBy());
        PairAssertion outcome = pairing.assertPair(client.id(), userId, said.vehicleId(), said.chargerId(),
                said.reportedBy());
        if (outcome instanceof PairAssertion.UnknownDevice unknown) {
            throw said.notFound(unknown.field());
        }
        if (outcome instanceof PairAssertion.ChargerNotPluggedIn) {
            throw new ApiProblemException(ProblemType.CONFLICT, "charger " + said.chargerId()
                    + " does not report a vehicle plugged in",
                    List.of(new Problem.Issue("chargerId", "nothing is plugged into it now")));
        }
    }

    /** A feedback body, checked: both ids are UUIDs, {@code reportedBy} absent or 1–255 characters. */
    private record Feedback(VehicleId vehicleId, ChargerId chargerId, String reportedBy) {
        static Feedback of(String vehicleId, String chargerId, String reportedBy) {
            List<Problem.Issue> issues = new ArrayList<>();
            UUID vehicle = uuid(vehicleId, "vehicleId", issues);
            UUID charger = uuid(chargerId, "chargerId", issues);
            if (reportedBy != null && (reportedBy.isBlank() || reportedBy.length() > MAX_REPORTED_BY)) {
                issues.add(new Problem.Issue("reportedBy", "1–" + MAX_REPORTED_BY + " characters, or absent"));
            }
            if (!issues.isEmpty()) {
                throw new ApiProblemException(ProblemType.VALIDATION,
                        issues.get(0).field() + ": " + issues.get(0).message(), issues);
            }
            return new Feedback(new VehicleId(vehicle), new ChargerId(charger), reportedBy);
        }

        ApiProblemException notFound(String field) {
            return field.equals("vehicleId") ? ApiProblemException.notFound("Vehicle", vehicleId.value())
                    : ApiProblemException.notFound("Charger", chargerId.value());
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
