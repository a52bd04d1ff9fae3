package io.evpair.api.vehicles;

import io.evpair.api.paging.PageCursors;
import io.evpair.api.paging.Paginated;
import io.evpair.api.problems.ApiProblemException;
import io.evpair.api.security.AuthenticatedClient;
import io.evpair.engine.catalog.DeviceCatalog;
import io.evpair.engine.ids.VehicleId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Vehicles")
class VehicleController {
    private final DeviceCatalog catalog;

    VehicleController(DeviceCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/vehicles")
    @Operation(operationId = "listVehicles", summary = "List the client's vehicles, newest first")
    Paginated<VehicleResponse> list(AuthenticatedClient client,
                                    @Parameter(description = "1–1000, default 50") @RequestParam(required = false) Integer pageSize,
                                    @RequestParam(required = false) String after,
                                    @RequestParam(required = false) String before) {
        return Paginated.of(catalog.vehicles(client.id(), PageCursors.request(pageSize, after, before)), VehicleResponses::of);
    }

    @GetMapping("/users/{userId}/vehicles")
    @Operation(operationId = "listUserVehicles", summary = "List one user's vehicles, newest first")
    Paginated<VehicleResponse> listOfUser(AuthenticatedClient client, @PathVariable String userId,
                                          @RequestParam(required = false) Integer pageSize,
                                          @RequestParam(required = false) String after,
                                          @RequestParam(required = false) String before) {
        var request = PageCursors.request(pageSize, after, before);
        return Paginated.of(catalog.vehiclesOfUser(client.id(), userId, request).orElseThrow(() -> ApiProblemException.notFound("User", userId)),
                VehicleResponses::of);
    }

    @GetMapping("/vehicles/{vehicleId}")
    @Operation(operationId = "getVehicle", summary = "Get a vehicle")
    VehicleResponse get(AuthenticatedClient client, @PathVariable UUID vehicleId) {
        return catalog.vehicle(client.id(), new VehicleId(vehicleId)).map(VehicleResponses::of)
                .orElseThrow(() -> ApiProblemException.notFound("Vehicle", vehicleId));
    }
}
