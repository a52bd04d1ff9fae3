package io.evpair.adapters.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameAssemblyTest {
    private final FrameAssembly assembly = new FrameAssembly(40);

    @Test
    void joinsThePiecesOfAFrame() {
        assertThat(assembly.add("[2,\"a\",", false)).isEmpty();
        assertThat(assembly.add("\"Heartbeat\",{}]", true)).contains(new FrameAssembly.Frame.Whole("[2,\"a\",\"Heartbeat\",{}]"));
        assertThat(assembly.add("[3,\"b\",{}]", true)).contains(new FrameAssembly.Frame.Whole("[3,\"b\",{}]"));
    }

    @Test
    void aFrameOverTheLimitKeepsOnlyItsTypeAndId() {
        assembly.add("[2, \"m-1\", \"DataTransfer\", {\"data\":\"", false);
        assembly.add("x".repeat(100), false);

        assertThat(assembly.add("\"}]", true)).contains(new FrameAssembly.Frame.Oversized(2, "m-1"));
        assertThat(assembly.add("[3,\"b\",{}]", true)).contains(new FrameAssembly.Frame.Whole("[3,\"b\",{}]"));
    }

    @Test
    void anOversizedFrameWithoutAReadableIdIsAnsweredWithMinusOne() {
        assertThat(assembly.add("{" + "x".repeat(50), true))
                .contains(new FrameAssembly.Frame.Oversized(null, MalformedFrameException.UNKNOWN_MESSAGE_ID));
    }
}
