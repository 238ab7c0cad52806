package dev.passbook.redact;

import dev.passbook.core.application.ReadRefusal;
import dev.passbook.core.application.StatementRead;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.StatementSummary;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What Passbook reads from a statement, as stable JSON text: bank, layout, pages, verdict and its
 * figures, identity, period, balances, summary and every transaction; or the refusal's error code and
 * stage. Written next to a redacted copy ({@code OUT.expected.json}) and compared exactly, character for
 * character, by the fixture test: any change in what the parsers read shows as a diff.
 */
public final class ExpectedJson {

    private ExpectedJson() {
    }

    public static String of(Either<ReadRefusal, StatementRead> read) {
        StringBuilder b = new StringBuilder("{\n");
        if (read.isLeft()) {
            ReadRefusal r = read.getLeft();
            field(b, "error", str(r.error().errorCode().name()), true);
            field(b, "stage", str(r.stage().name()), false);
            return b.append("}\n").toString();
        }
        StatementRead s = read.get();
        ParsedStatement p = s.parsed();
        field(b, "bank", str(s.bankId()), true);
        field(b, "layout", str(p.layoutId()), true);
        field(b, "pages", Integer.toString(s.document().pageCount()), true);
        field(b, "verdict", str(s.verification().verdict().name()), true);
        field(b, "balances_checked", Integer.toString(s.verification().balancesChecked()), true);
        field(b, "balance_breaks", Integer.toString(s.verification().balanceBreaks()), true);
        field(b, "totals", str(s.verification().totals().wire()), true);
        Identity id = p.identity();
        b.append("  \"identity\": {")
                .append("\"account_number\": ").append(str(id.accountNumber()))
                .append(", \"name\": ").append(str(id.name()))
                .append(", \"address\": ").append(str(id.address()))
                .append(", \"ifsc\": ").append(opt(id.ifsc()))
                .append(", \"micr\": ").append(opt(id.micr()))
                .append(", \"customer_id\": ").append(opt(id.customerId()))
                .append(", \"branch\": ").append(opt(id.branch()))
                .append(", \"category\": ").append(str(id.accountCategory().name()))
                .append(", \"currency\": ").append(str(id.currency()))
                .append("},\n");
        field(b, "period", p.declaredPeriod().map(ExpectedJson::range).getOrElse("null"), true);
        field(b, "opening_balance", money(p.openingBalance()), true);
        field(b, "closing_balance", money(p.closingBalance()), true);
        field(b, "summary", p.summary().map(ExpectedJson::summary).getOrElse("null"), true);
        b.append("  \"transactions\": [");
        List<String> rows = new ArrayList<>();
        for (Transaction t : p.transactions()) {
            rows.add("\n    {\"date\": " + str(t.date().toString())
                    + ", \"value_date\": " + opt(t.valueDate().map(Object::toString))
                    + ", \"type\": " + str(t.type().name().toLowerCase(java.util.Locale.ROOT))
                    + ", \"amount\": " + t.amount().toPlainString()
                    + ", \"balance\": " + money(t.balance())
                    + ", \"reference\": " + opt(t.reference())
                    + ", \"note\": " + str(t.note()) + "}");
        }
        b.append(String.join(",", rows)).append(rows.isEmpty() ? "]\n" : "\n  ]\n");
        return b.append("}\n").toString();
    }

    private static String range(DateRange r) {
        return "{\"from\": " + str(r.from().toString()) + ", \"to\": " + str(r.to().toString()) + "}";
    }

    private static String summary(StatementSummary s) {
        return "{\"opening_balance\": " + s.openingBalance().toPlainString() + ", \"debit_count\": " + s.debitCount()
                + ", \"credit_count\": " + s.creditCount() + ", \"debits\": " + s.debits().toPlainString()
                + ", \"credits\": " + s.credits().toPlainString() + ", \"closing_balance\": "
                + s.closingBalance().toPlainString() + "}";
    }

    private static void field(StringBuilder b, String name, String value, boolean comma) {
        b.append("  \"").append(name).append("\": ").append(value).append(comma ? ",\n" : "\n");
    }

    private static String money(Option<BigDecimal> v) {
        return v.map(BigDecimal::toPlainString).getOrElse("null");
    }

    private static String opt(Option<String> v) {
        return v.map(ExpectedJson::str).getOrElse("null");
    }

    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
