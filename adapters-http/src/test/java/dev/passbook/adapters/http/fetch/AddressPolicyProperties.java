package dev.passbook.adapters.http.fetch;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressPolicyProperties {

    private static InetAddress v4(int a, int b, int c, int d) throws Exception {
        return InetAddress.getByAddress(new byte[]{(byte) a, (byte) b, (byte) c, (byte) d});
    }

    @Property(tries = 100)
    void privateBlocksAreRefusedEverywhereInside(@ForAll @IntRange(max = 255) int x, @ForAll @IntRange(max = 255) int y,
                                                 @ForAll @IntRange(max = 15) int sixteen, @ForAll @IntRange(max = 63) int sixtyFour)
            throws Exception {
        assertFalse(AddressPolicy.isPublic(v4(10, x, y, x)));
        assertFalse(AddressPolicy.isPublic(v4(172, 16 + sixteen, x, y)));
        assertFalse(AddressPolicy.isPublic(v4(192, 168, x, y)));
        assertFalse(AddressPolicy.isPublic(v4(127, x, y, 1)));
        assertFalse(AddressPolicy.isPublic(v4(169, 254, x, y)));
        assertFalse(AddressPolicy.isPublic(v4(100, 64 + sixtyFour, x, y)));
    }

    @Property(tries = 100)
    void mappedIpv6IsJudgedByItsIpv4Address(@ForAll @IntRange(min = 1, max = 223) int a, @ForAll @IntRange(max = 255) int b)
            throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = (byte) a;
        mapped[13] = (byte) b;
        mapped[14] = 1;
        mapped[15] = 1;
        // Inet6Address.getByAddress keeps the IPv6 form (InetAddress.getByAddress would unwrap it to IPv4)
        InetAddress address = java.net.Inet6Address.getByAddress(null, mapped, -1);
        assertTrue(address instanceof java.net.Inet6Address);
        assertTrue(AddressPolicy.isPublic(address) == AddressPolicy.isPublic(v4(a, b, 1, 1)));
    }
}
