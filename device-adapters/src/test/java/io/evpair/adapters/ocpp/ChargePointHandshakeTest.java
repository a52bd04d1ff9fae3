package io.evpair.adapters.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class ChargePointHandshakeTest {

    @Test
    void theIdentityIsTheDecodedLastPathSegment() {
        assertThat(ChargePointHandshake.identity("/ocpp/CP-1")).contains("CP-1");
        assertThat(ChargePointHandshake.identity("/ocpp/Garage%20Box%2B1")).contains("Garage Box+1");
        assertThat(ChargePointHandshake.identity("/ocpp/")).isEmpty();
        assertThat(ChargePointHandshake.identity("/ocpp/a/b")).isEmpty();
        assertThat(ChargePointHandshake.identity("/ocpp/%zz")).isEmpty();
        assertThat(ChargePointHandshake.identity("/ocpp/" + "x".repeat(201))).isEmpty();
    }

    @Test
    void thePasswordCountsOnlyWhenTheUserIsTheIdentity() {
        assertThat(ChargePointHandshake.basicPassword(basic("CP-1:s3cret:with:colons"), "CP-1")).contains("s3cret:with:colons");
        assertThat(ChargePointHandshake.basicPassword(basic("CP-2:s3cret"), "CP-1")).isEmpty();
        assertThat(ChargePointHandshake.basicPassword(basic("no-colon"), "CP-1")).isEmpty();
        HttpHeaders bearer = new HttpHeaders();
        bearer.set(HttpHeaders.AUTHORIZATION, "Bearer abc");
        assertThat(ChargePointHandshake.basicPassword(bearer, "CP-1")).isEmpty();
        HttpHeaders garbage = new HttpHeaders();
        garbage.set(HttpHeaders.AUTHORIZATION, "Basic !!!");
        assertThat(ChargePointHandshake.basicPassword(garbage, "CP-1")).isEmpty();
    }

    private static HttpHeaders basic(String userColonPassword) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION,
                "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }
}
