package io.evpair.adapters.webhooks;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which IP addresses evpair never calls on a client's behalf (SSRF): every range that is not the public
 * internet (IANA special-purpose registries), and the IPv6 forms that carry an IPv4 address inside them
 * (NAT64, 6to4, IPv4-compatible), judged by the IPv4 address they carry.
 */
final class InternalAddresses {
    private record Range(byte[] prefix, int bits, String name) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            if (!Arrays.equals(address, 0, whole, prefix, 0, whole)) {
                return false;
            }
            int rest = bits % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    private static final List<Range> V4 = List.of(
            range("0.0.0.0", 8, "this network"),
            range("10.0.0.0", 8, "private"),
            range("100.64.0.0", 10, "carrier-grade NAT / cloud metadata"),
            range("127.0.0.0", 8, "loopback"),
            range("169.254.0.0", 16, "link-local / cloud metadata"),
            range("172.16.0.0", 12, "private"),
            range("192.0.0.0", 24, "IETF protocol assignments"),
            range("192.168.0.0", 16, "private"),
            range("198.18.0.0", 15, "benchmarking"),
            range("224.0.0.0", 4, "multicast"),
            range("240.0.0.0", 4, "reserved / broadcast"));

    private static final List<Range> V6 = List.of(
            range("::", 128, "unspecified"),
            range("::1", 128, "loopback"),
            range("100::", 64, "discard-only"),
            range("64:ff9b:1::", 48, "local-use NAT64"),
            range("2001::", 32, "Teredo"),
            range("2001:db8::", 32, "documentation"),
            range("fc00::", 7, "unique local"),
            range("fe80::", 10, "link-local"),
            range("fec0::", 10, "site-local"),
            range("ff00::", 8, "multicast"));
    private static final Range IPV4_COMPATIBLE = range("::", 96, "IPv4-compatible");
    private static final Range NAT64 = range("64:ff9b::", 96, "NAT64");
    private static final Range SIX_TO_FOUR = range("2002::", 16, "6to4");

    private InternalAddresses() {
    }

    /** Why the address is internal (the range's name), or empty when it is a public address. */
    static Optional<String> kind(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return first(V4, bytes);
        }
        Optional<String> v6 = first(V6, bytes);
        if (v6.isPresent()) {
            return v6;
        }
        if (IPV4_COMPATIBLE.contains(bytes)) {
            // Deprecated since 2006; some stacks still route ::a.b.c.d to a.b.c.d.
            return Optional.of("IPv4-compatible IPv6");
        }
        if (NAT64.contains(bytes)) {
            return first(V4, Arrays.copyOfRange(bytes, 12, 16)).map(k -> "NAT64 of " + k);
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return first(V4, Arrays.copyOfRange(bytes, 2, 6)).map(k -> "6to4 of " + k);
        }
        return Optional.empty();
    }

    private static Optional<String> first(List<Range> ranges, byte[] bytes) {
        return ranges.stream().filter(r -> r.contains(bytes)).map(Range::name).findFirst();
    }

    private static Range range(String literal, int bits, String name) {
        try {
            return new Range(InetAddress.getByName(literal).getAddress(), bits, name);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
