package dev.passbook.testkit.contract;

import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.StatementSummary;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.IdentityField;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * Every way a parser's {@link ParsedStatement} differs from the {@link GeneratedStatement} it was
 * rendered from, as readable lines; empty when they agree. Text is compared after whitespace
 * normalisation (addresses also ignore commas between lines); amounts must have scale 2 and equal
 * value; only identity fields in {@code fields} are checked.
 */
public final class StatementDifferences {

    private StatementDifferences() {
    }

    public static List<String> between(GeneratedStatement truth, ParsedStatement parsed, Set<IdentityField> fields) {
        List<String> out = List.empty();
        out = out.appendAll(identity(truth.identity(), parsed.identity(), fields));
        // a figure the layout does not print must come back as none: the truth's opening balance then only
        // seeds the printed balances, and a parser deriving one from the first row would report what is not printed
        out = out.appendAll(eq("declared period", Option.some(truth.declaredPeriod()).filter(p -> truth.layout().printsPeriod()),
                parsed.declaredPeriod(), StatementDifferences::period));
        out = out.appendAll(money("opening balance", Option.some(truth.openingBalance()).filter(o -> truth.layout().printsOpening()),
                parsed.openingBalance()));
        out = out.appendAll(money("closing balance", Option.some(truth.closingBalance()), parsed.closingBalance()));
        if (truth.layout().printsSummary()) {
            out = out.appendAll(summary(truth.summary(), parsed.summary()));
        }
        List<Transaction> want = truth.transactions();
        List<Transaction> got = parsed.transactions();
        if (want.size() != got.size()) {
            out = out.append("transactions: expected " + want.size() + " rows, parsed " + got.size());
        }
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            out = out.appendAll(row(i, want.get(i), got.get(i)));
        }
        return out;
    }

    /** Collapses runs of whitespace to one space and trims; {@code null} stays {@code null}. */
    public static String normalise(String s) {
        return s == null ? null : s.strip().replaceAll("\\s+", " ");
    }

    static String normaliseAddress(String s) {
        return s == null ? null : normalise(s.replaceAll("\\s*,\\s*", " ")).toUpperCase(Locale.ROOT);
    }

    private static List<String> identity(Identity want, Identity got, Set<IdentityField> fields) {
        if (got == null) {
            return List.of("identity: parsed none");
        }
        List<String> out = List.empty();
        for (IdentityField f : fields) {
            out = out.appendAll(switch (f) {
                case ACCOUNT_NUMBER -> text("identity.accountNumber", want.accountNumber(), got.accountNumber());
                case NAME -> text("identity.name", want.name(), got.name());
                case ADDRESS -> same("identity.address", normaliseAddress(want.address()), normaliseAddress(got.address()));
                case IFSC -> opt("identity.ifsc", want.ifsc(), got.ifsc());
                case MICR -> opt("identity.micr", want.micr(), got.micr());
                case CUSTOMER_ID -> opt("identity.customerId", want.customerId(), got.customerId());
                case BRANCH -> opt("identity.branch", want.branch(), got.branch());
                case ACCOUNT_OPENING_DATE -> same("identity.accountOpeningDate", want.accountOpeningDate(),
                        got.accountOpeningDate());
                case OD_LIMIT -> money("identity.odLimit", Option.of(want.odLimit()), Option.of(got.odLimit()));
                case CURRENCY -> text("identity.currency", want.currency(), got.currency());
            });
        }
        return out;
    }

    private static List<String> row(int i, Transaction want, Transaction got) {
        String at = "row " + i + " (" + want.date() + ", " + abbreviate(want.note()) + ")";
        return List.<String>empty()
                .appendAll(same(at + " date", want.date(), got.date()))
                .appendAll(same(at + " valueDate", want.valueDate(), got.valueDate()))
                .appendAll(text(at + " note", want.note(), got.note()))
                .appendAll(opt(at + " reference", want.reference(), got.reference()))
                .appendAll(same(at + " type", want.type(), got.type()))
                .appendAll(money(at + " amount", Option.of(want.amount()), Option.of(got.amount())))
                .appendAll(money(at + " balance", want.balance(), got.balance()));
    }

    private static List<String> summary(StatementSummary want, Option<StatementSummary> got) {
        if (got == null || got.isEmpty()) {
            return List.of("summary: expected " + want + ", parsed none");
        }
        StatementSummary g = got.get();
        return List.<String>empty()
                .appendAll(money("summary.openingBalance", Option.of(want.openingBalance()), Option.of(g.openingBalance())))
                .appendAll(same("summary.debitCount", want.debitCount(), g.debitCount()))
                .appendAll(same("summary.creditCount", want.creditCount(), g.creditCount()))
                .appendAll(money("summary.debits", Option.of(want.debits()), Option.of(g.debits())))
                .appendAll(money("summary.credits", Option.of(want.credits()), Option.of(g.credits())))
                .appendAll(money("summary.closingBalance", Option.of(want.closingBalance()), Option.of(g.closingBalance())));
    }

    private static List<String> money(String what, Option<BigDecimal> want, Option<BigDecimal> got) {
        if (got == null) {
            return List.of(what + ": parsed null (use Option.none())");
        }
        if (want.isDefined() && got.isDefined()) {
            BigDecimal w = want.get();
            BigDecimal g = got.get();
            if (g == null) {
                return List.of(what + ": parsed null");
            }
            if (!Money.isMoney(g)) {
                return List.of(what + ": parsed " + g.toPlainString() + " with scale " + g.scale() + ", money has scale 2");
            }
            return w.compareTo(g) == 0 ? List.empty() : List.of(what + ": expected " + w.toPlainString() + ", parsed " + g.toPlainString());
        }
        return want.isDefined() == got.isDefined() ? List.empty()
                : List.of(what + ": expected " + show(want) + ", parsed " + show(got));
    }

    private static List<String> opt(String what, Option<String> want, Option<String> got) {
        if (got == null) {
            return List.of(what + ": parsed null (use Option.none())");
        }
        return same(what, want.map(StatementDifferences::normalise), got.map(StatementDifferences::normalise));
    }

    private static List<String> text(String what, String want, String got) {
        return same(what, normalise(want), normalise(got));
    }

    private static <T> List<String> eq(String what, Option<T> want, Option<T> got, java.util.function.Function<T, String> show) {
        if (got == null) {
            return List.of(what + ": parsed null (use Option.none())");
        }
        return Objects.equals(want, got) ? List.empty()
                : List.of(what + ": expected " + want.map(show).getOrElse("none") + ", parsed " + got.map(show).getOrElse("none"));
    }

    private static List<String> same(String what, Object want, Object got) {
        return Objects.equals(want, got) ? List.empty()
                : List.of(what + ": expected " + show(want) + ", parsed " + show(got));
    }

    private static String show(Object o) {
        if (o instanceof Option<?> opt) {
            return opt.map(StatementDifferences::show).getOrElse("none");
        }
        if (o instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return o instanceof String s ? "\"" + s + "\"" : String.valueOf(o);
    }

    private static String period(DateRange r) {
        return r.from() + ".." + r.to();
    }

    private static String abbreviate(String s) {
        return s.length() <= 24 ? s : s.substring(0, 24) + "…";
    }
}
