package dev.passbook.core.spi.support;

import dev.passbook.core.domain.Money;
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

    /** How the test prints a sign: before everything, as a separate word, after the currency, after the number. */
    enum Sign { NONE, MINUS, PARENTHESES, PLUS, MINUS_WORD, PLUS_WORD, MINUS_AFTER_CURRENCY, TRAILING_MINUS }

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
        String digits = Amounts.format(magnitude, grouping);
        String number = prefix + digits;
        String text = switch (sign) {
            case NONE -> number;
            case MINUS -> "-" + number;
            case PARENTHESES -> "(" + number + ")";
            case PLUS -> "+" + number;
            case MINUS_WORD -> "- " + number;
            case PLUS_WORD -> "+ " + number;
            case MINUS_AFTER_CURRENCY -> prefix + "-" + digits;
            case TRAILING_MINUS -> number + "-";
        } + marker;
        Option<Amount> parsed = Amounts.parse(text);
        assertTrue(parsed.isDefined(), "could not parse " + text);
        assertEquals(magnitude, parsed.get().magnitude(), text);
        Marker expectedMarker = marker.toUpperCase().contains("DR") ? Marker.DR
                : marker.toUpperCase().contains("CR") ? Marker.CR : Marker.NONE;
        assertEquals(expectedMarker, parsed.get().marker(), text);
        boolean negative = sign != Sign.NONE && sign != Sign.PLUS && sign != Sign.PLUS_WORD;
        assertEquals(negative, parsed.get().negative(), text);
        Amounts.Sign expectedSign = switch (sign) {
            case NONE -> Amounts.Sign.NONE;
            case PLUS, PLUS_WORD -> Amounts.Sign.PLUS;
            case PARENTHESES -> Amounts.Sign.PARENTHESES;
            default -> Amounts.Sign.MINUS;
        };
        assertEquals(expectedSign, parsed.get().sign(), text);
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
                "12,345,67.00", "1.234.567,89", "(100.00", "100.00)", "-(100.00)", "1.234", "Cr", "", "abc", "₹₹100",
                "--100.00", "+-100.00", "-100.00-", "(-100.00)", "(100.00-)", "100.", ".50", "100.00 -", "- 100.00 -",
                "100.00(Cr", "100.00 Cr)", "100.00 Credit", "100.00 DRAFT", "Rs", "INR", "-", "+", "1 000.00",
                "100.00 CR CR", "100.00 INR", "12:30", "01/02/2024", "1,234.5.6", "Ravi 100", "₹ 100.00 ₹")) {
            assertTrue(Amounts.parse(bad).isEmpty(), bad);
        }
    }

    /** One synthetic example of each form the corpus survey and BANK-LAYOUTS.md list. */
    @Example
    void readsEveryFormSeenOnRealStatements() {
        record Case(String text, String signed, Amounts.Sign sign, Marker marker) {
        }
        for (Case c : List.of(
                new Case("1,23,456.78", "123456.78", Amounts.Sign.NONE, Marker.NONE),
                new Case("123,456.78", "123456.78", Amounts.Sign.NONE, Marker.NONE),
                new Case("123456.78", "123456.78", Amounts.Sign.NONE, Marker.NONE),
                new Case("1234.5", "1234.50", Amounts.Sign.NONE, Marker.NONE),
                new Case("0.0", "0.00", Amounts.Sign.NONE, Marker.NONE),
                new Case("2500", "2500.00", Amounts.Sign.NONE, Marker.NONE),
                new Case("456.00CR", "456.00", Amounts.Sign.NONE, Marker.CR),
                new Case("456.00Cr", "456.00", Amounts.Sign.NONE, Marker.CR),
                new Case("456.00 Cr", "456.00", Amounts.Sign.NONE, Marker.CR),
                new Case("456.00 Dr.", "-456.00", Amounts.Sign.NONE, Marker.DR),
                new Case("456.00(Cr)", "456.00", Amounts.Sign.NONE, Marker.CR),
                new Case("456.00 (Dr)", "-456.00", Amounts.Sign.NONE, Marker.DR),
                new Case("₹300.00", "300.00", Amounts.Sign.NONE, Marker.NONE),
                new Case("₹ 3,000.00", "3000.00", Amounts.Sign.NONE, Marker.NONE),
                new Case("Rs.300.00", "300.00", Amounts.Sign.NONE, Marker.NONE),
                new Case("Rs 300", "300.00", Amounts.Sign.NONE, Marker.NONE),
                new Case("INR 300.00", "300.00", Amounts.Sign.NONE, Marker.NONE),
                new Case("+ ₹300.00", "300.00", Amounts.Sign.PLUS, Marker.NONE),
                new Case("- ₹300.00", "-300.00", Amounts.Sign.MINUS, Marker.NONE),
                new Case("+300.00", "300.00", Amounts.Sign.PLUS, Marker.NONE),
                new Case("-4821.35", "-4821.35", Amounts.Sign.MINUS, Marker.NONE),
                new Case("4821.35-", "-4821.35", Amounts.Sign.MINUS, Marker.NONE),
                new Case("\u22124821.35", "-4821.35", Amounts.Sign.MINUS, Marker.NONE),
                new Case("(4,821.35)", "-4821.35", Amounts.Sign.PARENTHESES, Marker.NONE))) {
            String text = c.text();
            Option<Amount> a = Amounts.parse(text);
            assertTrue(a.isDefined(), text);
            assertEquals(new BigDecimal(c.signed()), a.get().signed(), text);
            assertEquals(c.sign(), a.get().sign(), text);
            assertEquals(c.marker(), a.get().marker(), text);
        }
    }

    @Example
    void placeholdersAreNotAmountsAndAmountsAreNotPlaceholders() {
        for (String p : List.of("-", "--", "---", "\u2013", "\u2014", "NIL", "nil", "NA", "N/A", "n.a.", " - ")) {
            assertTrue(Amounts.isPlaceholder(p), p);
            assertTrue(Amounts.parse(p).isEmpty(), p);
        }
        for (String notPlaceholder : List.of("0.00", "0", "----", "-1", "NONE", "", "N", "A-", "--.--")) {
            assertTrue(!Amounts.isPlaceholder(notPlaceholder), notPlaceholder);
        }
        assertTrue(!Amounts.isPlaceholder(null));
    }

    @Property(tries = 500)
    void neverThrowsOnArbitraryText(@ForAll("noise") String text) {
        Amounts.parse(text);
        Amounts.isPlaceholder(text);
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(50),
                Arbitraries.strings().withChars("0123456789,.-+() ₹RrSsINCDcd\u2212").ofMaxLength(30));
    }

    /** isAmount checks without building the figure: it must answer exactly as parse does, amount or not. */
    @Property(tries = 1000)
    void isAmountAnswersAsParseDoes(@ForAll("amountsAndNoise") String text) {
        assertEquals(Amounts.parse(text).isDefined(), Amounts.isAmount(text), text);
    }

    @Provide
    Arbitrary<String> amountsAndNoise() {
        Arbitrary<String> amounts = net.jqwik.api.Combinators.combine(prefixes(), magnitudes(),
                Arbitraries.of(Grouping.values()), markers()).as((p, m, g, k) -> p + Amounts.format(m, g) + k);
        return Arbitraries.oneOf(noise(), amounts, amounts.map(a -> a.substring(0, a.length() - 1)));
    }

    /** Whatever parses is the number its digits spell (no digit lost, moved or invented). */
    @Property(tries = 1000)
    void whatParsesIsTheNumberItsDigitsSpell(@ForAll("noise") String text) {
        Option<Amount> a = Amounts.parse(text);
        if (a.isDefined()) {
            String number = text.toUpperCase(java.util.Locale.ROOT).replace("RS.", "").replace("CR.", "").replace("DR.", "")
                    .replaceAll("[^0-9.]", "");
            assertEquals(0, new BigDecimal(number).compareTo(a.get().magnitude()), text + " -> " + a.get());
        }
    }

    @Property(tries = 200)
    void oneDecimalAmountsReadAsTheirPaise(@ForAll("magnitudes") BigDecimal magnitude, @ForAll Grouping grouping) {
        BigDecimal tenths = magnitude.setScale(1, java.math.RoundingMode.DOWN);
        String two = Amounts.format(tenths, grouping);
        String one = two.substring(0, two.length() - 1);
        assertEquals(Money.of(tenths), Amounts.parseSigned(one).get(), one);
        String whole = two.substring(0, two.length() - 3);
        assertEquals(Money.of(tenths.setScale(0, java.math.RoundingMode.DOWN)), Amounts.parseSigned(whole).get(), whole);
    }

    @Example
    void bothGroupingsOfTheSameValueAgree() {
        assertEquals(new BigDecimal("1234567.89"), Amounts.parseSigned("12,34,567.89").get());
        assertEquals(new BigDecimal("1234567.89"), Amounts.parseSigned("1,234,567.89").get());
        assertEquals(new BigDecimal("-1234567.89"), Amounts.parseSigned("Rs. 12,34,567.89 Dr").get());
    }
}
