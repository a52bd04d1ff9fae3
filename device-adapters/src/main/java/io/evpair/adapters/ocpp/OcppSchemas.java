package io.evpair.adapters.ocpp;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OCA's JSON schemas of each OCPP version (resources ocpp/schemas, see the NOTICE there), one per action and
 * direction, compiled once and shared by all connections. A violation becomes the CALLERROR code OCPP-J names:
 * a wrong JSON type a TypeConstraintViolation; a missing field or too few or many items an
 * OccurenceConstraintViolation; a value outside its length, range or enumeration a PropertyConstraintViolation;
 * a property the action does not have a FormationViolation (the payload is not the PDU's structure).
 */
final class OcppSchemas {
    private static final Map<OcppVersion, OcppSchemas> BY_VERSION = load();

    private final Map<String, Schema> byId;

    private OcppSchemas(Map<String, Schema> byId) {
        this.byId = byId;
    }

    static OcppSchemas of(OcppVersion version) {
        return BY_VERSION.get(version);
    }

    /** The request of a call; an action without a schema passes here and is answered NotImplemented later. */
    Optional<OcppException> requestViolation(String action, JsonNode payload) {
        return violation("urn:" + action + ".req", payload);
    }

    /** The charge point's answer to a call of ours. */
    Optional<OcppException> confirmationViolation(String action, JsonNode payload) {
        return violation("urn:" + action + ".conf", payload);
    }

    private Optional<OcppException> violation(String id, JsonNode payload) {
        Schema schema = byId.get(id);
        if (schema == null) {
            return Optional.empty();
        }
        // Several charge points send null for optional fields; Payload reads null as absent, and so do we here.
        return schema.validate(payload).stream()
                .filter(error -> error.getInstanceNode() == null || !error.getInstanceNode().isNull())
                .findFirst()
                .map(OcppSchemas::asOcpp);
    }

    private static OcppException asOcpp(Error error) {
        OcppErrorCode code = switch (error.getKeyword()) {
            case "type" -> OcppErrorCode.TypeConstraintViolation;
            case "required", "minItems", "maxItems" -> OcppErrorCode.OccurenceConstraintViolation;
            case "additionalProperties" -> OcppErrorCode.FormationViolation;
            default -> OcppErrorCode.PropertyConstraintViolation;
        };
        // The JSON pointer "/meterValue/0/sampledValue/0/unit" as Payload names fields: meterValue[0].sampledValue[0].unit
        String field = error.getInstanceLocation().toString().replaceAll("/(\\d+)", "[$1]").replaceFirst("^/", "")
                .replace('/', '.');
        return new OcppException(code, field.isEmpty() ? error.getMessage() : field + ": " + error.getMessage());
    }

    private static Map<OcppVersion, OcppSchemas> load() {
        // Format checks stay with Payload: it reads a date-time without a zone as UTC rather than refuse it.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder ->
                builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(false).build()));
        Map<OcppVersion, OcppSchemas> schemas = new EnumMap<>(OcppVersion.class);
        schemas.put(OcppVersion.V16, new OcppSchemas(compile(registry, "ocpp/schemas/ocpp1_6.json")));
        schemas.put(OcppVersion.V201, new OcppSchemas(compile(registry, "ocpp/schemas/ocpp2_0_1.json")));
        return schemas;
    }

    private static Map<String, Schema> compile(SchemaRegistry registry, String resource) {
        try (InputStream in = OcppSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the OCPP schemas " + resource + " are not on the class path");
            }
            Map<String, Schema> byId = new HashMap<>();
            for (JsonNode node : JsonMapper.builder().build().readTree(in)) {
                Schema schema = registry.getSchema(node);
                // Compiled now rather than on an action's first payload, which may have a call's timeout running.
                schema.initializeValidators();
                byId.put(node.get("$id").asString(), schema);
            }
            return Map.copyOf(byId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
