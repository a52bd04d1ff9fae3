package io.evpair.engine.inference;

import java.util.List;

/** Opens the engine's package-private diagnosis to the replay tools. */
public final class HouseholdDiagnosis {
    private HouseholdDiagnosis() {
    }

    public static List<String> explain(PairingEngine engine, String userKey) {
        return engine.household(userKey).explain();
    }
}
