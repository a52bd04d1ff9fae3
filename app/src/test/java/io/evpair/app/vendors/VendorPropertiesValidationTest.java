package io.evpair.app.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.adapters.cloud.VendorDefinition;
import io.evpair.adapters.smartcar.SmartcarVendor;
import io.evpair.adapters.zaptec.ZaptecVendor;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/** Each vendor's settings are one validated record: a vendor is off without a client id, and a bad value stops the start. */
class VendorPropertiesValidationTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(ZaptecVendor.class, SmartcarVendor.class);

    @Test
    void withoutAClientIdAVendorIsOffAndDefaultsAreTheVendorsHosts() {
        context.run(ctx -> assertThat(ctx.getBeansOfType(VendorDefinition.class).values())
                .allSatisfy(d -> assertThat(d.settings()).isEmpty()));
        context.withPropertyValues("evpair.vendors.zaptec.client-id=z").run(ctx -> {
            VendorDefinition zaptec = ctx.getBean("zaptecDefinition", VendorDefinition.class);
            assertThat(zaptec.settings().orElseThrow().apiBaseUrl()).isEqualTo("https://api.zaptec.com");
            assertThat(zaptec.settings().orElseThrow().timeout()).isEqualTo(Duration.ofSeconds(10));
        });
    }

    @Test
    void aBadSettingStopsTheStartNamingIt() {
        context.withPropertyValues("evpair.vendors.zaptec.client-id=z", "evpair.vendors.zaptec.api-base-url=ftp://x")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("evpair.vendors.zaptec").hasMessageContaining("apiBaseUrl"));
        context.withPropertyValues("evpair.vendors.smartcar.vehicle-requests=0")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("vehicleRequests"));
    }
}
