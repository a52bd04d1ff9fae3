package io.evpair.adapters.easee;

import io.evpair.adapters.cloud.VendorDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Easee in the vendor registry. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EaseeProperties.class)
public class EaseeVendor {
    @Bean
    VendorDefinition easeeDefinition(EaseeProperties properties) {
        return new VendorDefinition(EaseeCloud.VENDOR, properties.settings(), EaseeCloud::new);
    }
}
