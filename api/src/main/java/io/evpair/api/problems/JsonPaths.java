package io.evpair.api.problems;

import io.evpair.api.json.RefusedValueException;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Names the place in a JSON body where binding failed, as {@code observations[3].observedAt}. */
final class JsonPaths {
    private JsonPaths() {
    }

    static String of(List<JacksonException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    static String reason(DatabindException e) {
        if (e instanceof RefusedValueException) {
            return e.getOriginalMessage();
        }
        if (e instanceof InvalidFormatException invalid) {
            return "'" + Problem.excerpt(String.valueOf(invalid.getValue())) + "' is not a valid "
                    + simpleName(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be a " + simpleName(mismatch.getTargetType());
        }
        return "is invalid";
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "value, one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "Instant", "OffsetDateTime" -> "ISO-8601 instant like 2026-03-02T08:00:00Z";
            case "Double", "double", "Float", "float" -> "number";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "Boolean", "boolean" -> "boolean";
            case "String" -> "string";
            default -> type.getSimpleName();
        };
    }
}
