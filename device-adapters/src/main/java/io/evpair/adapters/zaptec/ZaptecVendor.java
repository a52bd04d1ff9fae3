package io.evpair.adapters.zaptec;

import io.evpair.adapters.cloud.VendorDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Zaptec in the vendor registry. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ZaptecProperties.class)
public class ZaptecVendor {
    @Bean
    VendorDefinition zaptecDefinition(ZaptecProperties properties) {
        return new VendorDefinition(ZaptecCloud.VENDOR, properties.settings(), ZaptecCloud::new);
    }
}
