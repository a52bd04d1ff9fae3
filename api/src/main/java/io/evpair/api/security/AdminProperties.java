package io.evpair.api.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code evpair.admin.*}: the operator's credential for the {@code /admin} API (HTTP Basic).
 *
 * @param username the operator's user name, matched case-sensitively
 * @param password the operator's password; unset, {@code /admin} refuses every request (local mode sets one)
 */
@ConfigurationProperties("evpair.admin")
@Validated
public record AdminProperties(@DefaultValue("admin") @NotBlank String username,
                              @DefaultValue("") @NotNull String password) {
}
