package io.evpair.api.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/** Jackson's string binding, refusing U+0000: PostgreSQL rejects it in text, which made such a request a 500. */
final class NulFreeStrings extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        String value = super.deserialize(p, ctxt);
        if (value != null && value.indexOf('\0') >= 0) {
            throw new RefusedValueException(p, "must not contain the NUL character (U+0000)", String.class);
        }
        return value;
    }
}
