package io.evpair.adapters.volvo;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.adapters.contract.FixedClock;
import io.evpair.adapters.contract.VendorContract;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.vendors.CloudAccess;
import io.evpair.engine.vendors.VendorCloud;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Volvo's Connected Vehicle and Energy APIs on the contract kit: read-only vehicles, so no command at all. */
class VolvoContractTest extends VendorContract {
    private static final String VIN = "YV1XZED3DP1234567";
    private static final DeviceAddress CAR = new DeviceAddress(UUID.randomUUID(), DeviceType.VEHICLE, VolvoCloud.VENDOR, VIN);

    @Override
    protected VendorCloud cloud(CloudHttp http, CloudAccess access, FixedClock clock) {
        return new VolvoCloud(http, access, clock, "the-vcc-api-key");
    }

    @Override
    protected String tokenPath() {
        return "/as/token.oauth2";
    }

    @Override
    protected void stubAccount() {
        stub.stubFor(get(urlEqualTo("/connected-vehicle/v2/vehicles")).withHeader("vcc-api-key", equalTo("the-vcc-api-key"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(okJson("{\"data\":[{\"vin\":\"" + VIN + "\"}]}")));
        stub.stubFor(get(urlEqualTo("/connected-vehicle/v2/vehicles/" + VIN)).withHeader("vcc-api-key", equalTo("the-vcc-api-key"))
                .willReturn(okJson("{\"data\":{\"vin\":\"" + VIN + "\",\"modelYear\":2023,\"descriptions\":{\"model\":\"EX30\"}}}")));
    }

    @Override
    protected List<Kind> kinds() {
        return List.of(new Kind(CAR, () -> stub.stubFor(get(urlEqualTo("/energy/v2/vehicles/" + VIN + "/state"))
                .withHeader("vcc-api-key", equalTo("the-vcc-api-key")).willReturn(okJson("""
                        {"status":200,"operationId":"op-1","data":{
                          "batteryChargeLevel":{"status":"OK","value":61.5,"unit":"percentage","updatedAt":"2026-11-25T00:55:00Z"},
                          "chargerConnectionStatus":{"status":"OK","value":"CONNECTED","updatedAt":"2026-11-25T00:55:00Z"},
                          "chargingStatus":{"status":"OK","value":"CHARGING","updatedAt":"2026-11-25T00:55:00Z"},
                          "chargingPower":{"status":"ERROR","code":"NOT_SUPPORTED","message":"not supported"}}}"""))), o -> {
                    assertThat(o.pluggedIn()).isTrue();
                    assertThat(o.charging()).isTrue();
                    assertThat(o.batteryLevel()).isEqualTo(61.5);
                    assertThat(o.chargeRateKw()).isNull(); // a reading in ERROR is not reported
                    assertThat(o.observedAt()).isEqualTo(Instant.parse("2026-11-25T00:55:00Z"));
                }, Map.of()));
    }
}
