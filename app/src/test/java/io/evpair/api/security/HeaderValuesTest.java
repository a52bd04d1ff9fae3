package io.evpair.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The loop must accept exactly what StrictHttpFirewall's default regular expression accepts. */
class HeaderValuesTest {
    private static final Pattern FIREWALL_DEFAULT = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithTheFirewallsRegularExpression(long seed) {
        Random random = new Random(seed);
        StringBuilder value = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            value.appendCodePoint(switch (random.nextInt(4)) {
                case 0 -> 0x20 + random.nextInt(0x5f);          // printable ASCII
                case 1 -> random.nextInt(0x20);                 // C0 controls
                case 2 -> 0x7f + random.nextInt(0x80);          // DEL, C1 controls, Latin-1
                default -> random.nextInt(0x30000);             // anywhere, surrogates and unassigned included
            });
        }
        String s = value.toString();
        assertThat(HeaderValues.allowed(s)).as("seed %d: %s", seed, s.codePoints().mapToObj(Integer::toHexString).toList())
                .isEqualTo(FIREWALL_DEFAULT.matcher(s).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "tab\there", "line\nbreak", "del\u007f", "c1\u0085", "unassigned\u0378"})
    void refusesControlAndUnassignedCharacters(String value) {
        assertThat(HeaderValues.allowed(value)).isFalse();
        assertThat(FIREWALL_DEFAULT.matcher(value).matches()).isFalse();
    }
}
