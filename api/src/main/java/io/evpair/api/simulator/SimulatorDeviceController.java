package io.evpair.api.simulator;

import io.evpair.api.chargers.ChargerResponse;
import io.evpair.api.chargers.ChargerResponses;
import io.evpair.api.security.AuthenticatedClient;
import io.evpair.api.vehicles.VehicleResponse;
import io.evpair.api.vehicles.VehicleResponses;
import io.evpair.engine.devices.ChargerInformation;
import io.evpair.engine.catalog.DeviceCatalog;
import io.evpair.engine.catalog.DeviceRegistration;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.devices.Registered;
import io.evpair.engine.devices.VehicleInformation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The simulated OEM's account set-up (SPEC §6.1): links virtual vehicles and chargers to a user. */
@RestController
@Validated
@Tag(name = "Simulator")
@ConditionalOnProperty(name = "evpair.simulator.enabled", havingValue = "true")
class SimulatorDeviceController {
    private final DeviceRegistration registration;
    private final DeviceCatalog catalog;

    SimulatorDeviceController(DeviceRegistration registration, DeviceCatalog catalog) {
        this.registration = registration;
        this.catalog = catalog;
    }

    @PostMapping("/simulator/users/{userId}/vehicles")
    @Operation(operationId = "createSimulatedVehicle",
            summary = "Link a simulated vehicle to a user, creating the user if new; idempotent per vendorDeviceId",
            responses = {@ApiResponse(responseCode = "201", description = "Created"),
                    @ApiResponse(responseCode = "200", description = "Already linked: the same vehicle")})
    ResponseEntity<VehicleResponse> createVehicle(AuthenticatedClient client,
                                                  @PathVariable @Size(min = 1, max = 200) String userId,
                                                  @Valid @RequestBody SimulatedVehicleRequest request) {
        var info = new VehicleInformation(null, request.brand(), request.model(), null,
                displayName(request.brand(), request.model()), request.batteryCapacityKwh());
        Registered<io.evpair.engine.devices.Vehicle> linked = registration.linkVehicle(client.id(), userId,
                Vendor.SIMULATED, request.vendorDeviceId(), info, SimulatedCapabilities.orNone(request.capabilities()));
        return ResponseEntity.status(linked.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(VehicleResponses.of(catalog.vehicle(client.id(), linked.device().id()).orElseThrow()));
    }

    @PostMapping("/simulator/users/{userId}/chargers")
    @Operation(operationId = "createSimulatedCharger",
            summary = "Link a simulated charger to a user, creating the user if new; idempotent per vendorDeviceId",
            responses = {@ApiResponse(responseCode = "201", description = "Created"),
                    @ApiResponse(responseCode = "200", description = "Already linked: the same charger")})
    ResponseEntity<ChargerResponse> createCharger(AuthenticatedClient client,
                                                  @PathVariable @Size(min = 1, max = 200) String userId,
                                                  @Valid @RequestBody SimulatedChargerRequest request) {
        GeoPoint address = request.address() == null ? null
                : new GeoPoint(request.address().latitude(), request.address().longitude());
        Registered<io.evpair.engine.devices.Charger> linked = registration.linkCharger(client.id(), userId,
                Vendor.SIMULATED, request.vendorDeviceId(), new ChargerInformation("Simulated", "Virtual charger", null, request.vendorDeviceId()),
                SimulatedCapabilities.orNone(request.capabilities()), address);
        return ResponseEntity.status(linked.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ChargerResponses.of(catalog.charger(client.id(), linked.device().id()).orElseThrow()));
    }

    private static String displayName(String brand, String model) {
        if (brand == null && model == null) {
            return null;
        }
        return ((brand == null ? "" : brand) + " " + (model == null ? "" : model)).trim();
    }
}
