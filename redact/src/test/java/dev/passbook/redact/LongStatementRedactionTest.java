package dev.passbook.redact;

import dev.passbook.core.application.ReadRequest;
import dev.passbook.core.application.ReadStatement;
import dev.passbook.core.application.SimpleNameMatcher;
import dev.passbook.core.application.StatementRead;
import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.domain.Verdict;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.DocumentReader;
import dev.passbook.core.spi.ParserRegistry;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import dev.passbook.testkit.render.RenderOptions;
import dev.passbook.testkit.render.StatementRenderer;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Example;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A statement of hundreds of rows keeps its money chain: the copy is regenerated (not scrambled), reads
 * VERIFIED with the same rows, and each new amount has the old one's number of whole digits. Long real
 * statements used to fall back to scrambled digits, because the drift between new and old balances grew
 * along the chain until a small balance could no longer keep its side of zero. Two traits of long real
 * statements made copies read UNVERIFIED later: a summary counting a thousand debits or more, and numbers
 * printed in their shortest form.
 */
class LongStatementRedactionTest {

    @Example
    void aLongVerifiedStatementGivesAVerifiedCopyWithAmountsOfTheSameWidth() {
        GeneratedStatement statement = drained(Statements.forLayout(Layout.GENERIC_AMOUNT_DRCR, StatementShape.defaults().rows(300, 320))
                .generator(1000).next(new Random(2000)).value(), new Random(2000));
        byte[] original = StatementRenderer.render(statement, RenderOptions.defaults());
        StatementRead before = Copies.read(original);
        assertEquals(Verdict.VERIFIED, before.verification().verdict(), "the original reads verified");
        assertTrue(before.parsed().transactions().size() >= 300, "a long statement");

        Either<String, Redactor.Redaction> redacted = Redactors.REDACTOR.redact(original, Option.none(), new Random(5));
        assertTrue(redacted.isRight(), () -> redacted.getLeft());
        assertTrue(redacted.get().report().moneyRegenerated(), "money regenerated along the chain, not scrambled");
        StatementRead after = Copies.read(redacted.get().pdf());
        assertEquals(Verdict.VERIFIED, after.verification().verdict(), "the copy reads verified");
        assertEquals(before.parsed().transactions().size(), after.parsed().transactions().size(), "rows");
        for (int i = 0; i < before.parsed().transactions().size(); i++) {
            Transaction a = before.parsed().transactions().get(i);
            Transaction b = after.parsed().transactions().get(i);
            assertEquals(a.type(), b.type(), "direction of row " + i);
            assertEquals(wholeDigits(a.amount()), wholeDigits(b.amount()), "whole digits of row " + i + "'s amount");
        }
        Copies.sameWordBoxes(before.document(), redacted.get().copy());
    }

    /**
     * HDFC's summary counts the debits: a thousand or more is a number of four digits, which the text rules
     * invent like any other. The copy prints the same rows, so it must print the same counts, or its summary
     * disagrees with its rows and the copy reads UNVERIFIED (two long real statements did).
     */
    @Example
    void aSummaryCountingAThousandDebitsOrMoreIsKept() {
        GeneratedStatement s = Statements.forLayout(Layout.HDFC_LEGACY, StatementShape.defaults().rows(1060, 1070).overdraft(0))
                .generator(1000).next(new Random(17)).value();
        // debits all but every 25th row, from an opening balance that covers them all
        List<Transaction> rows = s.transactions().zipWithIndex().map(t -> new Transaction(t._1.date(), t._1.valueDate(),
                t._1.note(), t._1.reference(), t._2 % 25 == 24 ? TransactionType.CREDIT : TransactionType.DEBIT, t._1.amount(),
                Option.none()));
        BigDecimal opening = rows.map(Transaction::amount).fold(BigDecimal.ONE, BigDecimal::add);
        GeneratedStatement statement = GeneratedStatement.consistent(s.layout(), s.bank(), s.identity(), s.declaredPeriod(),
                opening, rows, s.options());
        byte[] original = StatementRenderer.render(statement, RenderOptions.defaults());
        StatementRead before = Copies.read(original);
        assertEquals(Verdict.VERIFIED, before.verification().verdict(), "the original reads verified");
        assertTrue(before.parsed().summary().get().debitCount() >= 1000, "the summary counts a thousand debits or more");

        Either<String, Redactor.Redaction> redacted = Redactors.REDACTOR.redact(original, Option.none(), new Random(5));
        assertTrue(redacted.isRight(), () -> redacted.getLeft());
        StatementRead after = redacted.get().copyRead().get();
        assertEquals(before.parsed().summary().get().debitCount(), after.parsed().summary().get().debitCount(), "debit count");
        assertEquals(Verdict.VERIFIED, after.verification().verdict(), () -> "the copy reads verified: " + after.verification().describe());
        assertEquals(before.parsed().transactions().size(), after.parsed().transactions().size(), "rows");
    }

