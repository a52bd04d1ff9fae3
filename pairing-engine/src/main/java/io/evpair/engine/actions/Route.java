package io.evpair.engine.actions;

import io.evpair.engine.ids.DeviceType;
import java.util.UUID;

/** Where a command goes, decided by {@link CommandRouter}; {@code rule} names the row of the routing table. */
public sealed interface Route {
    String rule();

    /** Send it to this device. */
    record SendTo(String rule, UUID deviceId, DeviceType deviceType) implements Route {
    }

    /** Keep the action PENDING until the vehicle is activated with a charger that can do it, or time runs out. */
    record AwaitActivation(String rule) implements Route {
    }

    /** It cannot work now: answer 400 at once. */
    record Refuse(String rule, String reason) implements Route {
    }
}
