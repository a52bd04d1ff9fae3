package io.evpair.adapters.blueprint;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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

/** The blueprint on the contract kit: copy this test with the package, and shape its stubs after the vendor's docs. */
class BlueprintContractTest extends VendorContract {
    private static final DeviceAddress CHARGER = new DeviceAddress(UUID.randomUUID(), DeviceType.CHARGER, BlueprintCloud.VENDOR, "c-1");

    @Override
    protected VendorCloud cloud(CloudHttp http, CloudAccess access, FixedClock clock) {
        return new BlueprintCloud(http, access, clock);
    }

    @Override
    protected String tokenPath() {
        return "/oauth/token";
    }

    @Override
    protected void stubAccount() {
        stub.stubFor(get(urlEqualTo("/v1/chargers")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(okJson("{\"chargers\":[{\"id\":\"c-1\",\"serial\":\"BP-1\",\"model\":\"One\"}]}")));
    }

    @Override
    protected List<Kind> kinds() {
        return List.of(new Kind(CHARGER, () -> stub.stubFor(get(urlEqualTo("/v1/chargers/c-1")).willReturn(okJson(
                "{\"plugged\":true,\"charging\":true,\"powerW\":11000,\"meterWh\":1500000}"))), o -> {
                    assertThat(o.charging()).isTrue();
                    assertThat(o.chargeRateKw()).isEqualTo(11.0);
                    assertThat(o.meterKwh()).isEqualTo(1500.0);
                }, Map.of(Command.START, command("start"), Command.STOP, command("stop"))));
    }

    private static CommandCase command(String name) {
        return new CommandCase(() -> stub.stubFor(post(urlEqualTo("/v1/chargers/c-1/" + name)).willReturn(okJson("{}"))),
                postRequestedFor(urlEqualTo("/v1/chargers/c-1/" + name)));
    }
}