    /** A summary counting as many debits as credits: the two counts are one number (the redactor failed on it). */
    @Example
    void aSummaryCountingAsManyDebitsAsCreditsIsKept() {
        GeneratedStatement s = Statements.forLayout(Layout.HDFC_LEGACY, StatementShape.defaults().rows(12, 12).overdraft(0))
                .generator(1000).next(new Random(17)).value();
        List<Transaction> rows = s.transactions().zipWithIndex().map(t -> new Transaction(t._1.date(), t._1.valueDate(),
                t._1.note(), t._1.reference(), t._2 % 2 == 0 ? TransactionType.CREDIT : TransactionType.DEBIT, t._1.amount(),
                Option.none()));
        List<Transaction> even = rows.size() % 2 == 0 ? rows : rows.init();
        BigDecimal opening = even.map(Transaction::amount).fold(BigDecimal.ONE, BigDecimal::add);
        GeneratedStatement statement = GeneratedStatement.consistent(s.layout(), s.bank(), s.identity(), s.declaredPeriod(),
                opening, even, s.options());
        StatementRead before = Copies.read(StatementRenderer.render(statement, RenderOptions.defaults()));
        assertEquals(before.parsed().summary().get().debitCount(), before.parsed().summary().get().creditCount(), "equal counts");

        Either<String, Redactor.Redaction> redacted = Redactors.REDACTOR.redact(
                StatementRenderer.render(statement, RenderOptions.defaults()), Option.none(), new Random(5));
        assertTrue(redacted.isRight(), () -> redacted.getLeft());
        StatementRead after = redacted.get().copyRead().get();
        assertEquals(Verdict.VERIFIED, after.verification().verdict(), () -> "the copy reads verified: " + after.verification().describe());
        assertEquals(even.size() / 2, after.parsed().summary().get().debitCount(), "debit count");
    }

    /**
     * A bank that prints each number in its shortest form, at least one decimal ({@code 1,234.5} for
     * {@code 1,234.50}, {@code 500.0}, beside {@code 123.45}), seen through a reader that shows the rendered
     * statement's words so. The coarsest printed decimal is then 0.1: new amounts of whole tenths for old
     * ones with paise moved the balances by paise that their one-decimal words round away, and the copy
     * broke there (a long real statement did).
     */
    @Example
    void amountsPrintedInTheirShortestFormKeepTheChain() {
        GeneratedStatement s = Statements.forLayout(Layout.GENERIC_DEBIT_CREDIT, StatementShape.defaults().rows(150, 160).overdraft(0))
                .generator(1000).next(new Random(23)).value();
        // whole rupees on even rows (printed 500.0), paise on odd ones: balances end in every digit of paise
        List<Transaction> rows = s.transactions().zipWithIndex().map(t -> new Transaction(t._1.date(), t._1.valueDate(),
                t._1.note(), t._1.reference(), t._1.type(), t._1.amount().setScale(0, RoundingMode.DOWN).max(BigDecimal.ONE)
                .add(BigDecimal.valueOf(t._2 % 2 == 0 ? 0 : 1 + t._2 % 97, 2)), Option.none()));
        BigDecimal opening = rows.map(Transaction::amount).fold(BigDecimal.ONE, BigDecimal::add);
        GeneratedStatement statement = GeneratedStatement.consistent(s.layout(), s.bank(), s.identity(), s.declaredPeriod(),
                opening, rows, s.options());
        byte[] original = StatementRenderer.render(statement, RenderOptions.defaults());
        var reader = new ShortestForm(Redactors.READER);
        var reading = new ReadStatement(reader, ParserRegistry.load(getClass().getClassLoader()),
                (document, parsed, bank) -> List.empty(), new SimpleNameMatcher());
        StatementRead before = reading.read(ReadRequest.of(original)).get();
        assertEquals(Verdict.VERIFIED, before.verification().verdict(), "the original reads verified");
        assertTrue(ShortestForm.shortened(before.document()) > 10, "numbers printed with one decimal");

        Either<String, Redactor.Redaction> redacted = new Redactor(reader, reading).redact(original, Option.none(), new Random(5));
        assertTrue(redacted.isRight(), () -> redacted.getLeft());
        assertTrue(redacted.get().report().moneyRegenerated(), "money regenerated");
        StatementRead after = reading.read(ReadRequest.of(redacted.get().pdf())).get();
        assertEquals(Verdict.VERIFIED, after.verification().verdict(), () -> "the copy reads verified: " + after.verification().describe());
        assertEquals(before.parsed().transactions().size(), after.parsed().transactions().size(), "rows");
    }

