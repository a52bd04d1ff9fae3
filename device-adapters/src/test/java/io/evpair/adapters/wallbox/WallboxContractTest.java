package io.evpair.adapters.wallbox;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
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
import org.junit.jupiter.api.Test;

/** Wallbox on the contract kit: resume/pause as remote actions, a current limit, status_id as read by the community. */
class WallboxContractTest extends VendorContract {
    private static final DeviceAddress CHARGER = new DeviceAddress(UUID.randomUUID(), DeviceType.CHARGER, WallboxCloud.VENDOR, "112233");

    @Override
    protected VendorCloud cloud(CloudHttp http, CloudAccess access, FixedClock clock) {
        return new WallboxCloud(http, access, clock);
    }

    @Override
    protected String tokenPath() {
        return "/oauth/token";
    }

    @Override
    protected void stubAccount() {
        stub.stubFor(get(urlEqualTo("/v3/chargers/groups")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(okJson("""
                        {"result":{"groups":[{"id":1,"name":"Home","chargers":[
                          {"id":112233,"name":"Pulsar Plus SN 112233","serialNumber":"112233","chargerType":"Pulsar Plus"}]}]}}""")));
    }

    @Override
    protected List<Kind> kinds() {
        return List.of(new Kind(CHARGER, () -> stub.stubFor(get(urlEqualTo("/chargers/status/112233")).willReturn(okJson(
                "{\"status_id\":194,\"charging_power\":7.4,\"added_energy\":3.1,\"max_charging_current\":32}"))), o -> {
                    assertThat(o.pluggedIn()).isTrue();
                    assertThat(o.charging()).isTrue();
                    assertThat(o.chargeRateKw()).isEqualTo(7.4);
                }, Map.of(Command.START, action(1), Command.STOP, action(2), Command.SET_MAX_CURRENT, new CommandCase(
                        () -> stub.stubFor(put(urlEqualTo("/v2/charger/112233")).willReturn(okJson("{}"))),
                        putRequestedFor(urlEqualTo("/v2/charger/112233")).withRequestBody(equalToJson("{\"maxChargingCurrent\":16}"))))));
    }

    private static CommandCase action(int action) {
        String url = "/v3/chargers/112233/remote-action";
        return new CommandCase(() -> stub.stubFor(post(urlEqualTo(url)).willReturn(okJson("{}"))),
                postRequestedFor(urlEqualTo(url)).withRequestBody(equalToJson("{\"action\":" + action + "}")));
    }

    @Test
    void statusIdsMapToPlugAndCharge() {
        assertThat(WallboxCharger.pluggedIn(161)).isFalse();
        assertThat(WallboxCharger.pluggedIn(181)).isTrue();
        assertThat(WallboxCharger.charging(181)).isFalse();
        assertThat(WallboxCharger.pluggedIn(193)).isTrue();
        assertThat(WallboxCharger.charging(193)).isTrue();
        assertThat(WallboxCharger.pluggedIn(14)).isNull();
    }
}
