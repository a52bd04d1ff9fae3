package io.evpair.engine.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceRef;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.UserRef;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The action guards its own life: routed at most once, sent only once routed, resolved exactly once and then
 * unchangeable. Each seed draws a random sequence of transitions and checks the action against a model of what is
 * allowed; a failure names its seed, which reproduces it.
 */
class ChargeActionLifecycleTest {
    private static final Instant T0 = Instant.parse("2026-03-04T18:00:00Z");
    private static final DeviceRef CAR = new DeviceRef(UUID.randomUUID(), DeviceType.VEHICLE);
    private static final FailureReason WHY = new FailureReason(FailureType.NO_RESPONSE, "silent", CAR.id(), CAR.type());

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomTransitionsFollowTheModel(long seed) {
        Random random = new Random(seed);
        boolean routed = random.nextBoolean();
        ChargeAction action = ChargeAction.requested(new ClientId(UUID.randomUUID()), new UserRef(UUID.randomUUID()), "ada", CAR, ActionKind.START,
                null, routed ? CAR : null, T0, T0.plusSeconds(600));
        int sends = 0;
        boolean resolved = false;
        for (int step = 1; step <= 12; step++) {
            Instant now = T0.plusSeconds(step);
            ChargeAction before = action;
            switch (random.nextInt(4)) {
                case 0 -> {
                    if (resolved || routed) {
                        assertThatThrownBy(() -> before.routedTo(UUID.randomUUID(), DeviceType.CHARGER, now))
                                .as("seed %d step %d", seed, step).isInstanceOf(IllegalStateException.class);
                    } else {
                        action = action.routedTo(UUID.randomUUID(), DeviceType.CHARGER, now);
                        routed = true;
                        assertThat(action.nextAttemptAt()).as("a new route is due at once").isEqualTo(now);
                    }
                }
                case 1 -> {
                    if (resolved || !routed) {
                        assertThatThrownBy(() -> before.sent(now, now.plusSeconds(30)))
                                .as("seed %d step %d", seed, step).isInstanceOf(IllegalStateException.class);
                    } else {
                        action = action.sent(now, now.plusSeconds(30));
                        sends++;
                        assertThat(action.lastSentAt()).isEqualTo(now);
                    }
                }
                default -> {
                    ActionState to = new ActionState[]{ActionState.CONFIRMED, ActionState.FAILED, ActionState.CANCELLED}[
                            random.nextInt(3)];
                    FailureReason reason = to == ActionState.CONFIRMED ? null : WHY;
                    if (resolved) {
                        assertThatThrownBy(() -> before.resolved(to, reason, now))
                                .as("seed %d step %d", seed, step).isInstanceOf(IllegalStateException.class);
                    } else {
                        action = action.resolved(to, reason, now);
                        resolved = true;
                        assertThat(action.completedAt()).isEqualTo(now);
                        assertThat(action.nextAttemptAt()).as("nothing is due after the end").isNull();
                    }
                }
            }
            assertThat(action.attempts()).as("seed %d", seed).isEqualTo(sends);
            assertThat(action.state().isResolved()).isEqualTo(resolved);
            assertThat(action.updatedAt()).isAfterOrEqualTo(before.updatedAt());
        }
    }

    @Test
    void aFailureOrCancellationWithoutAReasonIsRefused() {
        ChargeAction pending = ChargeAction.requested(new ClientId(UUID.randomUUID()), new UserRef(UUID.randomUUID()), "ada", CAR, ActionKind.STOP,
                null, CAR, T0, T0.plusSeconds(600));

        assertThatThrownBy(() -> pending.resolved(ActionState.FAILED, null, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pending.resolved(ActionState.CANCELLED, null, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pending.resolved(ActionState.PENDING, null, T0)).isInstanceOf(IllegalArgumentException.class);
    }
}
