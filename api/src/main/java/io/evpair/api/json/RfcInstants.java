package io.evpair.api.json;

import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;

/**
 * Instants as RFC 3339 has them, years 0000 to 9999. Java reads {@code +999999999-12-31T23:59:59Z} too, which then
 * overflowed on its way to PostgreSQL (a 500).
 */
public final class RfcInstants extends ValueDeserializer<Instant> {
    public static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
    public static final String RANGE = "must be an instant between the years 0000 and 9999 (RFC 3339)";

    public static boolean fits(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        Instant value = InstantDeserializer.INSTANT.deserialize(p, ctxt);
        if (value != null && !fits(value)) {
            throw new RefusedValueException(p, RANGE, Instant.class);
        }
        return value;
    }
}
