package dev.passbook.testkit.contract;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
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
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.StatementDates;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A deliberately small parser for the serial-first layout, so the contract can be run end to end
 * inside testkit (column edges are hard-coded from the layout; real plugins find them).
 */
public final class SerialFirstTestParser implements StatementParser {

    public static final String ID = "test-serial-first";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Bank> banks() {
        return List.of(new Bank("icici", "ICICI Bank", "ICIC"));
    }

    @Override
    public boolean dedicated() {
        return false;
    }

    @Override
    public Detection detect(Document document) {
        String text = document.text();
        boolean mine = text.contains("Transaction Remarks") && text.contains("S No.");
        return mine ? new Detection(ID, Option.none(), 80, List.of("Transaction Remarks", "S No.")) : Detection.none(ID);
    }

    @Override
    public Either<ParseRefusal, ParsedStatement> parse(Document document) {
        return Try.of(() -> read(document)).toEither().mapLeft(e -> ParseRefusal.of(ReadStage.ROWS, "not a statement of this test format"))
                .flatMap(o -> o.toEither(() -> ParseRefusal.of(ReadStage.ROWS, "not a statement of this test format")));
    }

    private static String after(Line l) {
        return l.words().dropWhile(w -> !w.text().equals(":")).drop(1).map(Word::text).mkString(" ");
    }

    private static Option<Line> labelled(List<Line> lines, String label) {
        return lines.find(l -> l.text().startsWith(label + " :"));
    }

    private Option<ParsedStatement> read(Document document) {
        List<Tuple2<Integer, Line>> lines = document.pages().flatMap(p -> p.lines().map(l -> Tuple.of(p.number(), l)));
        List<Line> plain = lines.map(t -> t._2);
        Option<Line> nameLine = labelled(plain, "Account Name");
        if (nameLine.isEmpty()) {
            return Option.none();
        }
        int addressAt = plain.indexWhere(l -> l.text().startsWith("Address :"));
        int accountAt = plain.indexWhere(l -> l.text().startsWith("Account Number :"));
        String address = List.of(after(plain.get(addressAt))).appendAll(plain.subSequence(addressAt + 1, accountAt).map(Line::text))
                .mkString("\n");
        Identity identity = new Identity(after(plain.get(accountAt)), after(nameLine.get()), address,
                labelled(plain, "IFSC Code").map(SerialFirstTestParser::after),
                labelled(plain, "MICR Code").map(SerialFirstTestParser::after), AccountCategory.INDIVIDUAL, Money.ZERO,
                Money.ZERO, labelled(plain, "Customer ID").map(SerialFirstTestParser::after), Option.none(), Option.none(), "INR");
        Option<DateRange> period = plain.find(l -> l.text().startsWith("Transactions for the period")).map(l -> DateRange.of(
                StatementDates.parse(l.words().get(4).text()).get(), StatementDates.parse(l.words().get(6).text()).get()));
        Option<BigDecimal> opening = labelled(plain, "Opening Balance").flatMap(l -> Amounts.parseSigned(l.words().last().text()));
        Option<BigDecimal> closing = labelled(plain, "Closing Balance").flatMap(l -> Amounts.parseSigned(l.words().last().text()));

        List<Transaction> rows = List.empty();
        int previousPage = -1;
        double previousY = 0;
        for (Tuple2<Integer, Line> t : lines) {
            Line l = t._2;
            List<Word> w = l.words();
            boolean row = w.size() >= 3 && w.get(0).text().matches("[0-9]+") && w.get(0).x() < 48
                    && StatementDates.isDate(w.get(2).text());
            if (row) {
                rows = rows.append(row(w));
            } else if (!rows.isEmpty() && t._1 == previousPage && l.y() - previousY < 12
                    && w.forAll(x -> x.x() >= 206 && x.x() < 376)) {
                Transaction last = rows.last();
                rows = rows.update(rows.size() - 1, new Transaction(last.date(), last.valueDate(),
                        last.note() + " " + l.text(), last.reference(), last.type(), last.amount(), last.balance()));
            } else {
                continue;
            }
            previousPage = t._1;
            previousY = l.y();
        }
        return Option.some(new ParsedStatement("test-serial-first-v1", identity, period, opening, closing, rows, Option.none()));
    }

    private static Transaction row(List<Word> w) {
        LocalDate valueDate = StatementDates.parse(w.get(1).text()).get();
        LocalDate date = StatementDates.parse(w.get(2).text()).get();
        Option<String> cheque = w.find(x -> x.x() >= 156 && x.x() < 206).map(Word::text);
        String remarks = w.filter(x -> x.x() >= 206 && x.x() < 376).map(Word::text).mkString(" ");
        Option<BigDecimal> withdrawal = w.find(x -> x.right() > 376 && x.right() <= 440).flatMap(x -> Amounts.parseSigned(x.text()));
        Option<BigDecimal> deposit = w.find(x -> x.right() > 440 && x.right() <= 504).flatMap(x -> Amounts.parseSigned(x.text()));
        Option<BigDecimal> balance = w.find(x -> x.right() > 504).flatMap(x -> Amounts.parseSigned(x.text()));
        TransactionType type = withdrawal.isDefined() ? TransactionType.DEBIT : TransactionType.CREDIT;
        return new Transaction(date, Option.some(valueDate), remarks, cheque, type, withdrawal.orElse(deposit).get(), balance);
    }
}
