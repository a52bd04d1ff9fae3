package io.evpair.app.wiring;

import io.evpair.adapters.ocpp.OcppSettings;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code evpair.ocpp.*}: OCPP charge points on {@code /ocpp/{chargePointId}}.
 *
 * @param heartbeatInterval  the heartbeat interval BootNotification gives charge points
 * @param callTimeout        how long a command waits for the charge point's CALLRESULT
 * @param remoteStartIdTag   the idTag RemoteStartTransaction presents (1 to 20 characters); the charge point may have
 *                           to know it
 * @param meterValueInterval the MeterValueSampleInterval set on every charge point that boots
 */
@ConfigurationProperties("evpair.ocpp")
@Validated
public record OcppProperties(@DefaultValue("PT5M") @NotNull @DurationMin(millis = 1) Duration heartbeatInterval,
                             @DefaultValue("PT30S") @NotNull @DurationMin(millis = 1) Duration callTimeout,
                             @DefaultValue("evpair") @NotNull @Size(min = 1, max = 20) String remoteStartIdTag,
                             @DefaultValue("PT1M") @NotNull @DurationMin(seconds = 1) Duration meterValueInterval) {
    OcppSettings settings() {
        return new OcppSettings(heartbeatInterval, callTimeout, remoteStartIdTag, meterValueInterval);
    }
}
