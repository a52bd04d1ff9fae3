package io.evpair.adapters.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.evpair.adapters.cloud.CloudHttp;
import io.evpair.adapters.cloud.CloudSettings;
import io.evpair.engine.control.AdapterCapabilities;
import io.evpair.engine.control.AdapterDirectory;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.DeviceAdapter;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.vendors.CloudAccess;
import io.evpair.engine.vendors.CloudDevice;
import io.evpair.engine.vendors.DiscoveredDevice;
import io.evpair.engine.vendors.PollOutcome;
import io.evpair.engine.vendors.VendorAuthorizationException;
import io.evpair.engine.vendors.VendorCloud;
import io.evpair.engine.vendors.VendorTokens;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract every vendor cloud adapter passes, against a WireMock stub its test shapes after the vendor's
 * documentation: link (authorization URI with state and PKCE, code exchange, discovery of one device per kind),
 * poll, each command its device adapters implement (and none they do not), and 401/403/408/429/5xx on polls and
 * commands. A vendor's test extends this class and supplies the stubs; docs/vendors.md says how.
 */
public abstract class VendorContract {
    protected static final String TOKEN = "contract-access-token";
    protected static final int ATTEMPTS = 2;
    protected static WireMockServer stub;

    protected final FixedClock clock = new FixedClock(Instant.parse("2026-11-25T01:00:00Z"));
    protected VendorCloud cloud;

    /** The vendor's cloud over {@code http}; commands get their token from {@code access}. */
    protected abstract VendorCloud cloud(CloudHttp http, CloudAccess access, FixedClock clock);

    /** Path of the token endpoint below the authorization server. */
    protected abstract String tokenPath();

    /** Stubs the account's devices, answered to {@link #TOKEN}: at least one of each kind in {@link #kinds()}. */
    protected abstract void stubAccount();

    /** One case per kind of device the vendor has. */
    protected abstract List<Kind> kinds();

    /**
     * A kind of device: a device of the stubbed account, how its poll is stubbed and what it must report, and for each
     * command its adapter can do, the stub and the request the vendor must receive.
     */
    public record Kind(DeviceAddress device, Runnable stubPoll, Consumer<Observation> reported,
                          Map<Command, CommandCase> commands) {
    }

    public record CommandCase(Runnable stub, RequestPatternBuilder sent) {
    }

    public enum Command {
        START, STOP, SET_CHARGE_RATE_LIMIT, SET_MAX_CURRENT;

        CommandResult send(AdapterDirectory adapters, DeviceAddress device) {
            return switch (this) {
                case START -> adapters.startCharging(device);
                case STOP -> adapters.stopCharging(device);
                case SET_CHARGE_RATE_LIMIT -> adapters.setChargeRateLimit(device, 7.4);
                case SET_MAX_CURRENT -> adapters.setMaxCurrent(device, 16);
            };
        }

        static Set<Command> of(CommandCapabilities can) {
            Set<Command> commands = EnumSet.noneOf(Command.class);
            if (can.startCharging()) {
                commands.add(START);
            }
            if (can.stopCharging()) {
                commands.add(STOP);
            }
            if (can.setChargeRateLimit()) {
                commands.add(SET_CHARGE_RATE_LIMIT);
            }
            if (can.setMaxCurrent()) {
                commands.add(SET_MAX_CURRENT);
            }
            return commands;
        }
    }

    @BeforeAll
    static void startStub() {
        stub = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        stub.start();
    }

    @AfterAll
    static void stopStub() {
        stub.stop();
    }

    @BeforeEach
    void newCloud() {
        stub.resetAll();
        CloudSettings settings = new CloudSettings("contract-client", "contract-secret", stub.baseUrl(), stub.baseUrl(),
                6000, ATTEMPTS, Duration.ofMillis(5), Duration.ofSeconds(5));
        cloud = cloud(new CloudHttp(new Vendor("CONTRACT"), settings), (device, call) -> call.apply(TOKEN), clock);
    }

    @Test
    void linkSendsTheUserToTheVendorWithStateAndPkce() {
        URI authorize = cloud.authorizationUri(new VendorCloud.AuthorizationRequest(
                List.of("vehicle:read:data", "vehicle:control:charging", "charger:read:data", "charger:control:charging"),
                cloud.kinds(), "the-state", "the-challenge", "https://evpair.example/link/callback", "en-US"));

        assertThat(authorize.toString()).startsWith(stub.baseUrl());
        assertThat(authorize.getQuery()).contains("response_type=code", "state=the-state", "code_challenge=the-challenge",
                "code_challenge_method=S256", "redirect_uri=https://evpair.example/link/callback");
    }

    @Test
    void linkExchangesTheCodeAndDiscoversOneDeviceOfEachKind() {
        stub.stubFor(post(urlPathEqualTo(tokenPath())).withRequestBody(containing("code=the-code"))
                .withRequestBody(containing("code_verifier=the-verifier")).willReturn(okJson("""
                        {"access_token":"%s","refresh_token":"the-refresh","expires_in":7200,"token_type":"Bearer"}"""
                        .formatted(TOKEN))));
        stubAccount();

        VendorTokens tokens = cloud.exchange("the-code", "the-verifier", "https://evpair.example/link/callback");
        List<DiscoveredDevice> found = cloud.discover(tokens.accessToken(), cloud.kinds());

        assertThat(tokens.accessToken()).isEqualTo(TOKEN);
        assertThat(tokens.expiresAt()).isEqualTo(clock.instant().plusSeconds(7200));
        for (Kind kind : kinds()) {
            assertThat(found).as("discovered " + kind.device().type())
                    .anySatisfy(d -> assertThat(d.vendorDeviceId()).isEqualTo(kind.device().vendorDeviceId()));
        }
    }

