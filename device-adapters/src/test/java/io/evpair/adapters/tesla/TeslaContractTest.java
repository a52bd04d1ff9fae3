package io.evpair.adapters.tesla;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.adapters.contract.FixedClock;
import io.evpair.adapters.contract.VendorContract;
import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.vendors.CloudAccess;
import io.evpair.engine.vendors.PollOutcome;
import io.evpair.engine.vendors.VendorCloud;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tesla's Fleet API on the contract kit: a vehicle (start, stop, amps from kW) and a Wall Connector (no commands). */
class TeslaContractTest extends VendorContract {
    private static final String VIN = "5YJ3E1EA7KF000001";
    private static final DeviceAddress CAR = new DeviceAddress(UUID.randomUUID(), DeviceType.VEHICLE, TeslaCloud.VENDOR, VIN);
    private static final DeviceAddress WALL = new DeviceAddress(UUID.randomUUID(), DeviceType.CHARGER, TeslaCloud.VENDOR, "2252/PGT1");

    @Override
    protected VendorCloud cloud(CloudHttp http, CloudAccess access, FixedClock clock) {
        return new TeslaCloud(http, access, clock);
    }

    @Override
    protected String tokenPath() {
        return "/oauth2/v3/token";
    }

    @Override
    protected void stubAccount() {
        stub.stubFor(get(urlEqualTo("/api/1/vehicles")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(okJson("{\"response\":[{\"vin\":\"" + VIN + "\",\"display_name\":\"Blue\"}],\"count\":1}")));
        stub.stubFor(get(urlEqualTo("/api/1/products")).willReturn(okJson(
                "{\"response\":[{\"energy_site_id\":2252,\"resource_type\":\"wall_connector\"}],\"count\":1}")));
        stubLiveStatus();
    }

    private static void stubLiveStatus() {
        stub.stubFor(get(urlEqualTo("/api/1/energy_sites/2252/live_status")).willReturn(okJson("""
                {"response":{"timestamp":"2026-11-25T01:59:00+01:00","wall_connectors":[
                  {"din":"PGT1","wall_connector_state":1,"wall_connector_power":7200}]}}""")));
    }

    @Override
    protected List<Kind> kinds() {
        return List.of(
                new Kind(CAR, () -> stub.stubFor(get(urlPathEqualTo("/api/1/vehicles/" + VIN + "/vehicle_data"))
                        .willReturn(okJson("""
                                {"response":{"charge_state":{"charging_state":"Charging","battery_level":61,
                                 "charger_power":11,"charger_voltage":230,"charger_phases":3,"timestamp":1764032340000},
                                 "drive_state":{"latitude":59.91,"longitude":10.75}}}"""))),
                        o -> {
                            assertThat(o.pluggedIn()).isTrue();
                            assertThat(o.charging()).isTrue();
                            assertThat(o.chargeRateKw()).isEqualTo(11.0);
                            assertThat(o.batteryLevel()).isEqualTo(61.0);
                            assertThat(o.position().latitude()).isEqualTo(59.91);
                        },
                        Map.of(Command.START, command("charge_start", "{}"),
                                Command.STOP, command("charge_stop", "{}"),
                                // 7.4 kW at 230 V × 3 phases: 10 A
                                Command.SET_CHARGE_RATE_LIMIT, command("set_charging_amps", "{\"charging_amps\":10}"))),
                new Kind(WALL, TeslaContractTest::stubLiveStatus, o -> {
                    assertThat(o.charging()).isTrue();
                    assertThat(o.chargeRateKw()).isEqualTo(7.2);
                    assertThat(o.observedAt()).hasToString("2026-11-25T00:59:00Z");
                }, Map.of()));
    }

    private static CommandCase command(String name, String body) {
        return new CommandCase(() -> {
            stub.stubFor(get(urlPathEqualTo("/api/1/vehicles/" + VIN + "/vehicle_data")).willReturn(okJson(
                    "{\"response\":{\"charge_state\":{\"charger_voltage\":230,\"charger_phases\":3}}}")));
            stub.stubFor(post(urlEqualTo("/api/1/vehicles/" + VIN + "/command/" + name))
                    .willReturn(okJson("{\"response\":{\"result\":true,\"reason\":\"\"}}")));
        }, postRequestedFor(urlEqualTo("/api/1/vehicles/" + VIN + "/command/" + name)).withRequestBody(equalToJson(body)));
    }

    @Override
    protected Class<?>[] asleepOrFailed(Kind kind) {
        return kind.device().type() == DeviceType.VEHICLE ? new Class<?>[] {PollOutcome.Asleep.class}
                : new Class<?>[] {PollOutcome.Failed.class};
    }
}
