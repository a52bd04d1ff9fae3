package io.evpair.adapters.smartcar;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import io.evpair.engine.vendors.CloudDevice;
import io.evpair.engine.vendors.PollOutcome;
import io.evpair.engine.vendors.VendorCloud;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Smartcar on the contract kit, and its documented limits with a clock that moves only when told: a bucket of 120
 * requests per vehicle refilled at 2 a minute, 429 with Retry-After, at most one poll per 30 minutes.
 */
class SmartcarContractTest extends VendorContract {
    static final String VEHICLE_ID = "36ab27d0-fd9d-4455-823a-ce30af709ffc";
    private static final DeviceAddress CAR = new DeviceAddress(UUID.randomUUID(), DeviceType.VEHICLE, SmartcarCloud.VENDOR, VEHICLE_ID);

    static SmartcarProperties properties(String baseUrl) {
        return new SmartcarProperties("contract-client", "contract-secret", baseUrl, baseUrl, baseUrl + "/oauth/token",
                "live", 6000, ATTEMPTS, Duration.ofMillis(5), Duration.ofSeconds(5), Duration.ofMinutes(30), 120, 2,
                "amt-secret");
    }

    @Override
    protected VendorCloud cloud(CloudHttp http, CloudAccess access, FixedClock clock) {
        return new SmartcarCloud(http, access, clock, properties(stub.baseUrl()));
    }

    @Override
    protected String tokenPath() {
        return "/oauth/token";
    }

