package io.evpair.app.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evpair.app.support.IntegrationTest;
import io.evpair.client.ApiClient;
import io.evpair.client.ApiException;
import io.evpair.client.api.AdminApi;
import io.evpair.client.api.AuthenticationApi;
import io.evpair.client.api.ChargingPairsApi;
import io.evpair.client.api.SimulatorApi;
import io.evpair.client.api.VehiclesApi;
import io.evpair.client.model.AccessToken;
import io.evpair.client.model.Charger;
import io.evpair.client.model.ChargingPair;
import io.evpair.client.model.CreateApiClientRequest;
import io.evpair.client.model.RegisteredApiClient;
import io.evpair.client.model.SimulatedCapabilities;
import io.evpair.client.api.ActionsApi;
import io.evpair.client.model.Action;
import io.evpair.client.model.ChargingRequest;
import io.evpair.client.model.SimulatedChargerRequest;
import io.evpair.client.model.SimulatedObservation;
import io.evpair.client.model.SimulatedObservation.DeviceTypeEnum;
import io.evpair.client.model.SimulatedObservations;
import io.evpair.client.model.SimulatedVehicleRequest;
import io.evpair.client.model.SimulatorClockRequest;
import io.evpair.client.model.Vehicle;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a customer does with the Java SDK generated from {@code clients/openapi.json} (module
 * {@code clients/java}), and nothing else: no hand-written HTTP, no evpair classes. Operator registers a
 * client; the client gets a token, links a simulated car and charger, reports a charging session, moves the
 * simulator's clock, reads the pair back, and stops charging through it with an action.
 */
class GeneratedJavaClientTest extends IntegrationTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 3, 18, 0, 0, 0, ZoneOffset.UTC);

    @org.springframework.beans.factory.annotation.Value("${local.server.port}")
    private int port;

    @Test
    void aCustomerPairsACarWithItsChargerThroughTheGeneratedClient() throws ApiException {
        RegisteredApiClient registered = new AdminApi(authorized(basic("admin", ADMIN_PASSWORD)))
                .createApiClient(new CreateApiClientRequest().name("SDK customer")
                        .clientId("sdk-" + UUID.randomUUID().toString().substring(0, 8)));

        // The token endpoint is a form post with HTTP Basic: the generated method takes the form fields, and
        // the credential as a header.
        AccessToken token = new AuthenticationApi(client()).getAccessToken("client_credentials", null,
                Map.of("Authorization", basic(registered.getClientId(), registered.getClientSecret())));
        assertThat(token.getTokenType()).isEqualTo("Bearer");
        ApiClient customer = authorized("Bearer " + token.getAccessToken());

        SimulatorApi simulator = new SimulatorApi(customer);
        Vehicle car = simulator.createSimulatedVehicle("sasha", new SimulatedVehicleRequest().vendorDeviceId("sdk-v-1")
                .brand("Kia").model("e-Niro").batteryCapacityKwh(64.0)
                .capabilities(new SimulatedCapabilities().startCharging(false).stopCharging(true).setChargeRateLimit(false)));
        Charger charger = simulator.createSimulatedCharger("sasha", new SimulatedChargerRequest().vendorDeviceId("sdk-c-1")
                .capabilities(new SimulatedCapabilities().startCharging(true).stopCharging(true).setChargeRateLimit(true)));

        // The car and the charger plug in and start charging together; the car reports a minute behind.
        List<SimulatedObservation> session = new ArrayList<>();
        for (int minute = 0; minute <= 60; minute += 2) {
            boolean charging = minute >= 1;
            session.add(report("sdk-c-1", DeviceTypeEnum.CHARGER, minute, minute, charging, charging ? 7.2 : 0.0, null));
            session.add(report("sdk-v-1", DeviceTypeEnum.VEHICLE, minute, minute + 1, charging, charging ? 6.5 : 0.0,
                    40.0 + minute * 0.17));
        }
        assertThat(simulator.postSimulatedObservations(new SimulatedObservations().observations(session)).getAccepted())
                .isEqualTo(session.size());
        simulator.advanceSimulatorClock(new SimulatorClockRequest().now(T0.plusMinutes(62)));

        Vehicle read = new VehiclesApi(customer).getVehicle(car.getId());
        assertThat(read.getUserId()).isEqualTo("sasha");
        assertThat(read.getChargeState().getIsCharging()).isTrue();
        assertThat(read.getChargeState().getPluggedInChargerId()).isEqualTo(charger.getId());

        List<ChargingPair> pairs = new ChargingPairsApi(customer).listChargingPairs(null, null, null).getData();
        assertThat(pairs).singleElement().satisfies(pair -> {
            assertThat(pair.getVehicleId()).isEqualTo(car.getId());
            assertThat(pair.getChargerId()).isEqualTo(charger.getId());
            assertThat(pair.getState()).isEqualTo(ChargingPair.StateEnum.ACTIVATED);
        });

        // Stop charging through the pair: the command goes to the charger, and the charger's report confirms it.
        ActionsApi actions = new ActionsApi(customer);
        Action stop = actions.controlVehicleCharging(car.getId(), new ChargingRequest().action(ChargingRequest.ActionEnum.STOP));
        assertThat(stop.getState()).isEqualTo(Action.StateEnum.PENDING);
        assertThat(stop.getExecutorId()).isEqualTo(charger.getId());
        simulator.postSimulatedObservations(new SimulatedObservations()
                .observations(List.of(report("sdk-c-1", DeviceTypeEnum.CHARGER, 64, 64, false, 0.0, null))));
        assertThat(actions.getVehicleAction(stop.getId()).getState()).isEqualTo(Action.StateEnum.CONFIRMED);
    }

    @Test
    void problemsReachTheCallerAsApiExceptionsWithTheProblemDocument() throws ApiException {
        VehiclesApi anonymous = new VehiclesApi(client());

        assertThatThrownBy(() -> anonymous.getVehicle(UUID.randomUUID()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));
    }

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        return client;
    }

    private ApiClient authorized(String authorization) {
        return client().setRequestInterceptor(request -> request.header("Authorization", authorization));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static SimulatedObservation report(String device, DeviceTypeEnum type, int observedMinute, int receivedMinute,
                                               boolean charging, double rate, Double battery) {
        return new SimulatedObservation().vendorDeviceId(device).deviceType(type)
                .observedAt(T0.plusMinutes(observedMinute)).receivedAt(T0.plusMinutes(receivedMinute).plusSeconds(5))
                .isPluggedIn(true).isCharging(charging).chargeRateKw(rate).batteryLevel(battery);
    }
}
