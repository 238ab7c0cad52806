package dev.passbook.app.testing;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.Bank;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.ReadStage;
import dev.passbook.core.spi.StatementParser;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A test-only plugin (registered in this module's test resources, found by ServiceLoader like a
 * real one) reading the simple PDFs {@link PdfStatements} draws: the app tests then run the real PDF
 * reader and the real database without depending on the bank parsers' progress.
 */
public final class LinesBankParser implements StatementParser {

    public static final String MARKER = "FAKEBANK STATEMENT";
    private static final Bank BANK = new Bank("fakebank", "Fake Bank of Testing", "FAKE");

    @Override
    public String id() {
        return "fakebank";
    }

    @Override
    public List<Bank> banks() {
        return List.of(BANK);
    }

    @Override
    public Detection detect(Document document) {
        return lines(document).contains(MARKER)
                ? new Detection(id(), Option.some(BANK.id()), 100, List.of(MARKER))
                : Detection.none(id());
    }

    @Override
    public Either<ParseRefusal, ParsedStatement> parse(Document document) {
        List<String> lines = lines(document);
        List<Transaction> transactions = lines.filter(l -> l.startsWith("TXN ")).map(LinesBankParser::transaction);
        if (transactions.isEmpty()) {
            return Either.left(ParseRefusal.of(ReadStage.ROWS, "not a statement of this test format"));
        }
        Identity identity = new Identity(value(lines, "ACCOUNT NO").getOrElse("0000"), value(lines, "NAME").getOrElse(""),
                value(lines, "ADDRESS").getOrElse(""), Option.some("FAKE0000001"), Option.none(), AccountCategory.INDIVIDUAL,
                Money.ZERO, Money.ZERO, Option.none(), Option.none(), Option.none(), "INR");
        Option<DateRange> period = value(lines, "PERIOD").map(p -> p.split(" "))
                .map(p -> DateRange.of(LocalDate.parse(p[0]), LocalDate.parse(p[1])));
        Option<BigDecimal> opening = value(lines, "OPENING").map(Money::of);
        return Either.right(new ParsedStatement("fakebank-lines-v1", identity, period, opening,
                transactions.last().balance(), transactions, Option.none()));
    }

    // TXN <date> <C|D> <amount> <balance> <note...>
    private static Transaction transaction(String line) {
        String[] p = line.split(" ", 6);
        return new Transaction(LocalDate.parse(p[1]), Option.none(), p.length > 5 ? p[5] : "", Option.none(),
                p[2].equals("C") ? TransactionType.CREDIT : TransactionType.DEBIT, Money.of(p[3]), Option.some(Money.of(p[4])));
    }

    private static Option<String> value(List<String> lines, String key) {
        return lines.find(l -> l.startsWith(key + " ")).map(l -> l.substring(key.length() + 1));
    }

    private static List<String> lines(Document document) {
        return document.pages().flatMap(p -> p.lines()).map(Line::text);
    }
}
