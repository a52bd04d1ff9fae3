package io.evpair.adapters.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status table of docs/ocpp.md, row by row. */
class ConnectorStatusTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "Available,     false, false",
            "Preparing,     true,  false",
            "Charging,      true,  true",
            "SuspendedEVSE, true,  false",
            "SuspendedEV,   true,  false",
            "Finishing,     true,  false",
            "Reserved,      false, false"})
    void eachStatusSaysWhetherACableIsInAndEnergyFlows(ConnectorStatus status, Boolean pluggedIn, Boolean charging) {
        assertThat(status.apply(PlugState.UNKNOWN)).isEqualTo(new PlugState(pluggedIn, charging));
        assertThat(status.apply(new PlugState(true, true))).isEqualTo(new PlugState(pluggedIn, charging));
    }

    @ParameterizedTest
    @CsvSource({"Faulted", "Unavailable"})
    void faultedAndUnavailableKeepWhatWasKnown(ConnectorStatus status) {
        assertThat(status.apply(new PlugState(true, false))).isEqualTo(new PlugState(true, false));
        assertThat(status.apply(PlugState.UNKNOWN)).isEqualTo(PlugState.UNKNOWN);
    }

    @Test
    void aChargePointIsPluggedInWhenAnyConnectorIs() {
        assertThat(PlugState.ofCharger(List.of(new PlugState(false, false), new PlugState(true, true))))
                .isEqualTo(new PlugState(true, true));
        assertThat(PlugState.ofCharger(List.of(new PlugState(false, false), new PlugState(false, false))))
                .isEqualTo(new PlugState(false, false));
        assertThat(PlugState.ofCharger(List.of(new PlugState(false, false), PlugState.UNKNOWN)))
                .isEqualTo(PlugState.UNKNOWN);
        assertThat(PlugState.ofCharger(List.of())).isEqualTo(PlugState.UNKNOWN);
    }
}
