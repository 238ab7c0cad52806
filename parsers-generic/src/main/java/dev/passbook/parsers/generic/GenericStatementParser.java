package dev.passbook.parsers.generic;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.domain.Bank;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.Place;
import dev.passbook.core.spi.StatementParser;
import dev.passbook.core.spi.ReadStage;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.StatementDates;
import dev.passbook.parserkit.Ledger;
import dev.passbook.parserkit.Table;
import dev.passbook.parserkit.TableEngine;
import dev.passbook.parserkit.TableHeader;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The fallback plugin: reads tabular statements of any Indian bank without a dedicated parser, through
 * the shared table engine ({@link TableEngine}: columns from the rows, rows by the alignment that fits,
 * the running balance choosing between readings). The bank is named by its IFSC or printed name
 * ({@link BankIdentifier}), read only outside the table's rows so that counterparties in narrations do
 * not decide. It answers with a low fixed confidence so that a bank's own plugin wins.
 *
 * <pre>{@code
 * ParserRegistry.load().byId("generic").get().parse(document)   // Right(ParsedStatement) or Left(ParseRefusal)
 * }</pre>
 */
public final class GenericStatementParser implements StatementParser {

    public static final String ID = "generic";
    /** Below any dedicated plugin's confidence for its own statements. */
    public static final int CONFIDENCE = 10;
    static final String LAYOUT_ID = "generic-v2";

    private static final Logger LOG = LoggerFactory.getLogger(GenericStatementParser.class);
    private static final TableEngine ENGINE = TableEngine.standard();
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Bank> banks() {
        return IndianBanks.all();
    }

    @Override
    public boolean dedicated() {
        return false;
    }

    @Override
    public Detection detect(Document document) {
        return Try.of(() -> detectUnsafe(document)).getOrElse(() -> Detection.none(ID));
    }

    private Detection detectUnsafe(Document document) {
        Option<TableHeader> header = ENGINE.header(document);
        Option<BankIdentifier.Found> bank = BankIdentifier.identify(outsideTable(document, header).map(Line::text),
                () -> furniture(document).map(Line::text));
        if (header.isEmpty() && bank.isEmpty()) {
            return Detection.none(ID);
        }
        List<String> evidence = List.<String>empty()
                .appendAll(header.map(h -> "table header on page " + h.page() + ": " + h.describe()))
                .appendAll(bank.map(BankIdentifier.Found::evidence));
        return new Detection(ID, bank.map(f -> f.bank().id()), CONFIDENCE, evidence);
    }

    @Override
    public Either<ParseRefusal, ParsedStatement> parse(Document document) {
        return Try.of(() -> read(document))
                .onFailure(e -> LOG.warn("generic parser failed: " + e.getClass().getName()))
                .getOrElse(() -> Either.left(ParseRefusal.of(ReadStage.ROWS, "the generic parser failed unexpectedly")))
                .peekLeft(reason -> LOG.debug("generic parser refused: {}", reason));
    }

    /** The statement, or the stage and reason it cannot be read. */
    Either<ParseRefusal, ParsedStatement> read(Document document) {
        Either<ParseRefusal, Table> table = ENGINE.read(document);
        if (table.isLeft()) {
            return Either.left(table.getLeft());
        }
        TableHeader header = table.get().header();
        List<Line> above = above(document, header);
        Option<Identity> identity = IdentityReader.read(above);
        if (identity.isEmpty()) {
            return Either.left(ParseRefusal.at(ReadStage.IDENTITY,
                    "no account number above the table header (a label such as Account No, A/C Number)",
                    Place.page(header.page())));
        }
        Option<DateRange> period = PeriodReader.read(above);
        // balances printed as labels: in the block above the table (with or without a colon, the value beside
        // or below), else as "Label : value" anywhere (a closing balance printed after the table)
        List<Line> all = document.pages().flatMap(Page::lines);
        FieldReader block = FieldReader.read(above);
        Option<BigDecimal> openingLabel = block.first(Label.OPENING_BALANCE).flatMap(f -> Amounts.parseSigned(f.value()))
                .orElse(() -> IdentityReader.first(all, Label.OPENING_BALANCE).flatMap(Amounts::parseSigned));
        Option<BigDecimal> closingLabel = all.reverse().iterator()
                .flatMap(l -> Label.read(l.text()).get(Label.CLOSING_BALANCE)).headOption().flatMap(Amounts::parseSigned)
                .orElse(() -> block.first(Label.CLOSING_BALANCE).flatMap(f -> Amounts.parseSigned(f.value())));
        return Ledger.read(table.get(), period, openingLabel)
                .flatMap(ledger -> agree(openingLabel, ledger.opening(), "opening")
                        .flatMap(x -> agree(closingLabel, ledger.closing(), "closing"))
                        .map(x -> new ParsedStatement(LAYOUT_ID, identity.get(), period,
                                openingLabel.orElse(ledger.opening()), closingLabel.orElse(ledger.closing()),
                                ledger.transactions(), Option.none(), ledger.notes())));
    }

