package io.evpair.api.json;

import java.time.Instant;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Request bodies bind only what they say: {@code "true"} is not a boolean, {@code 1} is not the second value of an
 * enum ({@code {"action":1}} once ran as STOP), {@code 7.9} is not the integer 7, and no string may carry the NUL
 * character, which PostgreSQL cannot store, and instants stay within RFC 3339's years. A whole number still binds to
 * a decimal field.
 */
@Component
class StrictJsonBinding implements JsonMapperBuilderCustomizer {
    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .addModule(new SimpleModule("evpair-strict-values").addDeserializer(String.class, new NulFreeStrings())
                        .addDeserializer(Instant.class, new RfcInstants()));
    }
}
