package io.evpair.adapters.ocpp;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the fields of an OCPP payload, turning what the OCPP 1.6 JSON schemas forbid into the CALLERROR
 * code the spec names: a missing field is an OccurenceConstraintViolation, a wrong JSON type a
 * TypeConstraintViolation, a value outside its enumeration a PropertyConstraintViolation. Fields we do not
 * read are not checked: a charge point is not refused for what we ignore.
 */
final class Payload {
    private final ObjectNode node;
    private final String path;

    Payload(ObjectNode node) {
        this(node, "");
    }

    private Payload(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    String requiredString(String field) {
        return optionalString(field).orElseThrow(() -> missing(field));
    }

    Optional<String> optionalString(String field) {
        JsonNode value = present(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw wrongType(field, "a string");
        }
        return Optional.of(value.stringValue());
    }

    String requiredEnum(String field, Set<String> allowed) {
        String value = requiredString(field);
        if (!allowed.contains(value)) {
            throw new OcppException(OcppErrorCode.PropertyConstraintViolation,
                    name(field) + " '" + value + "' is not one of " + allowed);
        }
        return value;
    }

    int requiredInt(String field) {
        return optionalInt(field).orElseThrow(() -> missing(field));
    }

    Optional<Integer> optionalInt(String field) {
        JsonNode value = present(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrongType(field, "an integer");
        }
        return Optional.of(value.intValue());
    }

    Instant requiredInstant(String field) {
        return optionalInstant(field).orElseThrow(() -> missing(field));
    }

    /**
     * OCPP dateTimes are RFC 3339 in UTC. Some charge points leave out the zone; we read those as UTC
     * rather than refuse them, as the charge point meant UTC.
     */
    Optional<Instant> optionalInstant(String field) {
        return optionalString(field).map(text -> {
            // RFC 3339 has four-digit years; Java also reads "+999999999-12-31T23:59:59Z", which overflowed later.
            if (text.startsWith("+") || text.startsWith("-")) {
                throw notRfc3339(field, text);
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException withoutZone) {
                try {
                    return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e) {
                    throw notRfc3339(field, text);
                }
            }
        });
    }

    private OcppException notRfc3339(String field, String text) {
        return new OcppException(OcppErrorCode.PropertyConstraintViolation,
                name(field) + " '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "' is not an RFC 3339 date-time");
    }

    /** The objects of a required array, each readable as a payload of its own. */
    List<Payload> requiredObjects(String field) {
        return optionalObjects(field).orElseThrow(() -> missing(field));
    }

    Optional<List<Payload>> optionalObjects(String field) {
        JsonNode value = present(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw wrongType(field, "an array");
        }
        List<Payload> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isObject()) {
                throw wrongType(field + "[" + i + "]", "an object");
            }
            items.add(new Payload((ObjectNode) item, name(field) + "[" + i + "]."));
        }
        return Optional.of(items);
    }

    double requiredNumber(String field) {
        JsonNode value = present(field);
        if (value == null) {
            throw missing(field);
        }
        if (!value.isNumber()) {
            throw wrongType(field, "a number");
        }
        return value.doubleValue();
    }

    Optional<Payload> optionalObject(String field) {
        return present(field) == null ? Optional.empty() : Optional.of(requiredObject(field));
    }

    Payload requiredObject(String field) {
        JsonNode value = present(field);
        if (value == null) {
            throw missing(field);
        }
        if (!value.isObject()) {
            throw wrongType(field, "an object");
        }
        return new Payload((ObjectNode) value, name(field) + ".");
    }

    /** A JSON null counts as absent: several charge points send null for optional fields. */
    private JsonNode present(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private String name(String field) {
        return path + field;
    }

    private OcppException missing(String field) {
        return new OcppException(OcppErrorCode.OccurenceConstraintViolation, name(field) + " is required");
    }

    private OcppException wrongType(String field, String type) {
        return new OcppException(OcppErrorCode.TypeConstraintViolation, name(field) + " must be " + type);
    }
}
