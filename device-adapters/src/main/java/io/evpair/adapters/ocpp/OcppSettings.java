package io.evpair.adapters.ocpp;

import java.time.Duration;
import java.util.Objects;

/**
 * @param heartbeatInterval what BootNotification tells charge points to use
 * @param callTimeout       how long a command waits for the charge point's CALLRESULT
 * @param remoteStartIdTag  the idTag RemoteStartTransaction presents; the charge point may have to know it
 * @param meterValueInterval the MeterValueSampleInterval set on every charge point that boots
 */
public record OcppSettings(Duration heartbeatInterval, Duration callTimeout, String remoteStartIdTag,
                           Duration meterValueInterval) {
    public OcppSettings(Duration heartbeatInterval, Duration callTimeout, String remoteStartIdTag) {
        this(heartbeatInterval, callTimeout, remoteStartIdTag, Duration.ofMinutes(1));
    }

    public OcppSettings {
        Objects.requireNonNull(meterValueInterval, "meterValueInterval");
        if (meterValueInterval.toSeconds() < 1) {
            throw new IllegalArgumentException("the meter value interval is at least one second");
        }
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(remoteStartIdTag, "remoteStartIdTag");
        if (remoteStartIdTag.isEmpty() || remoteStartIdTag.length() > 20) {
            throw new IllegalArgumentException("an OCPP idTag has 1 to 20 characters");
        }
    }
}
