package io.evpair.engine.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VendorTest {
    /** Every vendor name the code, the configuration and the tests use today; none may be refused. */
    @ParameterizedTest
    @ValueSource(strings = {"SIMULATED", "OCPP", "TESLA", "SMARTCAR", "ZAPTEC", "EASEE", "VOLVO", "BLUEPRINT",
            "WALLBOX", "SCRIPTED", "ACME", "NISSAN", "A", "VENDOR_2"})
    void acceptsTheNamesInUse(String name) {
        assertThat(new Vendor(name).name()).isEqualTo(name);
        assertThat(new Vendor(name)).hasToString(name);
        assertThat(Vendor.isValidName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "tesla", "Tesla", "TES LA", "TESLA ", "TES-LA", "ÄÖ", "A/B", "../X"})
    void refusesWhatIsNoVendorName(String name) {
        assertThatThrownBy(() -> new Vendor(name)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Vendor.isValidName(name)).isFalse();
    }

    @Test
    void refusesNullAndNamesLongerThan40() {
        assertThat(Vendor.isValidName("V".repeat(40))).isTrue();
        assertThatThrownBy(() -> new Vendor("V".repeat(41))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Vendor(null)).isInstanceOf(NullPointerException.class);
        assertThat(Vendor.isValidName(null)).isFalse();
    }

    @Test
    void theServicesOwnVendorsAreConstants() {
        assertThat(Vendor.SIMULATED).isEqualTo(new Vendor("SIMULATED"));
        assertThat(Vendor.OCPP).isEqualTo(new Vendor("OCPP"));
    }
}
