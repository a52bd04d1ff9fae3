package io.evpair.api.chargers;

import io.evpair.api.paging.PageCursors;
import io.evpair.api.paging.Paginated;
import io.evpair.api.problems.ApiProblemException;
import io.evpair.api.security.AuthenticatedClient;
import io.evpair.engine.catalog.DeviceCatalog;
import io.evpair.engine.ids.ChargerId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Chargers")
class ChargerController {
    private final DeviceCatalog catalog;

    ChargerController(DeviceCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/chargers")
    @Operation(operationId = "listChargers", summary = "List the client's chargers, newest first")
    Paginated<ChargerResponse> list(AuthenticatedClient client,
                                    @Parameter(description = "1–1000, default 50") @RequestParam(required = false) Integer pageSize,
                                    @RequestParam(required = false) String after,
                                    @RequestParam(required = false) String before) {
        return Paginated.of(catalog.chargers(client.id(), PageCursors.request(pageSize, after, before)), ChargerResponses::of);
    }

    @GetMapping("/users/{userId}/chargers")
    @Operation(operationId = "listUserChargers", summary = "List one user's chargers, newest first")
    Paginated<ChargerResponse> listOfUser(AuthenticatedClient client, @PathVariable String userId,
                                          @RequestParam(required = false) Integer pageSize,
                                          @RequestParam(required = false) String after,
                                          @RequestParam(required = false) String before) {
        var request = PageCursors.request(pageSize, after, before);
        return Paginated.of(catalog.chargersOfUser(client.id(), userId, request).orElseThrow(() -> ApiProblemException.notFound("User", userId)),
                ChargerResponses::of);
    }

    @GetMapping("/chargers/{chargerId}")
    @Operation(operationId = "getCharger", summary = "Get a charger")
    ChargerResponse get(AuthenticatedClient client, @PathVariable UUID chargerId) {
        return catalog.charger(client.id(), new ChargerId(chargerId)).map(ChargerResponses::of)
                .orElseThrow(() -> ApiProblemException.notFound("Charger", chargerId));
    }
}
