package dev.passbook.core.spi.support.table;

import dev.passbook.core.document.Word;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.StatementDates;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One printed line of a table split into columns: the words each named column holds, plus the
 * page and baseline the line came from. Amounts and dates are read with core's {@link Amounts} and
 * {@link StatementDates}, so every parser accepts the same forms (Indian and western grouping, minus,
 * {@code Cr}/{@code Dr}; every date form of {@link StatementDates.Form}).
 */
public record Cells(int page, double y, Map<String, List<Word>> words) {

    /** The words of a column, left to right; empty when the line has nothing there. */
    public List<Word> words(String column) {
        return words.get(column).getOrElse(List.empty()).sortBy(Word::x);
    }

    /** The column's words joined by single spaces; empty when the line has nothing there. */
    public String text(String column) {
        return words(column).map(Word::text).mkString(" ").strip();
    }

    public boolean has(String column) {
        return !text(column).isEmpty();
    }

    /** True when only {@code columns} (or none) hold text. */
    public boolean onlyIn(String... columns) {
        List<String> allowed = List.of(columns);
        return words.forAll(e -> allowed.contains(e._1) || e._2.forAll(w -> w.text().isBlank()));
    }

    /** The column's text as a signed amount; none when empty or not an amount. */
    public Option<BigDecimal> amount(String column) {
        return Amounts.parseSigned(text(column));
    }

    /** The column's text as a date; none when empty or not a date. */
    public Option<LocalDate> date(String column) {
        String t = text(column);
        return t.isEmpty() ? Option.none() : StatementDates.parse(t);
    }

    /** The column's text as a date in exactly {@code form}. */
    public Option<LocalDate> date(String column, StatementDates.Form form) {
        String t = text(column);
        // Most lines of a wrapped table have no date; skip the formatter (it fails by exception).
        return t.isEmpty() || !Character.isDigit(t.charAt(0)) ? Option.none() : form.parse(t);
    }
}
