package dev.passbook.parsers.generic;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.domain.Bank;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.Place;
import dev.passbook.core.spi.ReadStage;
import dev.passbook.core.spi.StatementParser;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.StatementDates;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.math.BigDecimal;

/**
 * The fallback plugin: reads tabular statements of any Indian bank without a dedicated parser.
 * Columns are discovered from the header's wording and positions ({@link HeaderDiscovery}), rows read
 * with core's table machinery ({@link GenericTable}), the bank named by IFSC code or printed name
 * ({@link BankIdentifier}). It answers with a low fixed confidence so that a bank's own plugin wins.
 *
 * <pre>{@code
 * ParserRegistry.load().byId("generic").get().parse(document)   // Right(ParsedStatement) or Left(STATEMENT_UNSUPPORTED_FORMAT)
 * }</pre>
 */
public final class GenericStatementParser implements StatementParser {

    public static final String ID = "generic";
    /** Below any dedicated plugin's confidence for its own statements. */
    public static final int CONFIDENCE = 10;
    static final String LAYOUT_ID = "generic-v1";

    private static final System.Logger LOG = System.getLogger(GenericStatementParser.class.getName());

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
        Option<HeaderDiscovery.Header> header = HeaderDiscovery.find(document);
        Option<BankIdentifier.Found> bank = BankIdentifier.identify(outsideTable(document, header).map(Line::text),
                () -> header.map(h -> GenericTable.furniture(document, h).map(Line::text)).getOrElse(List.empty()));
        if (header.isEmpty() && bank.isEmpty()) {
            return Detection.none(ID);
        }
        List<String> evidence = List.<String>empty()
                .appendAll(header.map(h -> "table header on page " + h.page() + ": " + h.roles().toList().sorted()))
                .appendAll(bank.map(BankIdentifier.Found::evidence));
        return new Detection(ID, bank.map(f -> f.bank().id()), CONFIDENCE, evidence);
    }

    @Override
    public Either<ParseRefusal, ParsedStatement> parse(Document document) {
        return read(document)
                .peekLeft(reason -> LOG.log(System.Logger.Level.DEBUG, "generic parser refused: {0}", reason));
    }

    /** The statement, or the stage and reason it cannot be read. */
    Either<ParseRefusal, ParsedStatement> read(Document document) {
        return Try.of(() -> readUnsafe(document))
                .onFailure(e -> LOG.log(System.Logger.Level.WARNING, "generic parser failed: " + e.getClass().getName()))
                .getOrElse(() -> Either.left(ParseRefusal.of(ReadStage.ROWS, "the generic parser failed unexpectedly")));
    }

    private Either<ParseRefusal, ParsedStatement> readUnsafe(Document document) {
        Option<HeaderDiscovery.Header> found = HeaderDiscovery.find(document);
        if (found.isEmpty()) {
            return Either.left(ParseRefusal.of(ReadStage.HEADER,
                    "no line names a date column, an amount column and a balance or narration column"));
        }
        HeaderDiscovery.Header header = found.get();
        List<Line> above = outsideTable(document, found);
        Option<Identity> identity = IdentityReader.read(above);
        if (identity.isEmpty()) {
            return Either.left(ParseRefusal.at(ReadStage.IDENTITY,
                    "no account number above the table header (a label such as Account No, A/C Number)",
                    Place.page(header.page())));
        }
        List<Line> all = document.pages().flatMap(p -> p.lines());
        Option<BigDecimal> openingLabel = IdentityReader.first(all, Label.OPENING_BALANCE).flatMap(Amounts::parseSigned);
        Option<BigDecimal> closingLabel = all.reverse().iterator()
                .flatMap(l -> Label.read(l.text()).get(Label.CLOSING_BALANCE)).headOption().flatMap(Amounts::parseSigned);
        Option<DateRange> period = PeriodReader.read(above);
        return GenericTable.read(document, header)
                .flatMap(rows -> RowReader.read(rows, openingLabel, GenericTable.cutMidWord(rows)))
                .filterOrElse(rows -> !rows.transactions().isEmpty(), rows -> "no transaction rows under the header")
                .filterOrElse(rows -> agree(openingLabel, rows.opening()), rows -> "opening balance label and row disagree")
                .filterOrElse(rows -> agree(closingLabel, rows.closing()), rows -> "closing balance label and row disagree")
                .mapLeft(reason -> ParseRefusal.of(ReadStage.ROWS, reason))
                .map(rows -> new ParsedStatement(LAYOUT_ID, identity.get(), period,
                        openingLabel.orElse(rows.opening()), closingLabel.orElse(rows.closing()),
                        rows.transactions(), Option.none()));
    }

    /**
     * A balance printed both as a label and as a table row must be one figure: a statement that
     * contradicts itself has no single reading, and keeping either would hide the other.
     */
    private static boolean agree(Option<BigDecimal> label, Option<BigDecimal> row) {
        return label.isEmpty() || row.isEmpty() || label.get().compareTo(row.get()) == 0;
    }

    /**
     * The lines above the table header on its page and the pages before it; with no header, the lines of
     * page 1 above its first line that reads like a transaction (a date and an amount with decimals), so
     * that narrations, full of other banks' codes and names, are never read. What the identity, period and
     * bank readers see.
     */
    static List<Line> outsideTable(Document document, Option<HeaderDiscovery.Header> header) {
        if (header.isEmpty()) {
            return document.pages().headOption().map(p -> p.lines().takeWhile(l -> !rowLike(l))).getOrElse(List.empty());
        }
        HeaderDiscovery.Header h = header.get();
        List<Line> before = document.pages().filter(p -> p.number() < h.page()).flatMap(p -> p.lines());
        return before.appendAll(document.pages().find(p -> p.number() == h.page())
                .map(p -> p.lines().take(h.lineIndex())).getOrElse(List.empty()));
    }

    /** A line holding a date and an amount with decimals: a transaction row, not a header line. */
    static boolean rowLike(Line line) {
        return line.words().exists(w -> StatementDates.isDate(w.text()))
                && line.words().exists(w -> w.text().indexOf('.') > 0 && Amounts.isAmount(w.text()));
    }
}
