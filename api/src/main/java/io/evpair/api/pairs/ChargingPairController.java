package io.evpair.api.pairs;

import io.evpair.api.paging.PageCursors;
import io.evpair.api.paging.Paginated;
import io.evpair.api.security.AuthenticatedClient;
import io.evpair.engine.pairs.PairQueries;
import io.evpair.api.problems.ApiProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Charging pairs")
class ChargingPairController {
    private final PairQueries pairs;

    ChargingPairController(PairQueries pairs) {
        this.pairs = pairs;
    }

    @GetMapping("/charging-pairs")
    @Operation(operationId = "listChargingPairs", summary = "Every activated pair of the client, newest first")
    Paginated<ChargingPairResponse> active(AuthenticatedClient client,
                                           @RequestParam(required = false) Integer pageSize,
                                           @RequestParam(required = false) String after,
                                           @RequestParam(required = false) String before) {
        return Paginated.of(pairs.active(client.id(), PageCursors.request(pageSize, after, before)), ChargingPairResponse::of);
    }

    @GetMapping("/users/{userId}/charging-pairs")
    @Operation(operationId = "listUserChargingPairs",
            summary = "Every established pair of one user (each of its vehicles with each of its chargers), activated ones "
                    + "marked, then a PENDING item for each plugged-in charger the engine cannot decide on")
    Paginated<ChargingPairResponse> ofUser(AuthenticatedClient client, @PathVariable String userId) {
        List<ChargingPairResponse> items = new java.util.ArrayList<>(pairs.establishedOfUser(client.id(), userId)
                .orElseThrow(() -> ApiProblemException.notFound("User", userId)).stream()
                .map(ChargingPairResponse::of).toList());
        pairs.questionsOfUser(client.id(), userId).orElse(List.of())
                .forEach(q -> items.add(ChargingPairResponse.of(q, userId)));
        return new Paginated<>(items, new Paginated.Pagination(null, null));
    }

    @GetMapping("/users/{userId}/charging-pairs/history")
    @Operation(operationId = "listUserChargingPairHistory",
            summary = "One user's pair activations, past and present, newest first, with the evidence that decided each")
    Paginated<ChargingPairResponse.Activation> history(AuthenticatedClient client, @PathVariable String userId,
                                                       @RequestParam(required = false) Integer pageSize,
                                                       @RequestParam(required = false) String after,
                                                       @RequestParam(required = false) String before) {
        var request = PageCursors.request(pageSize, after, before);
        return Paginated.of(pairs.historyOfUser(client.id(), userId, request).orElseThrow(() -> ApiProblemException.notFound("User", userId)),
                ChargingPairResponse.Activation::of);
    }
}
