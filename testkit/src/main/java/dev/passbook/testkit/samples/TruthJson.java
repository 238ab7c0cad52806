package dev.passbook.testkit.samples;

import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.spi.StatementSummary;
import dev.passbook.testkit.GeneratedStatement;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.math.BigDecimal;

/**
 * The truth of a generated statement as JSON (snake_case, amounts as numbers with two decimals,
 * dates ISO), written by hand so the testkit needs no JSON library.
 */
public final class TruthJson {

    private TruthJson() {
    }

    public static String write(GeneratedStatement s) {
        Identity id = s.identity();
        StatementSummary sum = s.summary();
        StringBuilder b = new StringBuilder("{\n");
        field(b, 1, "layout", str(s.layout().id()), true);
        field(b, 1, "bank", str(s.bank().id()), true);
        b.append("  \"identity\": {\n");
        field(b, 2, "account_number", str(id.accountNumber()), true);
        field(b, 2, "name", str(id.name()), true);
        field(b, 2, "address", "[" + List.of(id.address().split("\n")).map(TruthJson::str).mkString(", ") + "]", true);
        field(b, 2, "ifsc", opt(id.ifsc()), true);
        field(b, 2, "micr", opt(id.micr()), true);
        field(b, 2, "customer_id", opt(id.customerId()), true);
        field(b, 2, "branch", opt(id.branch()), true);
        field(b, 2, "account_opening_date", opt(id.accountOpeningDate().map(Object::toString)), true);
        field(b, 2, "od_limit", num(id.odLimit()), true);
        field(b, 2, "currency", str(id.currency()), false);
        b.append("  },\n");
        b.append("  \"printed_identity_fields\": [")
                .append(s.layout().printedIdentity().toList().map(f -> str(f.name().toLowerCase(java.util.Locale.ROOT))).mkString(", "))
                .append("],\n");
        b.append("  \"declared_period\": {\"from\": ").append(str(s.declaredPeriod().from().toString()))
                .append(", \"to\": ").append(str(s.declaredPeriod().to().toString())).append("},\n");
        field(b, 1, "opening_balance", num(s.openingBalance()), true);
        field(b, 1, "closing_balance", num(s.closingBalance()), true);
        b.append("  \"summary\": {\"opening_balance\": ").append(num(sum.openingBalance()))
                .append(", \"debit_count\": ").append(sum.debitCount())
                .append(", \"credit_count\": ").append(sum.creditCount())
                .append(", \"debits\": ").append(num(sum.debits()))
                .append(", \"credits\": ").append(num(sum.credits()))
                .append(", \"closing_balance\": ").append(num(sum.closingBalance()))
                .append(", \"printed\": ").append(s.layout().printsSummary()).append("},\n");
        field(b, 1, "overdraft", Boolean.toString(s.options().overdraft()), true);
        b.append("  \"printing\": {\"balance_markers\": ").append(s.options().balanceMarkers())
                .append(", \"dotted_dates\": ").append(s.options().dottedDates())
                .append(", \"alternate_labels\": ").append(s.options().alternateLabels())
                .append(", \"offset_holder_block\": ").append(s.options().offsetHolderBlock())
                .append(", \"left_aligned_amounts\": ").append(s.options().leftAlignedAmounts())
                .append(", \"generated_on\": ").append(str(s.options().generatedOn().toString())).append("},\n");
        field(b, 1, "edited_balance_row", s.options().editedBalanceRow().map(Object::toString).getOrElse("null"), true);
        b.append("  \"transactions\": [\n");
        List<Transaction> rows = s.transactions();
        for (int i = 0; i < rows.size(); i++) {
            Transaction t = rows.get(i);
            b.append("    {\"date\": ").append(str(t.date().toString()))
                    .append(", \"value_date\": ").append(opt(t.valueDate().map(Object::toString)))
                    .append(", \"note\": ").append(str(t.note()))
                    .append(", \"reference\": ").append(opt(t.reference()))
                    .append(", \"type\": ").append(str(t.type().wire()))
                    .append(", \"amount\": ").append(num(t.amount()))
                    .append(", \"balance\": ").append(t.balance().map(TruthJson::num).getOrElse("null"))
                    .append(i == rows.size() - 1 ? "}\n" : "},\n");
        }
        return b.append("  ]\n}\n").toString();
    }

    private static void field(StringBuilder b, int depth, String name, String value, boolean comma) {
        b.append("  ".repeat(depth)).append(str(name)).append(": ").append(value).append(comma ? ",\n" : "\n");
    }

    static String num(BigDecimal v) {
        return v.toPlainString();
    }

    static String opt(Option<String> v) {
        return v.map(TruthJson::str).getOrElse("null");
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
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
