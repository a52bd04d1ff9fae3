package io.evpair.api.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON value of the right type that evpair still refuses; the message says why without echoing the value. */
public final class RefusedValueException extends MismatchedInputException {
    RefusedValueException(JsonParser p, String why, Class<?> type) {
        super(p, why, type);
    }
}
