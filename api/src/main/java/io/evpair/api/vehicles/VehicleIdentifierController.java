package io.evpair.api.vehicles;

import io.evpair.api.problems.ApiProblemException;
import io.evpair.api.problems.Problem;
import io.evpair.api.problems.ProblemType;
import io.evpair.api.security.AuthenticatedClient;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.inference.VehicleIdentifier;
import io.evpair.engine.pairs.DeclaredIdentifierConflict;
import io.evpair.engine.pairs.VehicleIdentifiers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a charger shows when a vehicle plugs in (an RFID card, an ISO 15118 / Autocharge id, an OCPP idTag), like
 * evcc's {@code identifiers:}. Declared ones pair the vehicle at once on a charger showing them; learned ones come
 * from the vehicle's pairs (docs/pairing.md).
 */
@RestController
@Tag(name = "Vehicles")
class VehicleIdentifierController {
    static final int MAX_IDENTIFIERS = 20;
    static final int MAX_LENGTH = 255;

    private final VehicleIdentifiers pairing;

    VehicleIdentifierController(VehicleIdentifiers pairing) {
        this.pairing = pairing;
    }

    @Schema(name = "VehicleIdentifiersRequest")
    record Declaration(@Schema(description = "Replaces every declared identifier of the vehicle; at most 20, each "
            + "1–255 characters, as the charger shows it", example = "[\"VID:0A1B2C3D4E5F\", \"04A1B2C3D4E5F6\"]",
            requiredMode = Schema.RequiredMode.REQUIRED) List<String> identifiers) {
    }

    @Schema(name = "VehicleIdentifier")
    record Item(@Schema(example = "VID:0A1B2C3D4E5F") String value,
                @Schema(description = "DECLARED by the client, or LEARNED from the vehicle's pairs") String source,
                @Schema(description = "Pairs of this vehicle that ended with an unplug while a charger showed it")
                int confirmations,
                @Schema(description = "When the last such pair ended") Instant lastConfirmedAt,
                @Schema(description = "Other vehicles of the user showed it too: a household card, which tells "
                        + "that one of the user's cars plugged in, not which") boolean shared) {
        static Item of(VehicleIdentifier i) {
            return new Item(i.value(), i.source().name(), i.confirmations(), i.lastConfirmedAt(), i.shared());
        }
    }

    @Schema(name = "VehicleIdentifiers")
    record Items(List<Item> data) {
        static Items of(List<VehicleIdentifier> identifiers) {
            return new Items(identifiers.stream().map(Item::of).toList());
        }
    }

    @GetMapping("/vehicles/{vehicleId}/identifiers")
    @Operation(operationId = "getVehicleIdentifiers",
            summary = "The vehicle's identifiers: declared ones first, then learned ones, with how often each was confirmed")
    Items get(AuthenticatedClient client, @PathVariable UUID vehicleId) {
        return Items.of(pairing.identifiersOf(client.id(), new VehicleId(vehicleId))
                .orElseThrow(() -> ApiProblemException.notFound("Vehicle", vehicleId)));
    }

    @PutMapping("/vehicles/{vehicleId}/identifiers")
    @Operation(operationId = "putVehicleIdentifiers", summary = "Declare the vehicle's identifiers, replacing those "
            + "declared before; a charger showing one pairs with this vehicle at once")
    Items put(AuthenticatedClient client, @PathVariable UUID vehicleId, @RequestBody(required = false) Declaration body) {
        List<String> values = validated(body);
        try {
            return Items.of(pairing.declareIdentifiers(client.id(), new VehicleId(vehicleId), values)
                    .orElseThrow(() -> ApiProblemException.notFound("Vehicle", vehicleId)));
        } catch (DeclaredIdentifierConflict e) {
            throw ApiProblemException.invalid("identifiers[" + e.index() + "]", e.getMessage());
        }
    }

    @DeleteMapping("/vehicles/{vehicleId}/identifiers")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteVehicleIdentifiers",
            summary = "Forget the vehicle's declared identifiers; learned ones stay, as the vehicle's pairs taught them")
    void delete(AuthenticatedClient client, @PathVariable UUID vehicleId) {
        pairing.declareIdentifiers(client.id(), new VehicleId(vehicleId), List.of())
                .orElseThrow(() -> ApiProblemException.notFound("Vehicle", vehicleId));
    }

    private static List<String> validated(Declaration body) {
        if (body == null || body.identifiers() == null) {
            throw ApiProblemException.invalid("identifiers", "is required: a list of strings, [] for none");
        }
        List<String> values = body.identifiers();
        List<Problem.Issue> issues = new ArrayList<>();
        if (values.size() > MAX_IDENTIFIERS) {
            issues.add(new Problem.Issue("identifiers", "at most " + MAX_IDENTIFIERS + " identifiers"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            String field = "identifiers[" + i + "]";
            if (v == null || v.isBlank()) {
                issues.add(new Problem.Issue(field, "must be a non-empty string"));
            } else if (v.length() > MAX_LENGTH) {
                issues.add(new Problem.Issue(field, "at most " + MAX_LENGTH + " characters"));
            } else if (!seen.add(v)) {
                issues.add(new Problem.Issue(field, "appears twice"));
            }
        }
        if (!issues.isEmpty()) {
            throw new ApiProblemException(ProblemType.VALIDATION, issues.get(0).field() + ": " + issues.get(0).message(),
                    issues);
        }
        return values;
    }
}
