package io.evpair.app.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SSRF guard: internal targets are refused unless an operator allows them. */
class ResolvingUrlPolicyTest {
    private final ResolvingUrlPolicy strict = new ResolvingUrlPolicy(false);

    @Test
    void internalAddressesAreRefused() {
        assertThat(strict.refusal("http://127.0.0.1:8080/hook")).isPresent();
        assertThat(strict.refusal("http://localhost/hook")).isPresent();
        assertThat(strict.refusal("http://10.1.2.3/hook")).isPresent();
        assertThat(strict.refusal("http://192.168.1.10/hook")).isPresent();
        assertThat(strict.refusal("http://169.254.169.254/latest/meta-data")).isPresent();
        assertThat(strict.refusal("http://[::1]/hook")).isPresent();
        assertThat(strict.refusal("http://[fd00::1]/hook")).isPresent();
    }

    @Test
    void onlyHttpUrlsAreCalled() {
        assertThat(strict.refusal("ftp://example.com/hook")).isPresent();
        assertThat(strict.refusal("not a url")).isPresent();
        assertThat(new ResolvingUrlPolicy(true).refusal("http://127.0.0.1:8080/hook")).isEmpty();
        assertThat(new ResolvingUrlPolicy(true).refusal("file:///etc/passwd")).isPresent();
    }
}
