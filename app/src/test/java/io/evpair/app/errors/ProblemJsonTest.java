package io.evpair.app.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Every failure answers RFC 9457 problem+json, names the offending field where there is one, and writes nothing. */
class ProblemJsonTest extends IntegrationTest {

    @Test
    void malformedJsonIs400AndStoresNothing() {
        Http.Client client = newClient();

        Http.Response r = client.post("/simulator/users/dora/vehicles", "{\"vendorDeviceId\": \"v1\", ");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("type").asString()).startsWith("urn:problem-type:evpair:");
        assertThat(client.get("/users/dora").status()).isEqualTo(404);
        assertThat(client.get("/vehicles").json().get("data").size()).isZero();
    }

    @Test
    void aWronglyTypedFieldIsNamed() {
        Http.Client client = newClient();

        Http.Response r = client.post("/simulator/users/dora/vehicles",
                "{\"vendorDeviceId\":\"v1\",\"batteryCapacityKwh\":\"lots\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("issues").get(0).get("field").asString()).isEqualTo("batteryCapacityKwh");
        assertThat(client.get("/users/dora").status()).isEqualTo(404);
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        Http.Client client = newClient();

        Http.Response r = client.post("/simulator/users/dora/chargers", "{\"address\":{\"latitude\":95,\"longitude\":10}}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("issues").findValuesAsString("field"))
                .containsExactlyInAnyOrder("vendorDeviceId", "address.latitude");
        assertThat(client.get("/chargers").json().get("data").size()).isZero();
    }

    @Test
    void wrongMethodIs405WithAllow() {
        Http.Client client = newClient();

        Http.Response r = client.send("PUT", "/vehicles", "application/json", "{}");

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.isProblem()).isTrue();
    }

    @Test
    void wrongContentTypeIs415() {
        Http.Client client = newClient();

        Http.Response r = client.send("POST", "/simulator/users/dora/vehicles", "text/plain", "vendorDeviceId=v1");

        assertThat(r.status()).isEqualTo(415);
        assertThat(r.isProblem()).isTrue();
    }

    @Test
    void unknownPathAndUnknownIdAre404() {
        Http.Client client = newClient();

        Http.Response path = client.get("/no-such-thing");
        Http.Response id = client.get("/vehicles/00000000-0000-0000-0000-000000000000");

        assertThat(path.status()).isEqualTo(404);
        assertThat(path.isProblem()).isTrue();
        assertThat(id.status()).isEqualTo(404);
        assertThat(id.json().get("detail").asString()).contains("00000000-0000-0000-0000-000000000000");
    }

    @Test
    void aMalformedIdIs400NamingThePathParameter() {
        Http.Client client = newClient();

        Http.Response r = client.get("/chargers/not-a-uuid");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("issues").get(0).get("field").asString()).isEqualTo("chargerId");
    }
}
