package dev.passbook.core.application;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Base64TextProperties {

    @Property(tries = 100)
    void everyAcceptedEncodingDecodesToTheOriginalBytes(@ForAll @Size(max = 300) byte[] bytes) {
        String std = Base64.getEncoder().encodeToString(bytes);
        for (String text : java.util.List.of(std, Base64.getEncoder().withoutPadding().encodeToString(bytes),
                Base64.getUrlEncoder().encodeToString(bytes), Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                Base64.getMimeEncoder().encodeToString(bytes), " \n" + std + "\r\n",
                "data:application/pdf;base64," + std, "DATA:;base64," + std)) {
            assertArrayEquals(bytes, Base64Text.decode(text).getOrNull(), text);
        }
    }

    @Property(tries = 100)
    void textWithACharacterOutsideBothAlphabetsIsRefused(@ForAll @Size(min = 1, max = 60) byte[] bytes,
                                                         @ForAll("junk") char junk) {
        String std = Base64.getEncoder().withoutPadding().encodeToString(bytes);
        int at = Math.floorMod(bytes[0], std.length() + 1);
        assertTrue(Base64Text.decode(std.substring(0, at) + junk + std.substring(at)).isEmpty());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Character> junk() {
        return net.jqwik.api.Arbitraries.of('!', '$', '%', '*', '.', ',', '#', '"', '\u00e9', '\\', '~');
    }
}