    /**
     * A balance printed both as a label and as a table row must be one figure: a statement that
     * contradicts itself has no single reading, and keeping either would hide the other.
     */
    private static Either<ParseRefusal, Boolean> agree(Option<BigDecimal> label, Option<BigDecimal> row, String which) {
        return label.isEmpty() || row.isEmpty() || label.get().compareTo(row.get()) == 0 ? Either.right(true)
                : Either.left(ParseRefusal.of(ReadStage.ROWS, "the " + which + " balance is printed twice, as a label "
                + "and as a table row, with two different figures"));
    }

    /** The lines above the table header: the pages before its page, and its page down to it. */
    private static List<Line> above(Document document, TableHeader header) {
        int first = header.lines().min().get();
        return document.pages().filter(p -> p.number() < header.page()).flatMap(Page::lines)
                .appendAll(document.pages().find(p -> p.number() == header.page())
                        .map(p -> p.lines().take(first)).getOrElse(List.empty()));
    }

    /**
     * The lines above the table header on its page and the pages before it; with no header, the lines of
     * page 1 above its first line that reads like a transaction (a date and an amount with decimals), so
     * that narrations, full of other banks' codes and names, are never read. What the identity, period and
     * bank readers see.
     */
    static List<Line> outsideTable(Document document, Option<TableHeader> header) {
        return header.isDefined() ? above(document, header.get())
                : document.pages().headOption().map(p -> p.lines().takeWhile(l -> !rowLike(l))).getOrElse(List.empty());
    }

    /**
     * Page furniture where a bank may print its name when the top does not: the lines printed at the same
     * place on the first two pages (page headers and footers), and the last page below its last amount.
     */
    static List<Line> furniture(Document document) {
        List<Line> repeated = List.empty();
        if (document.pageCount() >= 2) {
            java.util.Set<String> second = document.pages().get(1).lines().map(GenericStatementParser::placeKey).toJavaSet();
            repeated = document.pages().head().lines().filter(l -> second.contains(placeKey(l)));
        }
        // the last page with text: a statement may end with an empty page
        List<Line> last = document.pages().filter(p -> !p.lines().isEmpty()).lastOption().map(p -> {
            int lastMoney = p.lines().lastIndexWhere(l -> l.words().exists(w -> Amounts.isAmount(w.text())
                    && w.text().indexOf('.') >= 0));
            return p.lines().drop(lastMoney + 1);
        }).getOrElse(List.empty());
        return repeated.appendAll(last).distinct();
    }

    private static String placeKey(Line line) {
        return Math.round(line.y() / 2) + "|" + DIGITS.matcher(line.text().toLowerCase(Locale.ROOT)).replaceAll("#");
    }

    /** A line holding a date and an amount with decimals: a transaction row, not a header line. */
    static boolean rowLike(Line line) {
        return line.words().exists(w -> StatementDates.isDate(w.text()))
                && line.words().exists(w -> w.text().indexOf('.') > 0 && Amounts.isAmount(w.text()));
    }
}
