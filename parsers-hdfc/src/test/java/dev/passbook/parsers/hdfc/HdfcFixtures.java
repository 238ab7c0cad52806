package dev.passbook.parsers.hdfc;

import dev.passbook.core.document.Document;
import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.port.DocumentReader;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.StatementOptions;
import dev.passbook.testkit.contract.StatementDifferences;
import dev.passbook.testkit.render.RenderOptions;
import dev.passbook.testkit.render.RenderedStatement;
import dev.passbook.testkit.render.StatementRenderer;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.fail;

/** Hand-made HDFC statements with known figures, rendered by the testkit and read by adapters-pdf. */
final class HdfcFixtures {

    static final HdfcStatementParser PARSER = new HdfcStatementParser();
    static final DocumentReader READER = ServiceLoader.load(DocumentReader.class).findFirst()
            .orElseThrow(() -> new IllegalStateException("adapters-pdf's DocumentReader is not on the test class path"));

    /** A rendered statement: what it prints, the file, and the document read back. */
    record Rendered(GeneratedStatement truth, byte[] pdf, Document document) {
        Either<ParseRefusal, ParsedStatement> parse() {
            return PARSER.read(document);
        }

        ParsedStatement parsed() {
            return parse().getOrElseGet(reason -> fail("HDFC parser refused: " + reason));
        }

        /** Every difference between the truth and the parse; empty when exact. */
        List<String> differences() {
            return StatementDifferences.between(truth, parsed(), truth.layout().printedIdentity());
        }
    }

    private HdfcFixtures() {
    }

    static Identity holder(BigDecimal odLimit) {
        return new Identity("50100123456789", "MR RAHUL SHARMA", "FLAT NO 12 SAI KRUPA\nMG ROAD\nPUNE 411001\nMAHARASHTRA INDIA",
                Option.some("HDFC0001234"), Option.some("411240002"), AccountCategory.INDIVIDUAL, Money.ZERO, odLimit,
                Option.some("12345678"), Option.some("PUNE - MG ROAD"), Option.some(LocalDate.of(2015, 6, 1)), "INR");
    }

    /** A row with a 16-character reference and value date = date; {@code note} is fitted to the layout's wrap. */
    static Transaction row(Layout layout, LocalDate date, String note, TransactionType type, String amount) {
        String ref = String.format("%016d", Math.abs((long) (note.hashCode())) % 10_000_000_000L);
        return new Transaction(date, Option.some(date), layout.wrap().fit(note), Option.some(ref), type, Money.of(amount),
                Option.none());
    }

    static GeneratedStatement statement(Layout layout, DateRange period, String opening, List<Transaction> rows,
                                        BigDecimal odLimit) {
        StatementOptions options = new StatementOptions(odLimit.signum() > 0, false, false, false,
                period.to().plusDays(1).atTime(9, 30), Option.none());
        return GeneratedStatement.consistent(layout, HdfcStatementParser.BANK, holder(odLimit), period, Money.of(opening), rows,
                options);
    }

    static Rendered render(GeneratedStatement statement, RenderOptions options) {
        RenderedStatement r = StatementRenderer.renderWithTruth(statement, options);
        Document doc = READER.read(r.pdf(), Option.none()).getOrElseGet(e -> fail("reader rejected the PDF: " + e));
        return new Rendered(r.truth(), r.pdf(), doc);
    }

    static Rendered render(GeneratedStatement statement) {
        return render(statement, RenderOptions.defaults());
    }

    /** {@code n} ordinary rows in April 2024, alternating debits and credits, some narrations long enough to wrap. */
    static List<Transaction> ordinaryRows(Layout layout, int n) {
        List<Transaction> rows = List.empty();
        for (int i = 0; i < n; i++) {
            LocalDate date = LocalDate.of(2024, 4, 1).plusDays(i * 29L / Math.max(1, n));
            String note = switch (i % 4) {
                case 0 -> "UPI-RAMESHKUMAR-9876543210@OKAXIS-AXIS0000123-412345678901-GROCERIES " + i;
                case 1 -> "NEFT CR-ICIC0000104-ACME SOFTWARE PRIVATE LIMITED-SALARY APRIL " + i;
                case 2 -> "POS 416021XXXXXX1234 BIG BAZAAR " + i;
                default -> "ATW-416021XXXXXX1234-S1ANPN12-PUNE";
            };
            TransactionType type = i % 4 == 1 ? TransactionType.CREDIT : TransactionType.DEBIT;
            String amount = i % 4 == 1 ? "45000.00" : (100 + i * 7) + ".50";
            rows = rows.append(row(layout, date, note, type, amount));
        }
        return rows;
    }

    static DateRange april2024() {
        return DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30));
    }
}
