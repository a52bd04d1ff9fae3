package io.evpair.adapters.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The SSRF guard: internal targets are refused unless an operator allows them. */
class ResolvingUrlPolicyTest {
    private final ResolvingUrlPolicy strict = policy(false);

    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1:8080", "localhost", "10.1.2.3", "192.168.1.10", "172.31.255.1", "169.254.169.254", "[::1]",
            "[fd00::1]", "[fe80::1]", "224.0.0.1",
            // carrier-grade NAT, with Alibaba's metadata service
            "100.64.0.1", "100.100.100.200", "100.127.255.254",
            // NAT64 of private IPv4
            "[64:ff9b::a00:1]", "[64:ff9b::7f00:1]", "[64:ff9b::a9fe:a9fe]", "[64:ff9b:1::1]",
            // IETF protocol assignments
            "192.0.0.1", "192.0.0.170",
            // IPv4-compatible IPv6
            "[::127.0.0.1]", "[::10.0.0.1]", "[::8.8.8.8]",
            // 6to4 of private IPv4
            "[2002:7f00:1::]", "[2002:a00:1::1]", "[2002:c0a8:101::]",
            // this network, benchmarking, reserved, broadcast
            "0.0.0.0", "0.1.2.3", "198.18.0.1", "198.19.255.254", "240.0.0.1", "254.1.1.1", "255.255.255.255",
            // IPv4-mapped IPv6
            "[::ffff:127.0.0.1]", "[::ffff:a9fe:a9fe]"})
    void internalAddressesAreRefused(String host) {
        assertThat(strict.refusal("http://" + host + "/hook")).as(host).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "100.63.255.255", "100.128.0.1", "192.0.1.1", "198.17.255.255", "198.20.0.1",
            "223.255.255.254", "[2606:4700:4700::1111]", "[64:ff9b::808:808]", "[2002:808:808::1]"})
    void publicAddressesAreCalled(String host) {
        assertThat(strict.refusal("https://" + host + "/hook")).as(host).isEmpty();
    }

    @Test
    void onlyHttpUrlsAreCalled() {
        assertThat(strict.refusal("ftp://example.com/hook")).isPresent();
        assertThat(strict.refusal("not a url")).isPresent();
        assertThat(policy(true).refusal("http://127.0.0.1:8080/hook")).isEmpty();
        assertThat(policy(true).refusal("file:///etc/passwd")).isPresent();
    }

    private static ResolvingUrlPolicy policy(boolean allowPrivate) {
        return new ResolvingUrlPolicy(new CheckedTargets(new SystemHostResolver(), allowPrivate));
    }
}
