package dev.passbook.parsers.generic;

import dev.passbook.core.document.Line;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.spi.support.StatementDates;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statement period a header prints: {@code Account Statement from 1 Apr 2024 to 30 Apr 2024},
 * {@code Statement From : 01/04/2024 To : 30/04/2024}, {@code for the period 01-04-2024 to ...}.
 */
final class PeriodReader {

    private static final Pattern DATE = Pattern.compile(
            "(?<![0-9A-Za-z])(\\d{1,2} [A-Za-z]{3} \\d{4}|\\d{1,2}-[A-Za-z]{3}-\\d{2,4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}"
                    + "|\\d{4}-\\d{2}-\\d{2})(?![0-9A-Za-z])");
    private static final Pattern CUE = Pattern.compile("(?i)\\b(from|period|statement|between)\\b");
    private static final Pattern TO = Pattern.compile("(?i)^\\s*(?::\\s*)?(to|till|-)\\s*:?\\s*$");

    private PeriodReader() {
    }

    static Option<DateRange> read(List<Line> lines) {
        return lines.map(Line::text).filter(t -> CUE.matcher(t).find()).flatMap(PeriodReader::period).headOption();
    }

    private static Option<DateRange> period(String text) {
        Matcher m = DATE.matcher(text);
        List<int[]> spans = List.empty();
        while (m.find()) {
            spans = spans.append(new int[] {m.start(1), m.end(1)});
        }
        for (int i = 0; i + 1 < spans.size(); i++) {
            String between = text.substring(spans.get(i)[1], spans.get(i + 1)[0]);
            if (!TO.matcher(between).matches()) {
                continue;
            }
            Option<LocalDate> from = StatementDates.parse(text.substring(spans.get(i)[0], spans.get(i)[1]));
            Option<LocalDate> to = StatementDates.parse(text.substring(spans.get(i + 1)[0], spans.get(i + 1)[1]));
            if (from.isDefined() && to.isDefined() && !to.get().isBefore(from.get())) {
                return Option.some(DateRange.of(from.get(), to.get()));
            }
        }
        return Option.none();
    }
}
