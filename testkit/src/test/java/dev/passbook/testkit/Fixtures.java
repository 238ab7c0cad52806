package dev.passbook.testkit;

import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.Bank;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/** Hand-written statements with known figures, for exact assertions on rendered text. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Identity hdfcIdentity() {
        return new Identity("50100123456789", "MRS PRIYA SHARMA", "FLAT NO 12 SUNRISE APARTMENTS\nMG ROAD\nPUNE 411001\nMAHARASHTRA INDIA",
                Option.some("HDFC0001234"), Option.some("411240002"), AccountCategory.INDIVIDUAL, Money.ZERO, Money.ZERO,
                Option.some("87654321"), Option.some("KOTHRUD"), Option.some(LocalDate.of(2015, 5, 12)), "INR");
    }

    public static Identity identityFor(String ifsc, String account) {
        Identity h = hdfcIdentity();
        return new Identity(account, h.name(), h.address(), Option.some(ifsc), Option.some("400002003"),
                AccountCategory.INDIVIDUAL, Money.ZERO, Money.ZERO, Option.some("12345678901"), Option.none(),
                Option.none(), "INR");
    }

    public static Transaction row(LocalDate date, String note, String ref, TransactionType type, String amount) {
        return new Transaction(date, Option.some(date), note, Option.some(ref), type, Money.of(amount), Option.none());
    }

    /**
     * Leap-year February 2024 plus the 1st of March: big enough balances that Indian and western
     * grouping differ (12,34,567.89 vs 1,234,567.89), a long narration, interest on the 1st.
     */
    public static GeneratedStatement hdfc(Layout layout) {
        List<Transaction> rows = List.of(
                row(LocalDate.of(2024, 2, 1), "UPI-RAHULSHARMA-RAHUL12@OKICICI-ICIC0001234-412345678901-GROCERIES",
                        "0000412345678901", TransactionType.DEBIT, "1500.50"),
                row(LocalDate.of(2024, 2, 29), "NEFT CR-CITI0100000-ACME TECHNOLOGIES PVT LTD-PRIYA SHARMA-CITIN24012345678",
                        "N123456789012345", TransactionType.CREDIT, "250000.00"),
                row(LocalDate.of(2024, 2, 29), "ATW-512345XXXXXX1234-S1ANPU01-PUNE", "000000000123456",
                        TransactionType.DEBIT, "2000.00"),
                row(LocalDate.of(2024, 3, 1), "INTEREST PAID TILL 29-FEB-2024", "000000000000000",
                        TransactionType.CREDIT, "812.34"));
        List<Transaction> fitted = rows.map(t -> new Transaction(t.date(), layout.printsValueDate() ? t.valueDate() : Option.none(),
                layout.wrap().fit(t.note()), layout.references() == Layout.References.ZERO_PADDED ? t.reference() : Option.none(), t.type(), t.amount(), t.balance()));
        Bank bank = new Bank("hdfc", "HDFC Bank", "HDFC");
        return GeneratedStatement.consistent(layout, bank, hdfcIdentity(),
                DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)), Money.of("1234567.89"), fitted,
                StatementOptions.plain(LocalDateTime.of(2024, 3, 2, 23, 4, 36)));
    }

    /** 12,34,567.89 style, written independently of core's Amounts. */
    public static String indian(BigDecimal v) {
        String[] parts = v.abs().setScale(2).toPlainString().split("\\.");
        String w = parts[0];
        String grouped = w.length() <= 3 ? w
                : w.substring(0, w.length() - 3).replaceAll("\\B(?=(\\d{2})+$)", ",") + "," + w.substring(w.length() - 3);
        return (v.signum() < 0 ? "-" : "") + grouped + "." + parts[1];
    }

    public static String western(BigDecimal v) {
        return String.format(Locale.US, "%,.2f", v);
    }
}
