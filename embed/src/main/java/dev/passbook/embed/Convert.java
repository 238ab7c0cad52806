package dev.passbook.embed;

import dev.passbook.core.application.ReadRefusal;
import dev.passbook.core.application.StatementRead;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.domain.Verification;
import dev.passbook.core.spi.ParsedStatement;

import java.time.LocalDate;
import java.util.OptionalInt;

/** Core's vavr-typed results turned into the facade's plain Java records. */
final class Convert {

    private Convert() {
    }

    static BankStatement statement(StatementRead read) {
        ParsedStatement parsed = read.parsed();
        io.vavr.collection.List<LocalDate> dates = parsed.transactions().map(dev.passbook.core.domain.Transaction::date);
        LocalDate first = dates.min().get();
        LocalDate last = dates.max().get();
        Verification v = read.verification();
        return new BankStatement(read.bankId(), read.chosen().parser().id(), parsed.layoutId(), read.document().pageCount(),
                holder(parsed.identity()),
                parsed.declaredPeriod().map(p -> p.from()).getOrElse(first),
                parsed.declaredPeriod().map(p -> p.to()).getOrElse(last),
                parsed.declaredPeriod().isDefined(), first, last,
                parsed.openingBalance().toJavaOptional(), parsed.closingBalance().toJavaOptional(),
                parsed.transactions().map(Convert::transaction).toJavaList(),
                v.verified() ? Verdict.VERIFIED : Verdict.UNVERIFIED,
                new Check(v.balancesChecked(), v.balanceBreaks(), optionalInt(v.firstBreak().map(b -> b.row())),
                        optionalInt(v.firstBreak().map(b -> b.page()).filter(p -> p > 0)), v.totals().wire(), v.describe()),
                read.signals().map(Convert::signal).toJavaList(),
                FraudSignal.fraudType(read.signals()).toJavaOptional(),
                read.nameMatches().map(m -> new NameMatch(m.name(), m.matchedName(), m.score(), m.matched())).toJavaList());
    }

    private static AccountHolder holder(Identity i) {
        return new AccountHolder(i.name(), i.accountNumber(), i.maskedAccountNumber(), i.address(),
                i.ifsc().toJavaOptional(), i.micr().toJavaOptional(), i.accountCategory().wire(), i.creditLimit(),
                i.odLimit(), i.customerId().toJavaOptional(), i.branch().toJavaOptional(),
                i.accountOpeningDate().toJavaOptional(), i.currency());
    }

    private static Transaction transaction(dev.passbook.core.domain.Transaction t) {
        return new Transaction(t.date(), t.valueDate().toJavaOptional(), t.note(), t.reference().toJavaOptional(),
                t.type() == TransactionType.CREDIT ? Transaction.Type.CREDIT : Transaction.Type.DEBIT, t.amount(),
                t.balance().toJavaOptional());
    }

    private static Signal signal(FraudSignal s) {
        return new Signal(s.type(), s.category(), s.severity(), s.evidence());
    }

    static Refusal refusal(ReadRefusal r) {
        return new Refusal(r.error().code(), r.error().message(), r.stage().label(), r.reason(),
                optionalInt(r.at().map(p -> p.page()).filter(p -> p > 0)), r.bankId().toJavaOptional(),
                r.detections().map(d -> d.parserId() + ": " + d.confidence()
                        + d.bankId().map(b -> " (" + b + ")").getOrElse("")).toJavaList());
    }

    private static OptionalInt optionalInt(io.vavr.control.Option<Integer> value) {
        return value.isDefined() ? OptionalInt.of(value.get()) : OptionalInt.empty();
    }

}
