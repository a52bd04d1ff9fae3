package io.evpair.app.vendors;

import io.evpair.app.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Vendor-cloud tests share the application context with every other integration test: after each, its devices
 * stop being polled, so no poll of theirs stores observations while later tests count them.
 */
abstract class VendorCloudTest extends IntegrationTest {
    @Autowired
    protected JdbcClient jdbc;

    @AfterEach
    void stopPolling() {
        jdbc.sql("delete from vendor_poll").update();
    }
}
