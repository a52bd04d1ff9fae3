package io.evpair.adapters.volvo;

import io.evpair.adapters.cloud.VendorDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Volvo Cars in the vendor registry. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VolvoProperties.class)
public class VolvoVendor {
    @Bean
    VendorDefinition volvoDefinition(VolvoProperties properties) {
        return new VendorDefinition(VolvoCloud.VENDOR, properties.settings(),
                (http, access, clock) -> new VolvoCloud(http, access, clock, properties.apiKey()));
    }
}