    @Override
    protected void stubAccount() {
        stub.stubFor(get(urlPathEqualTo("/vehicles")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(okJson("{\"paging\":{\"count\":1,\"offset\":0},\"vehicles\":[\"" + VEHICLE_ID + "\"]}")));
        stub.stubFor(get(urlEqualTo("/vehicles/" + VEHICLE_ID)).willReturn(okJson(
                "{\"id\":\"" + VEHICLE_ID + "\",\"make\":\"VOLKSWAGEN\",\"model\":\"ID.4\",\"year\":2023}")));
    }

    /** A batch answer in Smartcar's shape: one response per path, each with its code, headers and body. */
    static String batch(boolean pluggedIn, String state, double percent) {
        return """
                {"responses":[
                  {"path":"/charge","code":200,"headers":{"sc-data-age":"2026-11-25T00:58:00.000Z"},
                   "body":{"isPluggedIn":%s,"state":"%s"}},
                  {"path":"/battery","code":200,"headers":{},"body":{"percentRemaining":%s,"range":212.3}},
                  {"path":"/location","code":200,"headers":{},"body":{"latitude":52.52,"longitude":13.405}}]}"""
                .formatted(pluggedIn, state, percent);
    }

    private static void stubBatch() {
        stub.stubFor(post(urlEqualTo("/vehicles/" + VEHICLE_ID + "/batch")).withRequestBody(containing("/charge"))
                .willReturn(okJson(batch(true, "CHARGING", 0.42))));
    }

    @Override
    protected List<Kind> kinds() {
        return List.of(new Kind(CAR, SmartcarContractTest::stubBatch, o -> {
            assertThat(o.pluggedIn()).isTrue();
            assertThat(o.charging()).isTrue();
            assertThat(o.batteryLevel()).isEqualTo(42.0);
            assertThat(o.position().latitude()).isEqualTo(52.52);
            assertThat(o.observedAt()).isEqualTo(Instant.parse("2026-11-25T00:58:00Z"));
        }, Map.of(Command.START, charge("START"), Command.STOP, charge("STOP"))));
    }

    private static CommandCase charge(String action) {
        String url = "/vehicles/" + VEHICLE_ID + "/charge";
        return new CommandCase(() -> stub.stubFor(post(urlEqualTo(url)).willReturn(okJson(
                "{\"status\":\"success\",\"message\":\"Successfully sent request to vehicle\"}"))),
                postRequestedFor(urlEqualTo(url)).withRequestBody(equalToJson("{\"action\":\"" + action + "\"}")));
    }

    @Test
    void connectAsksForSmartcarsPermissionsAndTheTokenEndpointGetsHttpBasic() {
        URI authorize = cloud.authorizationUri(new VendorCloud.AuthorizationRequest(List.of("vehicle:read:data",
                "vehicle:read:location", "vehicle:control:charging"), cloud.kinds(), "s", "c", "https://e/cb", "en"));
        assertThat(query(authorize)).containsEntry("scope", "read_vehicle_info read_battery read_charge read_location control_charge")
                .containsEntry("mode", "live");

        stub.stubFor(post(urlEqualTo("/oauth/token")).willReturn(okJson("{\"access_token\":\"a\",\"expires_in\":7200}")));
        cloud.exchange("code", "verifier", "https://e/cb");
        stub.verify(postRequestedFor(urlEqualTo("/oauth/token")).withHeader("Authorization",
                equalTo("Basic Y29udHJhY3QtY2xpZW50OmNvbnRyYWN0LXNlY3JldA==")));
    }

    @Test
    void aVehicleIsPolledAtMostEveryThirtyMinutes() {
        assertThat(cloud.minimumPollInterval()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theVehiclesBucketHoldsOneHundredTwentyRequestsAndRefillsTwoAMinute() {
        stubBatch();
        CloudDevice car = cloud.device(DeviceType.VEHICLE).orElseThrow();
        for (int i = 0; i < 40; i++) { // 40 batches of 3 requests: the bucket's 120
            assertThat(car.poll(TOKEN, CAR)).isInstanceOf(PollOutcome.Reported.class);
        }

        assertThat(car.poll(TOKEN, CAR)).isEqualTo(new PollOutcome.RateLimited(Duration.ofSeconds(90)));
        clock.advance(Duration.ofSeconds(89));
        assertThat(car.poll(TOKEN, CAR)).isInstanceOf(PollOutcome.RateLimited.class);
        clock.advance(Duration.ofSeconds(1)); // 3 requests refilled at 2 a minute
        assertThat(car.poll(TOKEN, CAR)).isInstanceOf(PollOutcome.Reported.class);

        stub.verify(41, postRequestedFor(urlEqualTo("/vehicles/" + VEHICLE_ID + "/batch")));
    }

    @Test
    void retryAfterBlocksTheVehicleUntilItHasPassed() {
        stub.stubFor(post(urlEqualTo("/vehicles/" + VEHICLE_ID + "/batch")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "120").withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"RATE_LIMIT\",\"code\":\"VEHICLE\",\"description\":\"too many\"}")));
        CloudDevice car = cloud.device(DeviceType.VEHICLE).orElseThrow();
        assertThat(car.poll(TOKEN, CAR)).isEqualTo(new PollOutcome.RateLimited(Duration.ofSeconds(120)));

        clock.advance(Duration.ofSeconds(60));
        assertThat(car.poll(TOKEN, CAR)).isEqualTo(new PollOutcome.RateLimited(Duration.ofSeconds(60)));
        assertThat(stub.findAll(postRequestedFor(urlEqualTo("/vehicles/" + VEHICLE_ID + "/batch")))).hasSize(1);

        stubBatch();
        clock.advance(Duration.ofSeconds(60));
        assertThat(car.poll(TOKEN, CAR)).isInstanceOf(PollOutcome.Reported.class);
    }

    @Test
    void chargeStatesMapToPlugAndCharge() {
        stub.stubFor(post(urlEqualTo("/vehicles/" + VEHICLE_ID + "/batch")).willReturn(okJson(batch(true, "NOT_CHARGING", 0.8))));
        PollOutcome.Reported plugged = (PollOutcome.Reported) cloud.device(DeviceType.VEHICLE).orElseThrow().poll(TOKEN, CAR);
        assertThat(plugged.observations().get(0).pluggedIn()).isTrue();
        assertThat(plugged.observations().get(0).charging()).isFalse();

        stub.stubFor(post(urlEqualTo("/vehicles/" + VEHICLE_ID + "/batch")).willReturn(okJson(batch(false, "NOT_CHARGING", 0.8))));
        PollOutcome.Reported unplugged = (PollOutcome.Reported) cloud.device(DeviceType.VEHICLE).orElseThrow().poll(TOKEN, CAR);
        assertThat(unplugged.observations().get(0).pluggedIn()).isFalse();
    }
}