    /** A reader showing every number printed with two decimals, the last a zero, with one ({@code 12.50} as {@code 12.5}). */
    private record ShortestForm(DocumentReader reader) implements DocumentReader {

        private static final String TWO_DECIMALS_LAST_ZERO = "-?[0-9][0-9,]*\\.[0-9]0";

        @Override
        public Either<UploadError, Document> read(byte[] file, Option<String> password) {
            return reader.read(file, password).map(d -> new Document(d.pages().map(p -> new Page(p.number(), p.width(), p.height(),
                    p.lines().map(l -> new Line(l.y(), l.words().map(w -> w.text().matches(TWO_DECIMALS_LAST_ZERO)
                            ? new Word(w.text().substring(0, w.text().length() - 1), w.x(), w.y(), w.width(), w.height(), w.font(), w.size())
                            : w))))), d.metadata(), d.forensics()));
        }

        static int shortened(Document d) {
            return d.pages().flatMap(Page::lines).flatMap(Line::words).count(w -> w.text().matches("-?[0-9][0-9,]*\\.[0-9]"));
        }
    }

    /**
     * The statement with every debit taking the balance down to a small remainder (1 to 99 rupees), as a
     * salary account spent to the bone each month, and every tenth debit and the last row to exactly zero:
     * the balances the chain must keep above zero are small beside the amounts, and a zero must stay zero.
     */
    static GeneratedStatement drained(GeneratedStatement s, Random random) {
        List<Transaction> rows = List.empty();
        BigDecimal balance = s.openingBalance().abs();
        int debits = 0;
        for (int i = 0; i < s.transactions().size(); i++) {
            Transaction t = s.transactions().get(i);
            BigDecimal amount = t.amount();
            if (t.type() == TransactionType.DEBIT || i == s.transactions().size() - 1) {
                t = new Transaction(t.date(), t.valueDate(), t.note(), t.reference(), TransactionType.DEBIT, amount, t.balance());
                boolean zero = ++debits % 10 == 0 || i == s.transactions().size() - 1;
                BigDecimal remainder = zero ? BigDecimal.ZERO.setScale(2) : BigDecimal.valueOf(100 + random.nextInt(9900), 2);
                amount = balance.subtract(remainder);
                if (amount.compareTo(BigDecimal.ONE) < 0) {
                    amount = t.amount();
                    t = new Transaction(t.date(), t.valueDate(), t.note(), t.reference(), TransactionType.CREDIT, amount, t.balance());
                }
            }
            balance = balance.add(t.type() == TransactionType.CREDIT ? amount : amount.negate());
            rows = rows.append(new Transaction(t.date(), t.valueDate(), t.note(), t.reference(), t.type(), amount, Option.none()));
        }
        return GeneratedStatement.consistent(s.layout(), s.bank(), s.identity(), s.declaredPeriod(), s.openingBalance().abs(), rows,
                s.options());
    }

    private static int wholeDigits(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.DOWN).toPlainString().length();
    }
}
