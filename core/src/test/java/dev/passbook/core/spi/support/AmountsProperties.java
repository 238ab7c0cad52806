package dev.passbook.core.spi.support;

import dev.passbook.core.spi.support.Amounts.Amount;
import dev.passbook.core.spi.support.Amounts.Grouping;
import dev.passbook.core.spi.support.Amounts.Marker;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Amounts: format → decorate → parse gives back the value, and malformed grouping is refused. */
class AmountsProperties {

    enum Sign { NONE, MINUS, PARENTHESES }

    @Provide
    Arbitrary<BigDecimal> magnitudes() {
        return Arbitraries.longs().between(0, 10_000_000_000_000L).edgeCases(c -> c.add(99_999L, 100_000L, 123_456_789L))
                .map(paise -> BigDecimal.valueOf(paise, 2));
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of("", "₹", "₹ ", "Rs.", "Rs. ", "RS", "rs.", "INR ", "INR");
    }

    @Provide
    Arbitrary<String> markers() {
        return Arbitraries.of("", " Cr", "Cr", " CR", " cr", " Dr", "DR", " dr", " CR.", " Dr.", "(Dr)", " (Cr)", "(CR)");
    }

    @Property(tries = 300)
    void formattedAmountsParseBackInEveryGroupingSignAndMarker(@ForAll("magnitudes") BigDecimal magnitude,
                                                               @ForAll Grouping grouping, @ForAll Sign sign,
                                                               @ForAll("prefixes") String prefix,
                                                               @ForAll("markers") String marker) {
        String number = prefix + Amounts.format(magnitude, grouping);
        String text = switch (sign) {
            case NONE -> number;
            case MINUS -> "-" + number;
            case PARENTHESES -> "(" + number + ")";
        } + marker;
        Option<Amount> parsed = Amounts.parse(text);
        assertTrue(parsed.isDefined(), "could not parse " + text);
        assertEquals(magnitude, parsed.get().magnitude(), text);
        Marker expectedMarker = marker.toUpperCase().contains("DR") ? Marker.DR
                : marker.toUpperCase().contains("CR") ? Marker.CR : Marker.NONE;
        assertEquals(expectedMarker, parsed.get().marker(), text);
        boolean negative = sign != Sign.NONE;
        assertEquals(negative, parsed.get().negative(), text);
        BigDecimal expectedSigned = negative ^ expectedMarker == Marker.DR ? magnitude.negate() : magnitude;
        assertEquals(expectedSigned, parsed.get().signed(), text);
    }

    @Property(tries = 100)
    void negativeValuesFormatWithAMinusAndParseBack(@ForAll("magnitudes") BigDecimal magnitude, @ForAll Grouping grouping) {
        BigDecimal value = magnitude.negate();
        assertEquals(value.signum() == 0 ? magnitude : value,
                Amounts.parseSigned(Amounts.format(value, grouping)).get());
    }

    @Property(tries = 100)
    void groupedFormIsIndianOrWesternAsAsked(@ForAll("magnitudes") BigDecimal magnitude, @ForAll Grouping grouping) {
        String whole = Amounts.format(magnitude, grouping).split("\\.")[0];
        String[] groups = whole.split(",");
        if (grouping == Grouping.NONE) {
            assertEquals(1, groups.length);
        } else {
            assertEquals(whole.replace(",", "").length() > 3, groups.length > 1, whole);
            if (groups.length > 1) {
                assertEquals(3, groups[groups.length - 1].length(), whole);
                int middle = grouping == Grouping.INDIAN ? 2 : 3;
                for (int i = 1; i < groups.length - 1; i++) {
                    assertEquals(middle, groups[i].length(), whole);
                }
            }
        }
    }

    /** Any placement of commas in a digit string is accepted exactly when it is Indian or western grouping. */
    @Property(tries = 300)
    void commasAreAcceptedOnlyInIndianOrWesternGroups(@ForAll("digitStrings") String digits,
                                                      @ForAll("commaMasks") List<Boolean> commaAfter) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            sb.append(digits.charAt(i));
            if (i < digits.length() - 1 && commaAfter.get(i % commaAfter.size())) {
                sb.append(',');
            }
        }
        String text = sb + ".50";
        String[] groups = sb.toString().split(",");
        boolean expected = groups.length == 1 || western(groups) || indian(groups);
        assertEquals(expected, Amounts.isAmount(text), text);
    }

    private static boolean western(String[] g) {
        if (g[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < g.length; i++) {
            if (g[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static boolean indian(String[] g) {
        if (g[0].length() > 2 || g[g.length - 1].length() != 3) {
            return false;
        }
        for (int i = 1; i < g.length - 1; i++) {
            if (g[i].length() != 2) {
                return false;
            }
        }
        return true;
    }

    @Provide
    Arbitrary<String> digitStrings() {
        return Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(12);
    }

    @Provide
    Arbitrary<List<Boolean>> commaMasks() {
        return Arbitraries.of(true, false, false).list().ofMinSize(1).ofMaxSize(12).map(ArrayList::new);
    }

    @Example
    void malformedAmountsAreRefused() {
        for (String bad : List.of("1,00,0.00", "12,34.00", "1,0000.00", ",100.00", "100,.00", "1,23,4567.00",
                "12,345,67.00", "1.234.567,89", "(100.00", "100.00)", "-(100.00)", "1.234", "Cr", "", "abc", "₹₹100")) {
            assertTrue(Amounts.parse(bad).isEmpty(), bad);
        }
    }

    @Example
    void bothGroupingsOfTheSameValueAgree() {
        assertEquals(new BigDecimal("1234567.89"), Amounts.parseSigned("12,34,567.89").get());
        assertEquals(new BigDecimal("1234567.89"), Amounts.parseSigned("1,234,567.89").get());
        assertEquals(new BigDecimal("-1234567.89"), Amounts.parseSigned("Rs. 12,34,567.89 Dr").get());
    }
}
