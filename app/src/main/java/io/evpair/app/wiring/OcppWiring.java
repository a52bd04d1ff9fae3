package io.evpair.app.wiring;

import io.evpair.adapters.ocpp.CentralSystem;
import io.evpair.adapters.ocpp.ChargePointHandshake;
import io.evpair.adapters.ocpp.ChargePointLinks;
import io.evpair.adapters.ocpp.ChargePointSessions;
import io.evpair.engine.chargepoints.ChargePointTransactions;
import io.evpair.adapters.ocpp.LocalChargePointSessions;
import io.evpair.adapters.ocpp.OcppChargingCommands;
import io.evpair.adapters.ocpp.OcppSettings;
import io.evpair.adapters.ocpp.OcppWebSocketHandler;
import io.evpair.engine.clients.LoginThrottle;
import io.evpair.engine.observations.ObservationSink;
import io.evpair.engine.devices.ChargerDescriptions;
import io.evpair.engine.devices.DeviceLinks;
import io.evpair.engine.linking.ChargePointAdmission;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import io.evpair.adapters.ocpp.OcppSubprotocols;

/**
 * OCPP 1.6J and 2.0.1 charge points on {@code /ocpp/{chargePointId}}. What they report goes to the service's one
 * {@link ObservationSink} (the observation pipeline); commands leave through {@link OcppChargingCommands}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableConfigurationProperties(OcppProperties.class)
class OcppWiring {
    @Bean
    OcppSettings ocppSettings(OcppProperties properties) {
        return properties.settings();
    }

    @Bean
    ChargePointSessions chargePointSessions() {
        return new LocalChargePointSessions();
    }

    @Bean
    OcppChargingCommands ocppChargingCommands(ChargePointSessions sessions, OcppSettings settings, Clock clock) {
        return new OcppChargingCommands(sessions, settings, clock);
    }

    @Bean
    DeviceLinks chargePointLinks(ChargePointSessions sessions) {
        return new ChargePointLinks(sessions);
    }

    @Bean
    OcppWebSocketHandler ocppWebSocketHandler(ObservationSink sink, ChargerDescriptions descriptions,
                                              ChargePointSessions sessions, ChargePointTransactions transactions,
                                              OcppSettings settings, Clock clock) {
        return new OcppWebSocketHandler(new CentralSystem(sink, descriptions, transactions, settings, clock), sessions,
                settings);
    }

    @Bean
    ChargePointHandshake chargePointHandshake(ChargePointAdmission admission, LoginThrottle throttle) {
        return new ChargePointHandshake(admission, throttle);
    }

    @Bean
    WebSocketConfigurer ocppEndpoint(OcppWebSocketHandler handler, ChargePointHandshake handshake) {
        return registry -> registry.addHandler(handler, "/ocpp/*")
                .setHandshakeHandler(new OcppSubprotocols())
                .addInterceptors(handshake)
                // Charge points are not browsers: they send no Origin, or one of their own.
                .setAllowedOriginPatterns("*");
    }
}
