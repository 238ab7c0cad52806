package dev.passbook.core.spi.support;

import dev.passbook.core.domain.DateRange;
import dev.passbook.core.spi.support.StatementDates.Form;
import dev.passbook.core.spi.support.StatementDates.Found;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementDatesProperties {

    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    /** Days of 2000..2099 (two-digit years read as 20yy), leap days often. */
    @Provide
    Arbitrary<LocalDate> days() {
        Arbitrary<LocalDate> any = Arbitraries.longs().between(0, LAST.toEpochDay() - FIRST.toEpochDay())
                .map(FIRST::plusDays);
        Arbitrary<LocalDate> leap = Arbitraries.integers().between(0, 24).map(i -> LocalDate.of(2000 + 4 * i, 2, 29));
        return Arbitraries.frequencyOf(Tuple.of(4, any), Tuple.of(1, leap));
    }

    @Property(tries = 300)
    void everyFormReadsBackWhatItPrinted(@ForAll("days") LocalDate day, @ForAll Form form) {
        String text = form.format(day);
        assertEquals(day, form.parse(text).getOrNull(), form + " " + text);
        assertEquals(day, form.parse(text.toUpperCase(Locale.ROOT)).getOrNull(), form + " upper " + text);
        assertEquals(day, form.parse(text.toLowerCase(Locale.ROOT)).getOrNull(), form + " lower " + text);
        assertEquals(day, form.parse(" " + text + " ").getOrNull(), form + " padded " + text);
    }

    @Property(tries = 300)
    void anyFormReadsTheSameDayAlsoWithATimeAfterIt(@ForAll("days") LocalDate day, @ForAll Form form,
                                                     @ForAll("times") String time) {
        String text = form.format(day);
        assertEquals(day, StatementDates.parse(text).getOrNull(), form + " " + text);
        assertEquals(day, StatementDates.parse(text + " " + time).getOrNull(), form + " " + text + " " + time);
        assertTrue(form.parse(text + " " + time).isEmpty(), "a form reads its date only: " + text + " " + time);
    }

    @Provide
    Arbitrary<String> times() {
        Arbitrary<Integer> h24 = Arbitraries.integers().between(0, 23);
        Arbitrary<Integer> h12 = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> ms = Arbitraries.integers().between(0, 59);
        Arbitrary<String> plain = Combinators.combine(h24, ms, ms).as((h, m, s) -> String.format("%02d:%02d:%02d", h, m, s));
        Arbitrary<String> short24 = Combinators.combine(h24, ms).as((h, m) -> String.format("%d:%02d", h, m));
        Arbitrary<String> meridiem = Combinators.combine(h12, ms, Arbitraries.of(" AM", " PM", "am", " pm", "PM"), Arbitraries.of(true, false))
                .as((h, m, mer, seconds) -> String.format("%d:%02d", h, m) + (seconds ? ":07" : "") + mer);
        return Arbitraries.oneOf(plain, short24, meridiem);
    }

    /**
     * The hand-written reader agrees with java.time's strict formatters: for text shaped like each
     * form with any numbers in it (impossible days, months and leap days included), a form reads a
     * date exactly when the formatter does, and the same date.
     */
    @Property(tries = 1500)
    void agreesWithJavaTimeOnEveryNumericShape(@ForAll("numericShapes") String text) {
        for (Form form : Form.values()) {
            Option<LocalDate> reference = reference(form, text);
            assertEquals(reference, form.parse(text), form + " on " + text);
        }
    }

    @Provide
    Arbitrary<String> numericShapes() {
        Arbitrary<Integer> day = Arbitraries.integers().between(0, 32);
        Arbitrary<Integer> month = Arbitraries.integers().between(0, 13);
        Arbitrary<Integer> year = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(1996, 2104)),
                Tuple.of(1, Arbitraries.integers().between(0, 99)));
        Arbitrary<String> monthText = Arbitraries.of("Jan", "FEB", "feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                "Oct", "Nov", "Dec", "January", "February", "March", "June", "September", "Febuary", "Jnu");
        return Combinators.combine(day, month, year, monthText, Arbitraries.integers().between(0, 7))
                .as((d, m, y, mt, shape) -> switch (shape) {
                    case 0 -> String.format("%02d/%02d/%s", d, m, yearText(y));
                    case 1 -> String.format("%02d-%02d-%s", d, m, yearText(y));
                    case 2 -> String.format("%02d.%02d.%s", d, m, yearText(y));
                    case 3 -> String.format("%d %s %s", d, mt, yearText(y));
                    case 4 -> String.format("%02d-%s-%s", d, mt, yearText(y));
                    case 5 -> String.format("%02d/%s/%s", d, mt, yearText(y));
                    case 6 -> String.format("%s %02d, %s", mt, d, yearText(y));
                    default -> String.format("%s-%02d-%02d", yearText(y), m, d);
                });
    }

    private static String yearText(int y) {
        return y < 100 ? String.format("%02d", y) : Integer.toString(y);
    }

    /** The form read by java.time (strict, English), year range as documented. */
    private static Option<LocalDate> reference(Form form, String text) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
        String p = form.pattern();
        if (p.endsWith("yy") && !p.endsWith("uuuu")) {
            b.appendPattern(p.substring(0, p.length() - 2)).appendValueReduced(ChronoField.YEAR, 2, 2, 2000);
        } else {
            b.appendPattern(p);
        }
        DateTimeFormatter f = b.toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        try {
            LocalDate d = LocalDate.parse(text, f);
            return d.getYear() >= 1900 && d.getYear() <= 2199 ? Option.some(d) : Option.none();
        } catch (DateTimeParseException e) {
            return Option.none();
        }
    }

    @Property(tries = 500)
    void neverThrowsOnArbitraryText(@ForAll("noise") String text) {
        StatementDates.parse(text);
        StatementDates.find(text);
        StatementDates.parseDayMonth(text);
        for (Form form : Form.values()) {
            form.parse(text);
        }
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(60);
        Arbitrary<String> dateAlphabet = Arbitraries.strings().withChars("0123456789/-.:, APRMaprmJjunSsepDdec\t")
                .ofMaxLength(40);
        return Arbitraries.oneOf(anyText, dateAlphabet);
    }

    @Property(tries = 300)
    void findLocatesEveryDateInARunningSentence(@ForAll("days") LocalDate day, @ForAll Form a, @ForAll Form b,
                                                @ForAll("connectors") String connector) {
        LocalDate from = day.isAfter(LAST.minusDays(30)) ? day.minusDays(30) : day; // two-digit years stay in 20yy
        LocalDate to = from.plusDays(30);
        String first = a.format(from);
        String second = b.format(to);
        String text = "Statement for the period " + first + connector + second + " (INR)";
        List<Found> found = StatementDates.find(text).asJava();
        assertEquals(2, found.size(), text);
        assertEquals(from, found.get(0).date(), text);
        assertEquals(to, found.get(1).date(), text);
        assertEquals(first, text.substring(found.get(0).start(), found.get(0).end()), text);
        assertEquals(second, text.substring(found.get(1).start(), found.get(1).end()), text);
    }

    @Provide
    Arbitrary<String> connectors() {
        return Arbitraries.of(" to ", " TO ", " - ", "-", " and ", " To : ", " till ");
    }

    @Property(tries = 300)
    void aYearlessDayResolvesToTheOneDayOfThePeriodWithThatMonthAndDay(@ForAll("days") LocalDate start,
                                                                       @ForAll("lengths") int length,
                                                                       @ForAll("days") LocalDate probe) {
        DateRange period = DateRange.of(start, start.plusDays(length));
        MonthDay md = MonthDay.from(probe);
        List<LocalDate> expected = new ArrayList<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            if (MonthDay.from(d).equals(md)) {
                expected.add(d);
            }
        }
        assertEquals(expected, StatementDates.candidates(md, period).asJava(), md + " in " + period);
        assertEquals(expected.size() == 1 ? Option.some(expected.get(0)) : Option.none(), StatementDates.resolve(md, period));
    }

    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.integers().between(0, 120)),
                Tuple.of(1, Arbitraries.integers().between(300, 900)));
    }

    @Property(tries = 200)
    void yearlessDaysReadInBothOrders(@ForAll("days") LocalDate day, @ForAll boolean full, @ForAll boolean padded) {
        String month = DateTimeFormatter.ofPattern(full ? "MMMM" : "MMM", Locale.ENGLISH).format(day);
        String d = padded ? String.format("%02d", day.getDayOfMonth()) : Integer.toString(day.getDayOfMonth());
        MonthDay expected = MonthDay.from(day);
        assertEquals(Option.some(expected), StatementDates.parseDayMonth(month + " " + d));
        assertEquals(Option.some(expected), StatementDates.parseDayMonth(d + " " + month.toUpperCase(Locale.ROOT)));
    }

    @Example
    void leapDayOfEveryFormRoundTrips() {
        for (LocalDate leap : List.of(LocalDate.of(2000, 2, 29), LocalDate.of(2024, 2, 29), LocalDate.of(2096, 2, 29))) {
            for (Form form : Form.values()) {
                assertEquals(leap, form.parse(form.format(leap)).getOrNull(), form.pattern());
            }
        }
    }

    @Example
    void impossibleDaysAreRefusedInEveryForm() {
        for (String bad : List.of("29/02/2023", "29/02/23", "31-04-2024", "30.02.2024", "29 Feb 2023", "31-JUN-2024",
                "2023-02-29", "00/01/2024", "01/00/2024", "1/1/2024x", "", "   ", "32 Jan 2024", "01/01/1999x",
                "31/Apr/2024", "Feb 30, 2024", "31 September 2024", "29-Feb-23", "00 Jan 2024", "Jan 00, 2024")) {
            assertTrue(StatementDates.parse(bad).isEmpty(), bad);
        }
    }

    /** The forms of BANK-LAYOUTS.md and the corpus survey, one synthetic example each. */
    @Example
    void readsEveryFormSeenOnRealStatements() {
        LocalDate d = LocalDate.of(2023, 9, 7);
        for (String text : List.of("07/09/23", "07/09/2023", "07-09-2023", "07.09.2023", "07-SEP-2023", "07-Sep-2023",
                "07-Sep-23", "7 Sep 2023", "07 Sep 2023", "7  Sep  2023", "07/Sep/2023", "Sep 07, 2023", "Sep 7, 2023",
                "SEP 07 2023", "7 September 2023", "07 SEPTEMBER 2023", "7 Sept 2023", "2023-09-07", "7th Sep 2023",
                "07/09/2023 14:05:09", "07/09/2023 2:05:09 PM", "07-09-2023 02:05 pm", "7 Sep 2023 9:41 AM",
                "07-09-2023 02:05:09AM", "07/09/23 23:59")) {
            assertEquals(Option.some(d), StatementDates.parse(text), text);
        }
    }

    @Example
    void refusesLookalikesThatAreNotDates() {
        for (String text : List.of("7/9/2023", "07/9/2023", "2023/09/07", "07-09-202", "07092023", "1234.56", "12,345.00",
                "070/09/2023", "07/09/2023 25:00", "07/09/2023 13:05 PM", "07/09/2023 12:60", "07/09/2023 10:5",
                "07/09/2023 at 10:05", "7 Sep", "Sep 07", "7th September", "3th Sep 2023", "11st Sep 2023",
                "7 Sep 23", "Sep 7 23", "07.Sep.2023", "07/09/1899", "07/09/2200", "Sept 2023", "Total 2023")) {
            assertTrue(StatementDates.parse(text).isEmpty(), text);
        }
    }

    @Example
    void findsDatesGluedByADashOrInsideBrackets() {
        assertEquals(List.of(LocalDate.of(2021, 7, 1), LocalDate.of(2022, 6, 30)),
                StatementDates.find("Period 01/07/2021-30/06/2022").map(Found::date).asJava());
        assertEquals(List.of(LocalDate.of(2021, 11, 27), LocalDate.of(2022, 5, 26)),
                StatementDates.find("for the period (From : 27-11-2021 To : 26-05-2022)").map(Found::date).asJava());
        assertEquals(List.of(), StatementDates.find("ref 1107/09/2023 and X07/09/2023 and 07/09/20231").asJava());
    }

    @Example
    void yearlessDayOfAPeriodAcrossTheNewYear() {
        DateRange period = DateRange.of(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 31));
        assertEquals(Option.some(LocalDate.of(2023, 12, 30)), StatementDates.parseDayMonth("Dec 30").flatMap(m -> StatementDates.resolve(m, period)));
        assertEquals(Option.some(LocalDate.of(2024, 1, 2)), StatementDates.parseDayMonth("Jan 02").flatMap(m -> StatementDates.resolve(m, period)));
        assertEquals(Option.none(), StatementDates.parseDayMonth("Mar 02").flatMap(m -> StatementDates.resolve(m, period)));
        assertEquals(Option.some(MonthDay.of(2, 29)), StatementDates.parseDayMonth("29 Feb"));
        assertEquals(Option.none(), StatementDates.parseDayMonth("30 Feb"));
        assertEquals(Option.none(), StatementDates.parseDayMonth("Feb 2024"));
    }
}
