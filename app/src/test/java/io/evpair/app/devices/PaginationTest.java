package io.evpair.app.devices;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaginationTest extends IntegrationTest {

    @Test
    void pagesWalkNewestFirstAndBackAgain() {
        Http.Client client = newClient();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(client.simulatedVehicle("pager", "page-v-" + i));
        }
        List<String> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);

        JsonNode first = client.get("/vehicles?pageSize=2").json();
        assertThat(ids(first)).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(first.get("pagination").get("before").isNull()).isTrue();

        JsonNode second = client.get("/vehicles?pageSize=2&after=" + after(first)).json();
        assertThat(ids(second)).containsExactlyElementsOf(newestFirst.subList(2, 4));

        JsonNode third = client.get("/vehicles?pageSize=2&after=" + after(second)).json();
        assertThat(ids(third)).containsExactlyElementsOf(newestFirst.subList(4, 5));
        assertThat(third.get("pagination").get("after").isNull()).isTrue();

        JsonNode back = client.get("/vehicles?pageSize=2&before=" + third.get("pagination").get("before").asString()).json();
        assertThat(ids(back)).containsExactlyElementsOf(newestFirst.subList(2, 4));
        JsonNode backToStart = client.get("/vehicles?pageSize=2&before=" + back.get("pagination").get("before").asString()).json();
        assertThat(ids(backToStart)).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(backToStart.get("pagination").get("before").isNull()).isTrue();
    }

    @Test
    void userListingsPageToo() {
        Http.Client client = newClient();
        for (int i = 0; i < 3; i++) {
            client.simulatedCharger("pager", "page-c-" + i);
        }
        client.simulatedCharger("someone-else", "page-c-x");

        JsonNode first = client.get("/users/pager/chargers?pageSize=2").json();
        JsonNode second = client.get("/users/pager/chargers?pageSize=2&after=" + after(first)).json();

        assertThat(first.get("data").size()).isEqualTo(2);
        assertThat(second.get("data").size()).isEqualTo(1);
        assertThat(second.get("data").get(0).get("userId").asString()).isEqualTo("pager");
    }

    @Test
    void badPagingParametersAre400NamingTheParameter() {
        Http.Client client = newClient();

        Http.Response tooBig = client.get("/vehicles?pageSize=100000");
        Http.Response notANumber = client.get("/vehicles?pageSize=ten");
        Http.Response badCursor = client.get("/vehicles?after=garbage");

        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().get("issues").get(0).get("field").asString()).isEqualTo("pageSize");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().get("issues").get(0).get("field").asString()).isEqualTo("pageSize");
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.json().get("issues").get(0).get("field").asString()).isEqualTo("after");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("data").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static String after(JsonNode page) {
        return page.get("pagination").get("after").asString();
    }
}
