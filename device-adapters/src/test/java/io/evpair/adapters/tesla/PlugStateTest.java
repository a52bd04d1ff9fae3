package io.evpair.adapters.tesla;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tesla's states to evpair's plug readings: the tables of docs/vendors.md. */
class PlugStateTest {
    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "Disconnected, false, false", "Stopped, true, false", "Charging, true, true", "Complete, true, false",
            "NoPower, true, false", "Starting, true, false", "SomethingNew, null, null", "null, null, null"})
    void chargingState(String state, Boolean pluggedIn, Boolean charging) {
        assertThat(PlugState.ofChargingState(state)).isEqualTo(new PlugState(pluggedIn, charging));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "2, 0, false, false", "1, 7200, true, true", "10, null, true, true", "4, 0, true, false",
            "8, 0, true, false", "0, 0, null, null", "7, null, null, null", "4, 7000, true, true"})
    void wallConnectorState(int code, Double watts, Boolean pluggedIn, Boolean charging) {
        assertThat(PlugState.ofWallConnectorState(code, watts)).isEqualTo(new PlugState(pluggedIn, charging));
    }
}
