package io.evpair.adapters.ocpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OcppFramesTest {

    @Test
    void readsTheThreeMessageTypes() {
        assertThat(OcppFrames.parse("[2,\"a1\",\"Heartbeat\",{}]"))
                .isEqualTo(new OcppFrame.Call("a1", "Heartbeat", OcppFrames.object()));
        OcppFrame result = OcppFrames.parse("[3,\"a2\",{\"status\":\"Accepted\"}]");
        assertThat(result).isInstanceOf(OcppFrame.CallResult.class);
        assertThat(((OcppFrame.CallResult) result).payload().get("status").asString()).isEqualTo("Accepted");
        assertThat(OcppFrames.parse("[4,\"a3\",\"NotSupported\",\"no\",{}]"))
                .isEqualTo(new OcppFrame.CallError("a3", "NotSupported", "no", OcppFrames.object()));
    }

    @Test
    void writesFramesAsOcppJArrays() {
        assertThat(OcppFrames.write(new OcppFrame.Call("m1", "RemoteStopTransaction",
                OcppFrames.object().put("transactionId", 7))))
                .isEqualTo("[2,\"m1\",\"RemoteStopTransaction\",{\"transactionId\":7}]");
        assertThat(OcppFrames.write(OcppFrames.error("m2", OcppErrorCode.NotImplemented, "nope")))
                .isEqualTo("[4,\"m2\",\"NotImplemented\",\"nope\",{}]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"a\":1}", "[2]", "\"text\"", "[2,17,\"Heartbeat\",{}]",
            "[2,\"\",\"Heartbeat\",{}]", "[2,\"0123456789012345678901234567890123456789\",\"Heartbeat\",{}]"})
    void aFrameWithoutAReadableMessageIdIsAFormationViolationForId(String text) {
        MalformedFrameException e = catchThrowableOfType(MalformedFrameException.class, () -> OcppFrames.parse(text));

        assertThat(e.code()).isEqualTo(OcppErrorCode.FormationViolation);
        assertThat(e.messageId()).isEqualTo("-1");
        assertThat(e.answerable()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[2,\"id9\"]", "[2,\"id9\",\"Heartbeat\"]", "[2,\"id9\",\"Heartbeat\",[]]", "[2,\"id9\",5,{}]",
            "[2,\"id9\",\"Heartbeat\",{},{}]", "[7,\"id9\",{}]", "[\"2\",\"id9\",\"Heartbeat\",{}]"})
    void aBrokenCallKeepsItsMessageIdSoTheErrorCanBeMatched(String text) {
        MalformedFrameException e = catchThrowableOfType(MalformedFrameException.class, () -> OcppFrames.parse(text));

        assertThat(e.code()).isEqualTo(OcppErrorCode.FormationViolation);
        assertThat(e.messageId()).isEqualTo("id9");
        assertThat(e.answerable()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[3,\"id9\"]", "[3,\"id9\",\"Accepted\"]", "[4,\"id9\",\"GenericError\",\"x\"]"})
    void aBrokenAnswerIsNeverAnswered(String text) {
        MalformedFrameException e = catchThrowableOfType(MalformedFrameException.class, () -> OcppFrames.parse(text));

        assertThat(e.answerable()).isFalse();
    }
}
