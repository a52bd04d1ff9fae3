package io.evpair.app.vendors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.evpair.app.support.Http;
import io.evpair.app.support.VendorStub;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One Tesla account on the WireMock stub, shaped after the Fleet API documentation: its tokens, one vehicle and
 * one energy site with a Wall Connector, each with a state the test sets ("unplugged", "plugged", "charging").
 * Everything is unique to the account, so tests run side by side on one stub.
 */
final class TeslaAccount {
    static final String AUTHORIZE = "/oauth2/v3/authorize";
    static final String TOKEN = "/oauth2/v3/token";

    final WireMockServer stub = VendorStub.server();
    final String id = UUID.randomUUID().toString().substring(0, 8);
    final String vin = "5YJ3E1EA" + id.toUpperCase().replaceAll("[^0-9A-Z]", "0").substring(0, 8) + "X";
    final String site = String.valueOf(Math.abs(id.hashCode()));
    final String din = "1529455-02-D--TG" + id;
    String accessToken = "at-" + id;
    String refreshToken = "rt-" + id;

    static {
        // The vendor's login page: sends the browser straight back with a code derived from the state.
        VendorStub.server().stubFor(get(urlPathEqualTo(AUTHORIZE)).atPriority(10).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{request.query.redirect_uri}}?code=code-{{request.query.state}}&state={{request.query.state}}")
                .withTransformers("response-template")));
    }

    /** The account's products, as discovery reads them. */
    TeslaAccount products() {
        stub.stubFor(authorized(get(urlEqualTo("/api/1/vehicles"))).willReturn(okJson("""
                {"response":[{"id":%s,"vehicle_id":1,"vin":"%s","display_name":"Blue","state":"online"}],"count":1}"""
                .formatted(site, vin))));
        stub.stubFor(authorized(get(urlEqualTo("/api/1/products"))).willReturn(okJson("""
                {"response":[{"id":%s,"vin":"%s","display_name":"Blue"},
                             {"energy_site_id":%s,"resource_type":"battery","site_name":"Home"}],"count":2}"""
                .formatted(site, vin, site))));
        return vehicle("unplugged").wallConnector("unplugged");
    }

    MappingBuilder authorized(MappingBuilder request) {
        return request.withHeader("Authorization", equalTo("Bearer " + accessToken));
    }

    /** vehicle_data with charge_state and drive_state, in one of the states. */
    TeslaAccount vehicle(String state) {
        String chargingState = switch (state) {
            case "unplugged" -> "Disconnected";
            case "plugged" -> "Stopped";
            default -> "Charging";
        };
        double power = state.equals("charging") ? 6.6 : 0;
        stub.stubFor(authorized(get(urlPathEqualTo(vehicleData()))).willReturn(okJson("""
                {"response":{"id":%s,"vin":"%s","state":"online",
                  "charge_state":{"charging_state":"%s","battery_level":52,"battery_range":160.2,"charge_limit_soc":80,
                    "charger_power":%s,"charge_amps":16,"charger_actual_current":%s,"charger_voltage":230,
                    "charger_phases":1,"charge_energy_added":1.2},
                  "drive_state":{"latitude":59.91,"longitude":10.75}}}"""
                .formatted(site, vin, chargingState, power, state.equals("charging") ? 29 : 0))));
        return this;
    }

    String vehicleData() {
        return "/api/1/vehicles/" + vin + "/vehicle_data";
    }

    /** live_status of the energy site: wall_connector_state 2 unplugged, 4 plugged, 1 charging. */
    TeslaAccount wallConnector(String state) {
        int code = switch (state) {
            case "unplugged" -> 2;
            case "plugged" -> 4;
            default -> 1;
        };
        // Like Tesla's, the timestamp is the site's status time at each request (WireMock's response template).
        stub.stubFor(authorized(get(urlEqualTo("/api/1/energy_sites/" + site + "/live_status"))).willReturn(okJson("""
                {"response":{"solar_power":0,"grid_power":7200,"timestamp":"{{now offset='-8 hours' format="yyyy-MM-dd'T'HH:mm:ss'-08:00'"}}","wall_connectors":[
                  {"din":"%s","wall_connector_state":%d,"wall_connector_fault_state":2,"wall_connector_power":%s}]}}"""
                .formatted(din, code, state.equals("charging") ? 7200 : 0)).withTransformers("response-template")));
        return this;
    }

    /** Links the account for {@code userId} through the real HTTP endpoints; returns where the user lands. */
    URI link(Http http, Http.Client client, String userId, String body) {
        return link(http, client, userId, body, 28800);
    }

    /** Links with tokens that expire in {@code expiresIn} seconds. */
    URI link(Http http, Http.Client client, String userId, String body, long expiresIn) {
        Http.Response linked = client.post("/users/" + userId + "/link", body);
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        String linkUrl = linked.json().get("linkUrl").asString();
        URI authorize = location(browse(linkUrl));
        String state = query(authorize).get("state");
        tokensFor("code-" + state, expiresIn);
        URI callback = location(browse(authorize.toString()));
        return location(browse(callback.toString()));
    }

    /** The token endpoint answers the authorization code {@code code} with this account's tokens. */
    void tokensFor(String code, long expiresIn) {
        stub.stubFor(post(urlEqualTo(TOKEN)).withRequestBody(containing("code=" + code)).willReturn(okJson("""
                {"access_token":"%s","refresh_token":"%s","id_token":"x","expires_in":%d,"token_type":"Bearer"}"""
                .formatted(accessToken, refreshToken, expiresIn))));
    }

    /** The token endpoint answers a refresh with this account's refresh token by {@code answer}. */
    void refreshAnswers(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        stub.stubFor(post(urlEqualTo(TOKEN)).withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + refreshToken)).willReturn(answer));
    }

    int requests(String path) {
        return stub.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(urlPathEqualTo(path))).size();
    }

    /** When the stub received each request to {@code path}, oldest first. */
    List<Instant> requestTimes(String path) {
        return stub.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(urlPathEqualTo(path))).stream()
                .map(r -> r.getLoggedDate().toInstant()).sorted().toList();
    }

    static String linkBody(String vendorType, String... scopes) {
        return """
                {"vendor":"TESLA",%s"scopes":[%s],"language":"en-US","redirectUri":"https://app.example.com/linked"}"""
                .formatted(vendorType == null ? "" : "\"vendorType\":\"" + vendorType + "\",",
                        String.join(",", java.util.Arrays.stream(scopes).map(s -> "\"" + s + "\"").toList()));
    }

    static Http.Response browse(String url) {
        URI uri = URI.create(url);
        return new Http(uri.getScheme() + "://" + uri.getRawAuthority()).send("GET",
                uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), null, null, null);
    }

    static URI location(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(302);
        return URI.create(response.location());
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }
}
