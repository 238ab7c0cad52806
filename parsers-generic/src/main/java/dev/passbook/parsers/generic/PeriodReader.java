package dev.passbook.parsers.generic;

import dev.passbook.core.document.Line;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.spi.support.StatementDates;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.regex.Pattern;

/**
 * The statement period a header prints: two dates in any {@link StatementDates} form joined by
 * {@code to}, {@code till}, {@code and}, a dash (also glued: {@code 01/04/2024-30/04/2024}) or
 * {@code Statement To :}, on a line that says what they are ({@code from}, {@code period},
 * {@code statement}, {@code between}, {@code range}):
 * {@code Account Statement from 1 Apr 2024 to 30 Apr 2024}, {@code for the period (From : 01-04-2024
 * To : 30-04-2024)}, {@code Statement Period from Apr 01, 2024 to Apr 30, 2024},
 * {@code STATEMENT PERIOD : 2024-04-01 TO 2024-04-30}, {@code Between 01-Apr-2024 and 30-Apr-2024},
 * {@code Date range: 01/04/2024 - 30/04/2024}. A value under (or beside) a {@code Period} label needs
 * no such word. The first date must not be after the second.
 */
final class PeriodReader {

    private static final Pattern CUE = Pattern.compile("(?i)(?<![a-z])(from|period|statement|between|range)(?![a-z])");
    private static final Pattern CONNECTOR = Pattern.compile(
            "(?i)^\\s*[:,]?\\s*(?:(?:statement|transaction|period)\\s+)?(?:to|till|upto|up to|and|-|\u2013|\u2014)\\s*:?\\s*$");

    private PeriodReader() {
    }

    static Option<DateRange> read(List<Line> lines) {
        return lines.iterator().map(Line::text).filter(t -> CUE.matcher(t).find()).flatMap(PeriodReader::period).headOption()
                .orElse(() -> FieldReader.read(lines).all(Label.PERIOD).iterator().flatMap(f -> period(f.value())).headOption());
    }

    /** The first two dates of {@code text} joined by a connector, earlier first. */
    static Option<DateRange> period(String text) {
        List<StatementDates.Found> dates = StatementDates.find(text);
        for (int i = 0; i + 1 < dates.size(); i++) {
            StatementDates.Found from = dates.get(i);
            StatementDates.Found to = dates.get(i + 1);
            if (CONNECTOR.matcher(text.substring(from.end(), to.start())).matches() && !to.date().isBefore(from.date())) {
                return Option.some(DateRange.of(from.date(), to.date()));
            }
        }
        return Option.none();
    }
}
