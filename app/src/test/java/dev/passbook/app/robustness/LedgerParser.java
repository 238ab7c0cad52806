package dev.passbook.app.robustness;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.Bank;
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

import java.time.LocalDate;

/** Reads {@link LedgerPdf} statements (bank id {@code ledger}); detects the marker line. */
final class LedgerParser implements StatementParser {

    static final Bank BANK = new Bank("ledger", "Ledger Test Bank", "LEDG");

    @Override
    public String id() {
        return BANK.id();
    }

    @Override
    public List<Bank> banks() {
        return List.of(BANK);
    }

    @Override
    public Detection detect(Document document) {
        return lines(document).contains(LedgerPdf.MARKER)
                ? new Detection(id(), Option.some(BANK.id()), 95, List.of(LedgerPdf.MARKER))
                : Detection.none(id());
    }

    @Override
    public Either<ParseRefusal, ParsedStatement> parse(Document document) {
        List<String> lines = lines(document);
        Option<String> account = value(lines, "ACCOUNT");
        if (account.isEmpty()) {
            return Either.left(ParseRefusal.of(ReadStage.ROWS, "not a statement of this test format"));
        }
        Identity identity = new Identity(account.get(), value(lines, "NAME").getOrElse(""), "1 TEST ROAD",
                Option.some("LEDG0000001"), Option.none(), AccountCategory.INDIVIDUAL, Money.ZERO, Money.ZERO,
                Option.none(), Option.none(), Option.none(), "INR");
        List<Transaction> rows = lines.filter(l -> l.startsWith("TXN ")).map(l -> l.split(" ", 6))
                .map(p -> new Transaction(LocalDate.parse(p[1]), Option.none(), p[5], Option.none(),
                        p[2].equals("C") ? TransactionType.CREDIT : TransactionType.DEBIT, Money.of(p[3]),
                        Option.some(Money.of(p[4]))));
        Option<java.math.BigDecimal> opening = value(lines, "OPENING").map(Money::of);
        return Either.right(new ParsedStatement("ledger-v1", identity, Option.none(), opening,
                rows.lastOption().flatMap(Transaction::balance).orElse(opening), rows, Option.none()));
    }

    private static Option<String> value(List<String> lines, String key) {
        return lines.find(l -> l.startsWith(key + " ")).map(l -> l.substring(key.length() + 1));
    }

    private static List<String> lines(Document document) {
        return document.pages().flatMap(p -> p.lines()).map(Line::text);
    }
}
