package dev.passbook.adapters.http.fetch;

import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which addresses a server-side fetch may reach: public unicast only, unless the allow-list names
 * the host, the address or a CIDR block containing it. Refused: loopback, unspecified, private
 * (10/8, 172.16/12, 192.168/16), CGNAT 100.64/10, link-local 169.254/16 (cloud metadata at
 * 169.254.169.254), multicast, broadcast and reserved ranges, IPv6 loopback, link-local, site-local,
 * unique-local fc00::/7, and IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64,
 * 6to4), which are judged by the embedded address.
 */
public final class AddressPolicy {

    private static final Pattern IPV4_LITERAL = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");

    private final List<String> allowedHosts;
    private final List<Cidr> allowedBlocks;

    public AddressPolicy(List<String> allowList) {
        List<String> entries = allowList.map(String::strip).filter(e -> !e.isEmpty());
        this.allowedBlocks = entries.flatMap(Cidr::parse);
        this.allowedHosts = entries.filter(e -> Cidr.parse(e).isEmpty()).map(e -> e.toLowerCase(Locale.ROOT));
    }

    /** True when the allow-list names this host (without brackets, case-insensitive). */
    public boolean hostAllowed(String host) {
        return allowedHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    public boolean addressAllowed(InetAddress address) {
        return isPublic(address) || allowedBlocks.exists(b -> b.contains(address));
    }

    /** Public unicast: not in any internal, special-purpose or reserved range. */
    public static boolean isPublic(InetAddress address) {
        if (address instanceof Inet4Address) {
            return isPublicV4(address.getAddress());
        }
        byte[] b = address.getAddress();
        Inet6Address v6 = (Inet6Address) address;
        if (v6.isAnyLocalAddress() || v6.isLoopbackAddress() || v6.isLinkLocalAddress() || v6.isSiteLocalAddress()
                || v6.isMulticastAddress()) {
            return false;
        }
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return false; // unique local fc00::/7
        }
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return isPublicV4(slice(b, 12)); // ::ffff:a.b.c.d
        }
        if (allZero(b, 0, 12)) {
            return false; // ::a.b.c.d (deprecated IPv4-compatible), ::, ::1
        }
        if (b[0] == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
            return isPublicV4(slice(b, 12)); // NAT64 64:ff9b::/96
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return isPublicV4(slice(b, 2)); // 6to4 2002::/16
        }
        if ((b[0] & 0xff) == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00) {
            return false; // Teredo 2001::/32 tunnels to arbitrary IPv4 addresses
        }
        if ((b[0] & 0xff) == 0x20 && b[1] == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return false; // documentation 2001:db8::/32
        }
        return true;
    }

    private static boolean isPublicV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        return !(a0 == 0                               // "this network", unspecified
                || a0 == 10                            // private
                || a0 == 127                           // loopback
                || (a0 == 100 && a1 >= 64 && a1 <= 127) // CGNAT 100.64/10
                || (a0 == 169 && a1 == 254)            // link-local, cloud metadata
                || (a0 == 172 && a1 >= 16 && a1 <= 31) // private
                || (a0 == 192 && a1 == 168)            // private
                || (a0 == 192 && a1 == 0 && a2 == 0)   // IETF protocol assignments
                || (a0 == 192 && a1 == 0 && a2 == 2)   // documentation
                || (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
                || (a0 == 198 && a1 == 51 && a2 == 100) // documentation
                || (a0 == 203 && a1 == 0 && a2 == 113) // documentation
                || a0 >= 224);                         // multicast, reserved, broadcast
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        return java.util.Arrays.copyOfRange(b, from, from + 4);
    }

    /** An address block from an allow-list entry: an IP literal (a /32 or /128) or a CIDR. */
    record Cidr(byte[] network, int prefix) {

        static Option<Cidr> parse(String entry) {
            String[] pieces = entry.split("/", 2);
            String literal = pieces[0];
            boolean looksLikeIp = IPV4_LITERAL.matcher(literal).matches() || literal.contains(":");
            if (!looksLikeIp) {
                return Option.none();
            }
            String bare = literal.startsWith("[") && literal.endsWith("]") ? literal.substring(1, literal.length() - 1) : literal;
            // a literal never triggers a DNS lookup
            return Try.of(() -> InetAddress.getByName(bare)).toOption().flatMap(address -> {
                int max = address.getAddress().length * 8;
                int prefix = pieces.length == 2 ? Try.of(() -> Integer.parseInt(pieces[1])).getOrElse(-1) : max;
                return prefix < 0 || prefix > max ? Option.none() : Option.some(new Cidr(address.getAddress(), prefix));
            });
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (a[full] & mask) == (network[full] & mask);
        }
    }
}
