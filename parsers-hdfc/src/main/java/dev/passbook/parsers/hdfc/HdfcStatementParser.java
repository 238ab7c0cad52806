package dev.passbook.parsers.hdfc;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.domain.Bank;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.Place;
import dev.passbook.core.spi.ReadStage;
import dev.passbook.core.spi.StatementParser;
import dev.passbook.core.spi.StatementSummary;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.parserkit.Ledger;
import dev.passbook.parserkit.Role;
import dev.passbook.parserkit.Table;
import dev.passbook.parserkit.TableEngine;
import dev.passbook.parserkit.TableHeader;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.regex.MatchResult;

/**
 * HDFC Bank statements in every layout of {@link HdfcLayout}, read through the shared table engine
 * ({@link TableEngine}, {@link Ledger}): the plugin adds only what is HDFC's own: detection, the header
 * block, the page labels, the summary, and that narrations are cut at a fixed width. Reports exactly what
 * is printed: the opening balance comes from the {@code STATEMENT SUMMARY} (the only place HDFC prints
 * it), the closing balance is the last row's; reconciliation is core's job. Anything it does not
 * understand is {@code STATEMENT_UNSUPPORTED_FORMAT}, never an exception.
 */
public final class HdfcStatementParser implements StatementParser {

    public static final String ID = "hdfc";
    public static final Bank BANK = new Bank("hdfc", "HDFC Bank", "HDFC");
    private static final Logger LOG = LoggerFactory.getLogger(HdfcStatementParser.class);
    private static final TableEngine ENGINE = TableEngine.standard();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Bank> banks() {
        return List.of(BANK);
    }

    @Override
    public Detection detect(Document document) {
        return Try.of(() -> HdfcDetector.detect(ID, document, ENGINE)).getOrElse(() -> Detection.none(ID));
    }

    @Override
    public Either<ParseRefusal, ParsedStatement> parse(Document document) {
        return Try.of(() -> read(document))
                .getOrElseGet(e -> Either.left(ParseRefusal.of(ReadStage.ROWS, "unexpected " + e.getClass().getSimpleName())))
                .peekLeft(r -> LOG.debug("HDFC parser refused the statement: {}", r));
    }

    /** The parse, or the stage and reason of a refusal. */
    Either<ParseRefusal, ParsedStatement> read(Document document) {
        Option<TableHeader> first = ENGINE.header(document);
        Option<HdfcLayout> found = first.flatMap(HdfcLayout::of);
        if (found.isEmpty()) {
            return Either.left(ParseRefusal.at(ReadStage.HEADER, first.map(h -> "the column header (" + h.describe()
                    + ") is none of HDFC's layouts").getOrElse("no HDFC column header in the first pages"),
                    Place.page(first.map(TableHeader::page).getOrElse(1))));
        }
        Either<ParseRefusal, Table> table = ENGINE.read(document);
        if (table.isLeft()) {
            return Either.left(table.getLeft());
        }
        TableHeader header = table.get().header();
        Option<ParseRefusal> bothFilled = bothAmounts(table.get());
        if (bothFilled.isDefined()) {
            return Either.left(bothFilled.get());
        }
        HdfcLayout layout = found.get();
        Option<String> pages = pageNumbers(document, layout);
        if (pages.isDefined()) {
            return Either.left(ParseRefusal.of(ReadStage.ROWS, pages.get()));
        }
        Either<String, HdfcIdentityReader.Header> identity = HdfcIdentityReader.read(above(document, header));
        if (identity.isLeft()) {
            return Either.left(ParseRefusal.at(ReadStage.IDENTITY, identity.getLeft(), Place.page(header.page())));
        }
        Either<String, Option<StatementSummary>> summary = HdfcSummaryReader.read(document);
        if (summary.isLeft()) {
            return Either.left(ParseRefusal.of(ReadStage.ROWS, summary.getLeft()));
        }
        Option<java.math.BigDecimal> opening = summary.get().map(StatementSummary::openingBalance);
        HdfcIdentityReader.Header h = identity.get();
        return Ledger.read(table.get(), h.period(), opening, layout.narrations()).flatMap(ledger -> {
            // HDFC prints the closing balance on every row: a row without one is a row misread
            Option<Integer> unbalanced = ledger.transactions().zipWithIndex().find(t -> t._1.balance().isEmpty()).map(t -> t._2);
            if (unbalanced.isDefined()) {
                return Either.left(ParseRefusal.of(ReadStage.ROWS, "row " + (unbalanced.get() + 1) + " on page "
                        + ledger.notes().pageOf(unbalanced.get()) + " has no closing balance"));
            }
            return Either.right(new ParsedStatement(layout.id(), h.identity(), h.period(), opening.orElse(ledger.opening()),
                    ledger.transactions().last().balance().orElse(ledger.closing()), ledger.transactions(),
                    summary.get(), ledger.notes()));
        });
    }

    /** HDFC fills exactly one of Withdrawal and Deposit: a row with both is a row misread, refused. */
    private static Option<ParseRefusal> bothAmounts(Table table) {
        return table.rows().zipWithIndex().find(r -> r._1.special().isEmpty() && amount(r._1.fragments(Role.DEBIT))
                && amount(r._1.fragments(Role.CREDIT))).map(r -> ParseRefusal.at(ReadStage.ROWS, "row " + (r._2 + 1)
                + " on page " + r._1.page() + ": both withdrawal and deposit are filled", r._1.anchor().place()));
    }

    private static boolean amount(List<String> pieces) {
        return pieces.exists(p -> Amounts.parseSigned(p).exists(v -> v.signum() != 0));
    }

    /** The lines above the table header: the pages before its page, and its page down to it. */
    private static List<Line> above(Document document, TableHeader header) {
        int first = header.lines().min().get();
        return document.pages().filter(p -> p.number() < header.page()).flatMap(Page::lines)
                .appendAll(document.pages().find(p -> p.number() == header.page())
                        .map(p -> p.lines().take(first)).getOrElse(List.empty()));
    }

    /**
     * Why the pages are not all there, if they are not. Every page's label must number it: a missing or
     * repeated page would silently drop or double rows. {@code Page N of M} also says how many there are.
     * The label may share its line with the bank's name and the title.
     */
    private static Option<String> pageNumbers(Document document, HdfcLayout layout) {
        if (!layout.labelsPages()) {
            return Option.none();
        }
        int expected = 1;
        for (Page page : document.pages()) {
            Option<MatchResult> label = page.lines().take(8).iterator().map(l -> layout.pageLabel(l.text()))
                    .find(Option::isDefined).flatMap(o -> o);
            if (label.isEmpty()) {
                return Option.some("page " + page.number() + " has no page label");
            }
            int n = Integer.parseInt(label.get().group(1));
            if (n != expected) {
                return Option.some("page " + expected + " is labelled " + n);
            }
            if (label.get().groupCount() >= 2 && Integer.parseInt(label.get().group(2)) != document.pageCount()) {
                return Option.some("pages labelled 'of " + label.get().group(2) + "' but " + document.pageCount() + " present");
            }
            expected++;
        }
        return Option.none();
    }
}
