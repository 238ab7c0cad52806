package dev.passbook.adapters.http.fetch;

import io.vavr.collection.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressPolicyTest {

    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.9", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
            "192.168.1.1", "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.254", "224.0.0.1",
            "239.255.255.250", "255.255.255.255", "240.0.0.1", "192.0.0.8", "198.18.0.1",
            "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "fec0::1",
            "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1",
            "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::1", "2002:7f00:1::", "2001:0:4136:e378::1", "2001:db8::1"})
    void refusesInternalAndSpecialAddresses(String literal) throws Exception {
        assertFalse(AddressPolicy.isPublic(ip(literal)), literal);
        assertFalse(new AddressPolicy(List.empty()).addressAllowed(ip(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1",
            "169.253.1.1", "192.169.0.1", "2606:4700:4700::1111", "2002:0808:0808::1", "64:ff9b::808:808"})
    void acceptsPublicAddresses(String literal) throws Exception {
        assertTrue(AddressPolicy.isPublic(ip(literal)), literal);
    }

    @Test
    void allowListNamesHostsAddressesAndBlocks() throws Exception {
        AddressPolicy policy = new AddressPolicy(List.of("LocalHost", "127.0.0.1", "10.0.0.0/8", "[::1]", "bogus/99"));
        assertTrue(policy.hostAllowed("localhost"));
        assertFalse(policy.hostAllowed("127.0.0.2"));
        assertTrue(policy.addressAllowed(ip("127.0.0.1")));
        assertFalse(policy.addressAllowed(ip("127.0.0.2")));
        assertTrue(policy.addressAllowed(ip("10.200.3.4")));
        assertFalse(policy.addressAllowed(ip("192.168.0.1")));
        assertTrue(policy.addressAllowed(ip("::1")));
        assertFalse(policy.addressAllowed(ip("169.254.169.254")));
    }

    @Test
    void cidrPrefixesThatAreNotByteAlignedAreHonoured() throws Exception {
        AddressPolicy policy = new AddressPolicy(List.of("10.0.0.0/9"));
        assertTrue(policy.addressAllowed(ip("10.127.255.255")));
        assertFalse(policy.addressAllowed(ip("10.128.0.0")));
        assertFalse(policy.addressAllowed(ip("192.168.0.1")));
    }
}
