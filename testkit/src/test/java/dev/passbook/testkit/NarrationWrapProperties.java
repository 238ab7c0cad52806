package dev.passbook.testkit;

import io.vavr.collection.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NarrationWrapProperties {

    @Provide
    Arbitrary<String> narrations() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-@/. ").ofMinLength(1).ofMaxLength(150)
                .filter(s -> !s.isBlank());
    }

    @Property(tries = 300)
    void cutLinesReassembleExactlyWithoutInventingSpaces(@ForAll("narrations") String raw,
                                                          @ForAll @IntRange(min = 4, max = 40) int width) {
        NarrationWrap wrap = NarrationWrap.cut(width);
        String fitted = wrap.fit(raw);
        List<String> lines = wrap.wrap(fitted);
        assertEquals(fitted, wrap.join(lines));
        assertTrue(lines.init().forAll(l -> l.length() == width), () -> "all but the last line are " + width + " wide: " + lines);
        assertTrue(lines.forAll(l -> l.equals(l.strip())), () -> "no line starts or ends with a space: " + lines);
    }

    @Property(tries = 300)
    void wordLinesFitTheWidthAndRejoinWithSingleSpaces(@ForAll("narrations") String raw,
                                                       @ForAll @IntRange(min = 4, max = 40) int width) {
        NarrationWrap wrap = NarrationWrap.words(width);
        String fitted = wrap.fit(raw);
        List<String> lines = wrap.wrap(fitted);
        assertEquals(fitted, wrap.join(lines));
        assertTrue(lines.forAll(l -> l.length() <= width), lines::toString);
    }

    @Property(tries = 200)
    void fittingOnlyRemovesWhitespace(@ForAll("narrations") String raw, @ForAll @IntRange(min = 4, max = 40) int width) {
        assertEquals(raw.replaceAll("\\s", ""), NarrationWrap.cut(width).fit(raw).replace(" ", ""));
    }

    @Example
    void cutsMidWordAtTheFixedWidth() {
        assertEquals(List.of("UPI-RAHULS", "HARMA-OKIC", "ICI"), NarrationWrap.cut(10).wrap("UPI-RAHULSHARMA-OKICICI"));
    }

    @Example
    void dropsASpaceThatWouldFallOnACut() {
        // the space would end line 1 (or start line 2) and any text extractor would lose it
        assertEquals("UPI-RAHULSHARMA", NarrationWrap.cut(10).fit("UPI-RAHUL SHARMA"));
        assertEquals("UPI-RAHULSHARMA", NarrationWrap.cut(10).fit("UPI-RAHULS HARMA"));
        assertEquals("UPI-RAHUL SHARMA", NarrationWrap.cut(12).fit("UPI-RAHUL   SHARMA"));
    }

    @Example
    void rejectsATinyWidth() {
        assertThrows(IllegalArgumentException.class, () -> NarrationWrap.cut(2));
    }
}
