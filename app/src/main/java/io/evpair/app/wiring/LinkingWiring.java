package io.evpair.app.wiring;

import io.evpair.adapters.ocpp.OcppChargingCommands;
import io.evpair.app.vendors.VendorRegistry;
import io.evpair.engine.control.AdapterCapabilities;
import io.evpair.engine.catalog.DeviceRegistration;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.linking.ChargePointAdmission;
import io.evpair.engine.linking.ChargePointCredentialStore;
import io.evpair.engine.linking.LinkSessionStore;
import io.evpair.engine.linking.LinkSessions;
import io.evpair.engine.linking.LinkTokens;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.users.UserStore;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The link flow: link sessions for clients (OCPP and the configured vendor clouds), and the claim of OCPP charge
 * points that present a link token.
 */
@Configuration(proxyBeanMethods = false)
class LinkingWiring {
    @Bean
    LinkSessions linkSessions(LinkSessionStore sessions, UserStore users, Transactions transactions, Clock clock,
                              VendorRegistry clouds) {
        return new LinkSessions(sessions, users, transactions, new LinkTokens(new SecureRandom()), clock, clouds.kinds());
    }

    @Bean
    ChargePointAdmission chargePointAdmission(ChargePointCredentialStore credentials, LinkSessionStore sessions,
                                              DeviceRegistration registration, DeviceStore devices,
                                              Transactions transactions, Clock clock, OcppChargingCommands ocpp) {
        return new ChargePointAdmission(credentials, sessions, registration, devices, transactions, clock,
                AdapterCapabilities.of(ocpp));
    }
}
