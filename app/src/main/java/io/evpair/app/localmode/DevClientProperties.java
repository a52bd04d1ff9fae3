package io.evpair.app.localmode;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code evpair.dev-client.*}: the well-known API client of the README walk-through.
 *
 * @param enabled  creates the client at start if it does not exist; local mode turns it on, never use it in production
 * @param clientId its client id
 * @param secret   its secret (public: it is in the README)
 */
@ConfigurationProperties("evpair.dev-client")
@Validated
public record DevClientProperties(@DefaultValue("false") boolean enabled,
                                  @DefaultValue("dev-client") @NotBlank String clientId,
                                  @DefaultValue("dev-secret") @NotBlank String secret) {
}
