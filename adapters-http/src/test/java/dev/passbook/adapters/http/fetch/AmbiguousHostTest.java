package dev.passbook.adapters.http.fetch;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AmbiguousHostTest {

    @Test
    void numericHostsThatAreNotPlainDottedDecimalAreAmbiguous() {
        for (String host : List.of("0177.0.0.1", "0x7f.0.0.1", "0x7f000001", "2130706433", "017700000001", "127.1",
                "127.0.1", "0", "127.0.0.1.", "0251.0376.0251.0376", "169.254.43518", "1.2.3.4.5", "256.1.1.1", "01.2.3.4",
                "0X7F.0.0.1")) {
            assertTrue(AmbiguousHost.isAmbiguous(host), host);
        }
    }

    @Test
    void plainAddressesAndHostNamesAreNot() {
        for (String host : List.of("127.0.0.1", "8.8.8.8", "0.0.0.0", "255.255.255.255", "example.com", "1e100.net",
                "123.example.com", "files.bank.in", "[::1]", "::ffff:127.0.0.1", "a0x1.com")) {
            assertFalse(AmbiguousHost.isAmbiguous(host), host);
        }
    }
}
