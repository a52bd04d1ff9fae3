package io.evpair.api.vehicles;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Enode's capability: whether the device can do a thing now, and the interventions that block it. */
@Schema(name = "Capability")
public record Capability(boolean isCapable, List<String> interventionIds) {
    public static final Capability CAPABLE = new Capability(true, List.of());
    public static final Capability INCAPABLE = new Capability(false, List.of());

    public static Capability of(boolean capable) {
        return capable ? CAPABLE : INCAPABLE;
    }

    /** Blocked by interventions (e.g. the vendor account must be linked again): not capable until they are resolved. */
    public static Capability of(boolean capable, List<String> interventionIds) {
        return interventionIds.isEmpty() ? of(capable) : new Capability(false, interventionIds);
    }
}
