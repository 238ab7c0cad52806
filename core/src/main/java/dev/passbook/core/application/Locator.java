package dev.passbook.core.application;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.DateShape;
import dev.passbook.core.spi.support.StatementDates;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Best-effort page numbers for evidence. The parsed statement does not say where a row was printed,
 * so the row is looked up by what it prints: a line holding its date and the figure, else any word
 * holding the figure. A figure printed on several pages gives the first; none gives none.
 */
public final class Locator {
    private final Document document;

    public Locator(Document document) {
        this.document = document;
    }

    /** The page of the row dated {@code date} that prints {@code figure}. */
    public Option<Integer> row(LocalDate date, BigDecimal figure) {
        for (Page page : document.pages()) {
            for (Line line : page.lines()) {
                if (line.words().exists(w -> isFigure(w, figure)) && line.words().exists(w -> isDate(w, date))) {
                    return Option.some(page.number());
                }
            }
        }
        return figure(figure);
    }

    /** The first page with a word reading {@code figure} (sign ignored: balances may print Dr/Cr). */
    public Option<Integer> figure(BigDecimal figure) {
        return document.pages().find(p -> p.lines().exists(l -> l.words().exists(w -> isFigure(w, figure))))
                .map(Page::number);
    }

    /** The first page with a word reading {@code date}. */
    public Option<Integer> date(LocalDate date) {
        return document.pages().find(p -> p.lines().exists(l -> l.words().exists(w -> isDate(w, date))))
                .map(Page::number);
    }

    /** The first page with a word reading {@code text} (a summary figure printed as read). */
    public Option<Integer> text(String figure) {
        Option<BigDecimal> value = Amounts.parseSigned(figure).orElse(() -> parsePlain(figure));
        return value.flatMap(this::figure);
    }

    private static Option<BigDecimal> parsePlain(String s) {
        try {
            return Option.some(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Option.none();
        }
    }

    private static boolean isDate(Word w, LocalDate date) {
        return DateShape.looksLikeDate(w.text()) && StatementDates.parse(w.text()).contains(date);
    }

    private static boolean isFigure(Word w, BigDecimal figure) {
        return Amounts.parse(w.text()).exists(a -> a.magnitude().compareTo(figure.abs()) == 0);
    }
}
