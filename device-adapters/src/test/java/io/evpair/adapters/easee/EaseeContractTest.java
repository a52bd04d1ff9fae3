package io.evpair.adapters.easee;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.adapters.contract.FixedClock;
import io.evpair.adapters.contract.VendorContract;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.vendors.CloudAccess;
import io.evpair.engine.vendors.VendorCloud;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The Easee Cloud API on the contract kit: chargers that resume, pause and limit their current. */
class EaseeContractTest extends VendorContract {
    private static final String SERIAL = "EH123456";
    private static final DeviceAddress CHARGER = new DeviceAddress(UUID.randomUUID(), DeviceType.CHARGER, EaseeCloud.VENDOR, SERIAL);

    @Override
    protected VendorCloud cloud(CloudHttp http, CloudAccess access, FixedClock clock) {
        return new EaseeCloud(http, access, clock);
    }

    @Override
    protected String tokenPath() {
        return "/oauth/token";
    }

    @Override
    protected void stubAccount() {
        stub.stubFor(get(urlEqualTo("/api/chargers")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(okJson("[{\"id\":\"" + SERIAL + "\",\"name\":\"Garage\",\"productCode\":1}]")));
    }

    @Override
    protected List<Kind> kinds() {
        return List.of(new Kind(CHARGER, () -> stub.stubFor(get(urlEqualTo("/api/chargers/" + SERIAL + "/state"))
                .willReturn(okJson("""
                        {"chargerOpMode":3,"totalPower":7.1,"lifetimeEnergy":1234.5,"isOnline":true,
                         "dynamicChargerCurrent":32.0}"""))), o -> {
                    assertThat(o.pluggedIn()).isTrue();
                    assertThat(o.charging()).isTrue();
                    assertThat(o.chargeRateKw()).isEqualTo(7.1);
                    assertThat(o.meterKwh()).isEqualTo(1234.5);
                }, Map.of(Command.START, command("/commands/resume_charging", null),
                        Command.STOP, command("/commands/pause_charging", null),
                        Command.SET_MAX_CURRENT, command("/settings", "{\"dynamicChargerCurrent\":16.0}"))));
    }

    private static CommandCase command(String path, String json) {
        String url = "/api/chargers/" + SERIAL + path;
        return new CommandCase(() -> stub.stubFor(post(urlEqualTo(url)).willReturn(aResponse().withStatus(202))),
                json == null ? postRequestedFor(urlEqualTo(url)) : postRequestedFor(urlEqualTo(url)).withRequestBody(equalToJson(json)));
    }
}