    @Test
    void aRefusedRefreshIsTheGrantsEnd() {
        stub.stubFor(post(urlPathEqualTo(tokenPath())).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_grant\"}")));

        assertThatThrownBy(() -> cloud.refresh(new VendorTokens("old", "revoked", clock.instant())))
                .isInstanceOfSatisfying(VendorAuthorizationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("invalid_grant");
                    assertThat(e.definitive()).isTrue();
                });
    }

    @Test
    void everyKindHasItsOwnAdapter() {
        assertThat(cloud.devices()).extracting(CloudDevice::type).doesNotHaveDuplicates();
        assertThat(kinds()).extracting(k -> k.device().type())
                .containsExactlyInAnyOrderElementsOf(cloud.devices().stream().map(CloudDevice::type).toList());
    }

    @Test
    void aPollReportsTheDocumentedState() {
        for (Kind kind : kinds()) {
            kind.stubPoll().run();
            PollOutcome outcome = adapter(kind).poll(TOKEN, kind.device());
            assertThat(outcome).as(kind.device().type() + " poll").isInstanceOf(PollOutcome.Reported.class);
            List<Observation> reported = ((PollOutcome.Reported) outcome).observations();
            assertThat(reported).isNotEmpty().allSatisfy(o -> assertThat(o.deviceId()).isEqualTo(kind.device().deviceId()));
            kind.reported().accept(reported.get(reported.size() - 1));
        }
    }

    @Test
    void theCommandsTestedAreExactlyThoseTheAdapterImplements() {
        for (Kind kind : kinds()) {
            assertThat(kind.commands().keySet()).as(kind.device().type() + " commands")
                    .containsExactlyInAnyOrderElementsOf(Command.of(AdapterCapabilities.of(adapter(kind))));
        }
    }

    @Test
    void eachCommandReachesTheVendor() {
        for (Kind kind : kinds()) {
            for (Map.Entry<Command, CommandCase> command : kind.commands().entrySet()) {
                command.getValue().stub().run();
                CommandResult result = command.getKey().send(directory(), kind.device());
                assertThat(result).as(command.getKey() + " to " + kind.device().type()).isEqualTo(new CommandResult.Accepted());
                stub.verify(command.getValue().sent());
            }
        }
    }

    @Test
    void aCommandNoAdapterImplementsIsRefusedWithoutCallingTheVendor() {
        for (Kind kind : kinds()) {
            for (Command command : EnumSet.complementOf(enumSetOf(kind.commands().keySet()))) {
                assertThat(command.send(directory(), kind.device())).isInstanceOf(CommandResult.Rejected.class);
            }
        }
        stub.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 408, 429, 500, 503})
    void vendorErrorsOnPolls(int status) {
        failEverything(status);
        for (Kind kind : kinds()) {
            stub.resetRequests();
            PollOutcome outcome = adapter(kind).poll(TOKEN, kind.device());
            switch (status) {
                case 401 -> assertThat(outcome).isInstanceOf(PollOutcome.Unauthorized.class);
                case 429 -> assertThat(outcome).isEqualTo(new PollOutcome.RateLimited(Duration.ofSeconds(17)));
                case 408 -> assertThat(outcome).isInstanceOfAny(asleepOrFailed(kind));
                default -> assertThat(outcome).isInstanceOf(PollOutcome.Failed.class);
            }
            if (status >= 500) {
                stub.verify(ATTEMPTS, anyRequestedFor(anyUrl())); // retried, then given up
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 408, 429, 500})
    void vendorErrorsOnCommands(int status) {
        failEverything(status);
        for (Kind kind : kinds()) {
            for (Command command : kind.commands().keySet()) {
                CommandResult result = command.send(directory(), kind.device());
                String what = command + " to " + kind.device().type() + " on " + status;
                switch (status) {
                    case 401 -> assertThat(result).as(what).isInstanceOfSatisfying(CommandResult.Unreachable.class,
                            u -> assertThat(u.detail()).startsWith(CloudAccess.UNAUTHORIZED));
                    case 403 -> assertThat(result).as(what).isInstanceOf(CommandResult.Rejected.class);
                    case 408 -> assertThat(result).as(what).isInstanceOfAny(CommandResult.NoResponse.class,
                            CommandResult.Unreachable.class);
                    default -> assertThat(result).as(what).isInstanceOf(CommandResult.NoResponse.class);
                }
            }
        }
    }

    /** Tesla's cars sleep (408); for everyone else a 408 is a timeout. */
    protected Class<?>[] asleepOrFailed(Kind kind) {
        return new Class<?>[] {PollOutcome.Failed.class};
    }

    private static void failEverything(int status) {
        stub.stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(status).withHeader("Retry-After", "17")
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"contract\"}")));
    }

    protected CloudDevice adapter(Kind kind) {
        return cloud.device(kind.device().type()).orElseThrow();
    }

    private AdapterDirectory directory() {
        return new AdapterDirectory(new ArrayList<DeviceAdapter>(cloud.devices()));
    }

    private static EnumSet<Command> enumSetOf(Set<Command> commands) {
        return commands.isEmpty() ? EnumSet.noneOf(Command.class) : EnumSet.copyOf(commands);
    }

    /** Query parameters of a URI, decoded. */
    protected static Map<String, String> query(URI uri) {
        return java.util.Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> java.net.URLDecoder.decode(p[1],
                        java.nio.charset.StandardCharsets.UTF_8), (a, b) -> a));
    }
}
