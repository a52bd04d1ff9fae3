package io.evpair.adapters.ocpp;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes OCPP-J frames (OCPP-J 1.6 §4). Reading checks the frame's structure, not the payload's. */
public final class OcppFrames {
    private static final int CALL = 2;
    private static final int CALL_RESULT = 3;
    private static final int CALL_ERROR = 4;
    private static final int MAX_MESSAGE_ID_LENGTH = 36;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OcppFrames() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static OcppFrame parse(String text) {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JacksonException e) {
            throw malformed(MalformedFrameException.UNKNOWN_MESSAGE_ID, "the frame is not JSON", true);
        }
        if (tree == null || !tree.isArray() || tree.size() < 2) {
            throw malformed(MalformedFrameException.UNKNOWN_MESSAGE_ID,
                    "a frame is a JSON array [messageTypeId, messageId, …]", true);
        }
        JsonNode type = tree.get(0);
        // OCPP-J never answers an answer: a broken CALLRESULT or CALLERROR is dropped, not replied to.
        boolean answerable = !(type.isIntegralNumber() && (type.intValue() == CALL_RESULT || type.intValue() == CALL_ERROR));
        JsonNode id = tree.get(1);
        if (!id.isString() || id.stringValue().isEmpty() || id.stringValue().length() > MAX_MESSAGE_ID_LENGTH) {
            throw malformed(MalformedFrameException.UNKNOWN_MESSAGE_ID,
                    "the messageId must be a string of 1 to 36 characters", answerable);
        }
        String messageId = id.stringValue();
        if (!type.isIntegralNumber()) {
            throw malformed(messageId, "the messageTypeId must be 2, 3 or 4", true);
        }
        return switch (type.intValue()) {
            case CALL -> call(tree, messageId);
            case CALL_RESULT -> callResult(tree, messageId);
            case CALL_ERROR -> callError(tree, messageId);
            default -> throw malformed(messageId, "unknown messageTypeId " + type.intValue(), true);
        };
    }

    public static String write(OcppFrame frame) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        // Java 17: no pattern switch yet, so the sealed type is taken apart with instanceof.
        if (frame instanceof OcppFrame.Call call) {
            array.add(CALL).add(call.messageId()).add(call.action()).add(call.payload());
        } else if (frame instanceof OcppFrame.CallResult result) {
            array.add(CALL_RESULT).add(result.messageId()).add(result.payload());
        } else if (frame instanceof OcppFrame.CallError error) {
            array.add(CALL_ERROR).add(error.messageId()).add(error.errorCode()).add(error.description())
                    .add(error.details());
        }
        return JSON.writeValueAsString(array);
    }

    public static OcppFrame.CallError error(String messageId, OcppErrorCode code, String description) {
        return new OcppFrame.CallError(messageId, code.name(), description == null ? "" : description, object());
    }

    private static OcppFrame call(JsonNode tree, String messageId) {
        if (tree.size() != 4 || !tree.get(2).isString()) {
            throw malformed(messageId, "a CALL is [2, messageId, action, payload]", true);
        }
        if (!tree.get(3).isObject()) {
            throw malformed(messageId, "the payload of a CALL must be a JSON object", true);
        }
        return new OcppFrame.Call(messageId, tree.get(2).stringValue(), (ObjectNode) tree.get(3));
    }

    private static OcppFrame callResult(JsonNode tree, String messageId) {
        if (tree.size() != 3 || !tree.get(2).isObject()) {
            throw malformed(messageId, "a CALLRESULT is [3, messageId, payload-object]", false);
        }
        return new OcppFrame.CallResult(messageId, (ObjectNode) tree.get(2));
    }

    private static OcppFrame callError(JsonNode tree, String messageId) {
        if (tree.size() != 5 || !tree.get(2).isString() || !tree.get(3).isString() || !tree.get(4).isObject()) {
            throw malformed(messageId, "a CALLERROR is [4, messageId, errorCode, description, details-object]", false);
        }
        return new OcppFrame.CallError(messageId, tree.get(2).stringValue(), tree.get(3).stringValue(),
                (ObjectNode) tree.get(4));
    }

    private static MalformedFrameException malformed(String messageId, String description, boolean answerable) {
        return new MalformedFrameException(messageId, OcppErrorCode.FormationViolation, description, answerable);
    }
}
