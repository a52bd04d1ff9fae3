package io.evpair.adapters.wallbox;

import io.evpair.adapters.cloud.VendorDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wallbox in the vendor registry. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WallboxProperties.class)
public class WallboxVendor {
    @Bean
    VendorDefinition wallboxDefinition(WallboxProperties properties) {
        return new VendorDefinition(WallboxCloud.VENDOR, properties.settings(), WallboxCloud::new);
    }
}
