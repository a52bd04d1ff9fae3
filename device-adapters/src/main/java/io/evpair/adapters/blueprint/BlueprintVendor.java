package io.evpair.adapters.blueprint;

import io.evpair.adapters.cloud.VendorDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Blueprint in the vendor registry. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BlueprintProperties.class)
public class BlueprintVendor {
    @Bean
    VendorDefinition blueprintDefinition(BlueprintProperties properties) {
        return new VendorDefinition(BlueprintCloud.VENDOR, properties.settings(), BlueprintCloud::new);
    }
}
