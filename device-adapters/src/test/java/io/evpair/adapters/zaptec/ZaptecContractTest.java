package io.evpair.adapters.zaptec;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.adapters.contract.FixedClock;
import io.evpair.adapters.contract.VendorContract;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.vendors.CloudAccess;
import io.evpair.engine.vendors.PollOutcome;
import io.evpair.engine.vendors.VendorCloud;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Zaptec's cloud API on the contract kit: chargers with final stop/resume (506/507) and a current limit. */
class ZaptecContractTest extends VendorContract {
    static final String ID = "8f6f5d2c-2f0c-4a5e-9d4b-0c1e2f3a4b5c";
    private static final DeviceAddress CHARGER = new DeviceAddress(UUID.randomUUID(), DeviceType.CHARGER, ZaptecCloud.VENDOR, ID);

    @Override
    protected VendorCloud cloud(CloudHttp http, CloudAccess access, FixedClock clock) {
        return new ZaptecCloud(http, access, clock);
    }

    @Override
    protected String tokenPath() {
        return "/oauth/token";
    }

    @Override
    protected void stubAccount() {
        stub.stubFor(get(urlPathEqualTo("/api/chargers")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(okJson("""
                        {"Pages":1,"Data":[{"OperatingMode":1,"IsOnline":true,"Id":"%s","MID":"ZAP012345",
                          "DeviceId":"ZAP012345","SerialNo":"ZAP012345","Name":"Carport","InstallationId":"inst-1",
                          "Active":true,"DeviceType":4,"IsAuthorizationRequired":true}]}""".formatted(ID))));
    }

    /** The state list in Zaptec's shape: operation mode, power in W, who authorized the session. */
    static String state(int mode, double watts, String user) {
        return """
                [{"ChargerId":"%1$s","StateId":-2,"Timestamp":"2026-11-25T00:58:00.1","ValueAsString":"1"},
                 {"ChargerId":"%1$s","StateId":513,"Timestamp":"2026-11-25T00:59:00.2","ValueAsString":"%3$s"},
                 {"ChargerId":"%1$s","StateId":710,"Timestamp":"2026-11-25T00:59:00.2","ValueAsString":"%2$d"},
                 {"ChargerId":"%1$s","StateId":722,"Timestamp":"2026-11-25T00:59:00.2","ValueAsString":"%4$s"}]"""
                .formatted(ID, mode, watts, user);
    }

    @Override
    protected List<Kind> kinds() {
        return List.of(new Kind(CHARGER, () -> stub.stubFor(get(urlEqualTo("/api/chargers/" + ID + "/state"))
                .willReturn(okJson(state(3, 7360.0, "04A2B3C4D5")))), o -> {
                    assertThat(o.pluggedIn()).isTrue();
                    assertThat(o.charging()).isTrue();
                    assertThat(o.chargeRateKw()).isEqualTo(7.36);
                    assertThat(o.observedAt()).isEqualTo(Instant.parse("2026-11-25T00:59:00.2Z"));
                    assertThat(o.idTag()).as("the session's authorization, for pairing").isEqualTo("04A2B3C4D5");
                }, Map.of(Command.START, sendCommand(507), Command.STOP, sendCommand(506),
                        Command.SET_MAX_CURRENT, new CommandCase(
                                () -> stub.stubFor(post(urlEqualTo("/api/chargers/" + ID + "/update")).willReturn(aResponse().withStatus(200))),
                                postRequestedFor(urlEqualTo("/api/chargers/" + ID + "/update"))
                                        .withRequestBody(equalToJson("{\"maxChargeCurrent\":16}"))))));
    }

    private static CommandCase sendCommand(int id) {
        String url = "/api/chargers/" + ID + "/sendCommand/" + id;
        return new CommandCase(() -> stub.stubFor(post(urlEqualTo(url)).willReturn(aResponse().withStatus(200))),
                postRequestedFor(urlEqualTo(url)));
    }

    @Test
    void operationModesMapToPlugAndChargeStates() {
        assertThat(plugAndCharge(1)).containsExactly(false, false);
        assertThat(plugAndCharge(2)).containsExactly(true, false);
        assertThat(plugAndCharge(3)).containsExactly(true, true);
        assertThat(plugAndCharge(5)).containsExactly(true, false);
        assertThat(plugAndCharge(0)).containsExactly(null, null);
    }

    @Test
    void theSessionsAuthorizationIsRead() {
        assertThat(ZaptecState.of(JsonMapper.builder().build().readTree(state(3, 0, "04A2B3C4D5"))).authorizationToken())
                .isEqualTo("04A2B3C4D5");
        assertThat(ZaptecState.of(JsonMapper.builder().build().readTree(state(1, 0, ""))).authorizationToken()).isNull();
    }

    @Test
    void aChargerTheCloudHasLostIsAFailureNotAReading() {
        stub.stubFor(get(urlEqualTo("/api/chargers/" + ID + "/state")).willReturn(okJson(state(3, 0, "x")
                .replace("\"StateId\":-2,\"Timestamp\":\"2026-11-25T00:58:00.1\",\"ValueAsString\":\"1\"",
                        "\"StateId\":-2,\"Timestamp\":\"2026-11-25T00:58:00.1\",\"ValueAsString\":\"0\""))));
        assertThat(cloud.device(DeviceType.CHARGER).orElseThrow().poll(TOKEN, CHARGER)).isInstanceOf(PollOutcome.Failed.class);
    }

    private static Boolean[] plugAndCharge(int mode) {
        ZaptecState s = ZaptecState.of(JsonMapper.builder().build().readTree(state(mode, 0, "")));
        return new Boolean[] {s.pluggedIn(), s.charging()};
    }
}
