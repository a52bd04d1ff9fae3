package io.evpair.app.vendors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evpair.app.support.Http;
import io.evpair.app.support.IntegrationTest;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.vendors.VendorTokens;
import io.evpair.adapters.tesla.TeslaCloud;
import io.evpair.persistence.vendors.JdbcVendorAccountStore;
import io.evpair.persistence.vendors.TokenCipher;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Replacing {@code evpair.vendors.token-key}: with the old key among {@code previous-token-keys}, the start encrypts every
 * stored token again with the new key, after which the new key alone reads them. Against the real schema, on a token
 * stored by a real link flow.
 */
class VendorTokenKeyRotationTest extends VendorCloudTest {
    private static final String NEW_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";
    private static final String BOTH = TeslaAccount.linkBody(null, "vehicle:read:data", "charger:read:data");

    @Test
    void theStartEncryptsStoredTokensAgainWithTheNewKeySoThatTheOldOneCanBeDropped() throws Exception {
        Http.Client client = newClient();
        TeslaAccount tesla = new TeslaAccount().products();
        String user = "rotation-" + UUID.randomUUID();
        tesla.link(http, client, user, BOTH);
        stopPolling(); // no poll of this account reads it while its key changes under the application's own cipher
        UserRef userRef = new UserRef(jdbc.sql("select id from app_user where user_id = ?").param(user).query(UUID.class).single());
        JdbcVendorAccountStore newKeyOnly = new JdbcVendorAccountStore(jdbc, TokenCipher.fromBase64(NEW_KEY));
        assertThatThrownBy(() -> newKeyOnly.find(userRef, TeslaCloud.VENDOR))
                .hasMessageContaining("evpair.vendors.token-key").hasMessageNotContaining(NEW_KEY);

        try {
            seal(NEW_KEY, IntegrationTest.TOKEN_KEY);
            VendorTokens tokens = newKeyOnly.find(userRef, TeslaCloud.VENDOR).orElseThrow().tokens();
            assertThat(tokens.accessToken()).isEqualTo(tesla.accessToken);
            assertThat(tokens.refreshToken()).isEqualTo(tesla.refreshToken);
            assertThat(new JdbcVendorAccountStore(jdbc, TokenCipher.fromBase64(NEW_KEY, List.of(IntegrationTest.TOKEN_KEY)))
                    .sealWithCurrentKey()).as("a second start has nothing left to do").isZero();
        } finally {
            // the application's cipher knows TOKEN_KEY only: every other test's tokens must be readable again
            seal(IntegrationTest.TOKEN_KEY, NEW_KEY);
        }
        assertThat(new JdbcVendorAccountStore(jdbc, TokenCipher.fromBase64(IntegrationTest.TOKEN_KEY))
                .find(userRef, TeslaCloud.VENDOR).orElseThrow().tokens().accessToken()).isEqualTo(tesla.accessToken);
    }

    /** What a start with {@code current} as the key and {@code previous} among the previous keys does. */
    private void seal(String current, String previous) throws Exception {
        TokenCipher cipher = TokenCipher.fromBase64(current, List.of(previous));
        new VendorWiring().vendorTokensSealedWithTheCurrentKey(cipher, new JdbcVendorAccountStore(jdbc, cipher)).run(null);
    }
}
