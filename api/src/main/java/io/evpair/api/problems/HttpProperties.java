package io.evpair.api.problems;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code evpair.http.*}: limits of the HTTP API.
 *
 * @param maxBodySize the largest request body accepted; larger ones are answered 413 (positive: {@code 8MB},
 *                    {@code 512KB})
 */
@ConfigurationProperties("evpair.http")
@Validated
public record HttpProperties(@DefaultValue("8MB") @NotNull DataSize maxBodySize) {
    /** Jakarta Validation has no constraint for a {@link DataSize}: a size of nothing would refuse every body. */
    public HttpProperties {
        if (maxBodySize != null && maxBodySize.toBytes() <= 0) {
            throw new IllegalArgumentException("evpair.http.max-body-size must be positive, was " + maxBodySize);
        }
    }
}
