package io.evpair.adapters.smartcar;

import io.evpair.adapters.cloud.VendorDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Smartcar in the vendor registry. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmartcarProperties.class)
public class SmartcarVendor {
    @Bean
    VendorDefinition smartcarDefinition(SmartcarProperties properties) {
        return new VendorDefinition(SmartcarCloud.VENDOR, properties.settings(),
                (http, access, clock) -> new SmartcarCloud(http, access, clock, properties));
    }
}
