package io.evpair.app.vendors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evpair.adapters.cloud.CloudSettings;
import io.evpair.adapters.cloud.VendorDefinition;
import io.evpair.adapters.tesla.TeslaCloud;
import io.evpair.persistence.vendors.TokenCipher;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Production fails fast without a token key once a vendor is configured; the key itself is never echoed. */
class VendorWiringTest {
    private static final String OLD_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final String NEW_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";
    private final VendorWiring wiring = new VendorWiring();
    private final List<VendorDefinition> tesla = List.of(new VendorDefinition(TeslaCloud.VENDOR, Optional.of(
            new CloudSettings("id", "secret", "https://auth.example", "https://api.example", 10, 1, Duration.ofSeconds(1),
                    Duration.ofSeconds(1))), TeslaCloud::new));

    @Test
    void aConfiguredVendorWithoutAKeyStopsTheStart() {
        assertThatThrownBy(() -> wiring.tokenCipher(tesla, key(" ")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("evpair.vendors.token-key");
    }

    @Test
    void withoutVendorsNoKeyIsNeeded() {
        assertThat(wiring.tokenCipher(List.of(new VendorDefinition(TeslaCloud.VENDOR, Optional.empty(), TeslaCloud::new)), key(""))).isNotNull();
    }

    @Test
    void aBadKeyIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> wiring.tokenCipher(tesla, key("c2hvcnQ=")))
                .hasMessageContaining("32 bytes").hasMessageNotContaining("c2hvcnQ=");
    }

    @Test
    void tokensRoundTripAndEachEncryptionDiffers() {
        TokenCipher cipher = wiring.tokenCipher(tesla, key("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="));
        byte[] once = cipher.encrypt("secret-token");
        assertThat(cipher.decrypt(once)).isEqualTo("secret-token");
        assertThat(cipher.encrypt("secret-token")).isNotEqualTo(once);
    }

    @Test
    void aPreviousKeyOpensWhatItSealedAndOnlyTheCurrentKeySeals() {
        TokenCipher old = TokenCipher.fromBase64(OLD_KEY);
        TokenCipher rotated = wiring.tokenCipher(tesla, new VendorCloudProperties(NEW_KEY, List.of(OLD_KEY), null));
        byte[] before = old.encrypt("secret-token");
        assertThat(rotated.decrypt(before)).isEqualTo("secret-token");
        assertThat(rotated.sealedWithCurrentKey(before)).isFalse();
        assertThat(rotated.sealedWithCurrentKey(rotated.encrypt("secret-token"))).isTrue();
        assertThatThrownBy(() -> old.decrypt(rotated.encrypt("secret-token")))
                .hasMessageContaining("evpair.vendors.token-key").hasMessageNotContaining(OLD_KEY);
    }

    @Test
    void aBadPreviousKeyIsRefusedByItsPlaceWithoutShowingIt() {
        assertThatThrownBy(() -> wiring.tokenCipher(tesla, new VendorCloudProperties(NEW_KEY, List.of(OLD_KEY, "c2hvcnQ="), null)))
                .hasMessageContaining("evpair.vendors.previous-token-keys[1]").hasMessageNotContaining("c2hvcnQ=");
    }

    private static VendorCloudProperties key(String tokenKey) {
        return new VendorCloudProperties(tokenKey, List.of(), null);
    }
}
