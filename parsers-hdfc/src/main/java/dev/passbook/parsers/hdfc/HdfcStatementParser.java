package dev.passbook.parsers.hdfc;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Page;
import dev.passbook.core.domain.Bank;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.ParseNotes;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.Place;
import dev.passbook.core.spi.ReadStage;
import dev.passbook.core.spi.StatementParser;
import dev.passbook.core.spi.StatementSummary;
import dev.passbook.core.spi.support.table.TableRow;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.util.regex.MatchResult;

/**
 * HDFC Bank statements in both layouts in circulation ({@code hdfc-legacy-v1}, {@code hdfc-newer-v1}).
 * Reports exactly what is printed: the opening balance comes from the {@code STATEMENT SUMMARY} (the
 * only place HDFC prints it), the closing balance is the last row's; reconciliation is core's job.
 * Anything it does not understand is {@code STATEMENT_UNSUPPORTED_FORMAT}, never an exception.
 */
public final class HdfcStatementParser implements StatementParser {

    public static final String ID = "hdfc";
    public static final Bank BANK = new Bank("hdfc", "HDFC Bank", "HDFC");
    private static final System.Logger LOG = System.getLogger(HdfcStatementParser.class.getName());

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
        return Try.of(() -> HdfcDetector.detect(ID, document)).getOrElse(() -> Detection.none(ID));
    }

    @Override
    public Either<ParseRefusal, ParsedStatement> parse(Document document) {
        return Try.of(() -> read(document))
                .getOrElseGet(e -> Either.left(ParseRefusal.of(ReadStage.ROWS, "unexpected " + e.getClass().getSimpleName())))
                .peekLeft(r -> LOG.log(System.Logger.Level.DEBUG, "HDFC parser refused the statement: {0}", r));
    }

    /** The parse, or the stage and reason of a refusal. */
    Either<ParseRefusal, ParsedStatement> read(Document document) {
        Option<HdfcLayout> found = HdfcDetector.layoutOf(document);
        if (found.isEmpty()) {
            return Either.left(ParseRefusal.at(ReadStage.HEADER,
                    "no line spells an HDFC column header (Date, Narration, ..., Closing Balance) in the first pages",
                    Place.page(1)));
        }
        HdfcLayout layout = found.get();
        Option<String> pages = pageNumbers(document, layout);
        if (pages.isDefined()) {
            return Either.left(ParseRefusal.of(ReadStage.ROWS, pages.get()));
        }
        Either<String, HdfcIdentityReader.Header> header = HdfcIdentityReader.read(document.pages().head());
        if (header.isLeft()) {
            return Either.left(ParseRefusal.at(ReadStage.IDENTITY, header.getLeft(), Place.page(1)));
        }
        Either<String, List<TableRow>> rows = layout.table().read(document);
        if (rows.isLeft()) {
            return Either.left(ParseRefusal.of(ReadStage.ROWS, rows.getLeft()));
        }
        Either<String, List<Transaction>> transactions = HdfcTransactions.of(rows.get(), layout);
        if (transactions.isLeft()) {
            return Either.left(ParseRefusal.of(ReadStage.ROWS, transactions.getLeft()));
        }
        if (transactions.get().isEmpty()) {
            return Either.left(ParseRefusal.of(ReadStage.ROWS, "no transaction rows under the column header"));
        }
        Either<String, Option<StatementSummary>> summary = HdfcSummaryReader.read(document);
        if (summary.isLeft()) {
            return Either.left(ParseRefusal.of(ReadStage.ROWS, summary.getLeft()));
        }
        ParseNotes notes = new ParseNotes(rows.get().map(TableRow::page), List.empty(), List.empty());
        return Either.right(new ParsedStatement(layout.id(), header.get().identity(), header.get().period(),
                summary.get().map(StatementSummary::openingBalance),
                transactions.get().last().balance(),
                transactions.get(), summary.get(), notes));
    }

    /**
     * Why the pages are not all there, if they are not. Every page's label must number it: a missing or
     * repeated page would silently drop or double rows. {@code Page N of M} also says how many there are.
     */
    private static Option<String> pageNumbers(Document document, HdfcLayout layout) {
        int expected = 1;
        for (Page page : document.pages()) {
            Option<MatchResult> label = page.lines().take(8).iterator().map(layout::pageLabel).find(Option::isDefined)
                    .flatMap(o -> o);
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
