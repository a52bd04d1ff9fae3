package io.evpair.app.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.StrictIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Failed OCPP Basic logins count like the API's: a guessed-at charge point is refused with 429 for a while. */
class OcppLoginRateLimitTest extends StrictIntegrationTest {
    @Value("${local.server.port}")
    int port;

    @Test
    void failedLoginsOfOneChargePointEndIn429() {
        String identity = "cp-" + UUID.randomUUID();
        for (int i = 0; i < FAILURES_PER_PRINCIPAL; i++) {
            assertThat(ChargePointSocket.open(port, identity, "0".repeat(40)).status()).isEqualTo(401);
        }

        assertThat(ChargePointSocket.open(port, identity, "1".repeat(40)).status()).isEqualTo(429);
    }
}
