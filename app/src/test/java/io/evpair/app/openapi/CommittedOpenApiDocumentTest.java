package io.evpair.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The generated clients are built from {@code clients/openapi.json}, not from the running service, so that
 * file must be exactly what the service serves. When an API change makes this test fail, rewrite the file
 * and commit it with the change:
 * <pre>./mvnw -pl app -am verify -Dtest=CommittedOpenApiDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -Devpair.openapi.write=true</pre>
 */
class CommittedOpenApiDocumentTest extends IntegrationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path COMMITTED = Path.of(System.getProperty("evpair.openapi.file", "../clients/openapi.json"));

    @Test
    void theCommittedDocumentIsWhatTheServiceServes() throws IOException {
        JsonNode served = canonical(http.send("GET", "/v3/api-docs", null, null, null).json());

        if (Boolean.getBoolean("evpair.openapi.write")) {
            Files.writeString(COMMITTED, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
        }
        assertThat(Files.exists(COMMITTED)).as("%s is missing", COMMITTED.toAbsolutePath()).isTrue();
        JsonNode committed = JSON.readTree(Files.readString(COMMITTED));
        assertThat(committed)
                .as("""
                        %s differs from the service's /v3/api-docs: the generated clients would not match the API.
                        If the API change is intended, rewrite the file and commit it:
                          ./mvnw -pl app -am verify -Dtest=CommittedOpenApiDocumentTest \
                        -Dsurefire.failIfNoSpecifiedTests=false -Devpair.openapi.write=true""", COMMITTED.toAbsolutePath())
                .isEqualTo(served);
    }

    /**
     * Without {@code servers} (springdoc names the random test port there) and with object keys sorted, so the
     * committed file diffs well whatever order springdoc happens to emit.
     */
    private static JsonNode canonical(JsonNode doc) {
        ((ObjectNode) doc).remove("servers");
        return sorted(doc);
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            List<String> names = new ArrayList<>(node.propertyNames());
            names.sort(null);
            names.forEach(name -> out.set(name, sorted(node.get(name))));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> out.add(sorted(element)));
            return out;
        }
        return node;
    }
}
