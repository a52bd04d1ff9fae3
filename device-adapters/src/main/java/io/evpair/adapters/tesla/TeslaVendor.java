package io.evpair.adapters.tesla;

import io.evpair.adapters.cloud.VendorDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tesla in the vendor registry. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TeslaProperties.class)
public class TeslaVendor {
    @Bean
    VendorDefinition teslaDefinition(TeslaProperties properties) {
        return new VendorDefinition(TeslaCloud.VENDOR, properties.settings(), TeslaCloud::new);
    }
}
