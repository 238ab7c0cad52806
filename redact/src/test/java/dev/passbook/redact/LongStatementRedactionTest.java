package dev.passbook.redact;

import dev.passbook.core.application.StatementRead;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.domain.Verdict;
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
 * along the chain until a small balance could no longer keep its side of zero.
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
