package dev.passbook.adapters.http.testing;

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

import java.time.LocalDate;

/** Parses {@link TextStatement}s of one bank; detects {@code BANK:<id>}. */
public final class TextBankParser implements StatementParser {

    private final Bank bank;

    public TextBankParser(String id, String fullName, String ifscPrefix) {
        this.bank = new Bank(id, fullName, ifscPrefix);
    }

    @Override
    public String id() {
        return bank.id();
    }

    @Override
    public List<Bank> banks() {
        return List.of(bank);
    }

    @Override
    public Detection detect(Document document) {
        return lines(document).contains("BANK:" + bank.id())
                ? new Detection(id(), Option.some(bank.id()), 90, List.of("BANK:" + bank.id()))
                : Detection.none(id());
    }

    @Override
    public Either<ParseRefusal, ParsedStatement> parse(Document document) {
        List<String> lines = lines(document);
        if (lines.contains("LAYOUT:UNKNOWN")) {
            return Either.left(ParseRefusal.of(ReadStage.ROWS, "not a statement of this test format"));
        }
        Identity identity = new Identity(value(lines, "ACCOUNT").get(), value(lines, "NAME").get(), "12 MG ROAD, PUNE",
                Option.some(bank.ifscPrefix() + "0001234"), Option.none(),
                value(lines, "CATEGORY").flatMap(AccountCategory::fromWire).getOrElse(AccountCategory.INDIVIDUAL),
                Money.ZERO, Money.ZERO, Option.none(), Option.none(), Option.none(), "INR");
        Option<DateRange> period = value(lines, "PERIOD").map(p -> p.split(" "))
                .map(p -> DateRange.of(LocalDate.parse(p[0]), LocalDate.parse(p[1])));
        List<Transaction> transactions = lines.filter(l -> l.startsWith("TXN:")).map(l -> l.substring(4).split("\\|", 5))
                .map(p -> new Transaction(LocalDate.parse(p[0]), Option.none(), p[4], Option.none(),
                        p[1].equals("C") ? TransactionType.CREDIT : TransactionType.DEBIT, Money.of(p[2]),
                        Option.some(Money.of(p[3]))));
        Option<java.math.BigDecimal> opening = value(lines, "OPENING").map(Money::of);
        Option<java.math.BigDecimal> closing = transactions.lastOption().flatMap(Transaction::balance).orElse(opening);
        return Either.right(new ParsedStatement(bank.id() + "-text-v1", identity, period, opening, closing,
                transactions, Option.none()));
    }

    private static Option<String> value(List<String> lines, String key) {
        return lines.find(l -> l.startsWith(key + ":")).map(l -> l.substring(key.length() + 1));
    }

    private static List<String> lines(Document document) {
        return document.pages().flatMap(p -> p.lines()).map(Line::text);
    }
}
