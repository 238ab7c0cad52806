package dev.passbook.testkit.arbitraries;

import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.TransactionType;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Narrations in the shapes Indian banks print ({@code UPI-…}, {@code NEFT CR-…}, {@code IMPS-…},
 * {@code RTGS …}, {@code ATW-…}, {@code POS …}, {@code ACH D- …}, {@code INTEREST PAID TILL …},
 * {@code CHQ DEP …}); UPI, NEFT and RTGS ones are long enough to wrap over several lines.
 * Counterparties are synthetic.
 */
public final class Narrations {

    static final List<String> HANDLES = List.of("OKICICI", "OKSBI", "OKHDFCBANK", "OKAXIS", "YBL", "PAYTM", "IBL", "AXL");
    static final List<String> REMARKS = List.of("UPI", "PAYMENT FROM PHONE", "SENT USING PAYTM UPI", "RENT", "GROCERIES",
            "NA", "COLLECT REQUEST", "MILK BILL", "SCHOOL FEES APRIL");
    static final List<String> COMPANIES = List.of("ACME TECHNOLOGIES PVT LTD", "BRIGHTPATH SOFTWARE SERVICES LLP",
            "SUNSHINE TRADERS", "NORTHWIND LOGISTICS PRIVATE LIMITED", "LOTUS HEALTHCARE LTD", "MAPLE CONSULTING");
    static final List<String> MERCHANTS = List.of("BIG BAZAAR", "RELIANCE SMART", "DMART AVENUE", "SWIGGY", "ZOMATO LTD",
            "INDIAN OIL PETROL PUMP", "APOLLO PHARMACY", "AMAZON PAY INDIA", "IRCTC");
    static final List<String> LENDERS = List.of("BAJAJ FINANCE LTD", "HDB FINANCIAL SERVICES", "ICICI PRULIFE",
            "LIC OF INDIA", "TATA CAPITAL", "SBI MUTUAL FUND");
    static final List<String> CITIES = List.of("MUMBAI", "PUNE", "BANGALORE", "CHENNAI", "DELHI", "HYDERABAD", "KOLKATA");
    static final List<String> BANKS = List.of("HDFC BANK", "STATE BANK OF INDIA", "ICICI BANK", "AXIS BANK", "KOTAK MAHINDRA BANK");
    private static final DateTimeFormatter TILL = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);

    private Narrations() {
    }

    /** A draft row of {@code kind} dated {@code dayOffset} days after the period start. */
    public static Arbitrary<Draft> draft(TransactionKind kind, Arbitrary<Integer> dayOffset) {
        Arbitrary<TransactionType> type = kind.fixedType().map(Arbitraries::just)
                .getOrElse(() -> Arbitraries.of(TransactionType.DEBIT, TransactionType.CREDIT));
        return Combinators.combine(type, amount(kind), text(kind), reference(kind), dayOffset,
                        Arbitraries.strings().numeric().ofLength(6).filter(s -> !s.equals("000000")))
                .as((t, amount, narration, ref, day, cheque) -> new Draft(kind, t, amount,
                        narration,
                        kind.isCheque() ? cheque : ref,
                        kind.isCheque() ? Option.some(cheque) : Option.none(), day,
                        kind == TransactionKind.CHEQUE_DEPOSIT ? 1 : 0));
    }

    /** The interest credited on the 1st for the month that ended the day before. */
    public static String interest(LocalDate firstOfMonth) {
        return "INTEREST PAID TILL " + TILL.format(firstOfMonth.minusDays(1)).toUpperCase(Locale.ROOT);
    }

    static Arbitrary<BigDecimal> amount(TransactionKind kind) {
        if (kind == TransactionKind.ATM) {
            return Arbitraries.longs().between(1, kind.maxRupees() / 100).map(n -> Money.of(BigDecimal.valueOf(n * 100)));
        }
        Arbitrary<BigDecimal> paise = Arbitraries.bigDecimals()
                .between(BigDecimal.valueOf(kind.minRupees()), BigDecimal.valueOf(kind.maxRupees())).ofScale(2);
        Arbitrary<BigDecimal> round = Arbitraries.longs().between(kind.minRupees(), kind.maxRupees())
                .map(n -> Money.of(BigDecimal.valueOf(n)));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, paise), net.jqwik.api.Tuple.of(2, round));
    }

    static Arbitrary<String> text(TransactionKind kind) {
        Arbitrary<String> name = Names.plain();
        Arbitrary<String> ifsc = Arbitraries.of(BankFormat.ALL.asJava()).flatMap(Identities::ifsc);
        Arbitrary<String> rrn = Identities.digits(12).map(d -> "4" + d.substring(1));
        Arbitrary<String> card = Identities.digits(4).map(d -> "512345XXXXXX" + d);
        return switch (kind) {
            case UPI -> Combinators.combine(name, vpa(), ifsc, rrn, Arbitraries.of(REMARKS))
                    .as((n, v, i, r, remark) -> "UPI-" + n + "-" + v + "-" + i + "-" + r + "-" + remark);
            case NEFT_CR -> Combinators.combine(ifsc, Arbitraries.of(COMPANIES), name, utr())
                    .as((i, c, n, u) -> "NEFT CR-" + i + "-" + c + "-" + n + "-" + u);
            case NEFT_DR -> Combinators.combine(ifsc, name, utr(), Arbitraries.of(REMARKS))
                    .as((i, n, u, remark) -> "NEFT DR-" + i + "-" + n + "-NETBANK, MUM-" + u + "-" + remark);
            case IMPS -> Combinators.combine(rrn, name, Arbitraries.of(BANKS), Identities.digits(4), Arbitraries.of(REMARKS))
                    .as((r, n, b, last4, remark) -> "IMPS-" + r + "-" + n + "-" + b + "-XXXXXXXX" + last4 + "-" + remark);
            case RTGS_CR -> Combinators.combine(ifsc, Arbitraries.of(COMPANIES), name)
                    .as((i, c, n) -> "RTGS CR-" + i + "-" + c + "-" + n);
            case RTGS_DR -> Combinators.combine(ifsc, name, Arbitraries.of(COMPANIES))
                    .as((i, n, c) -> "RTGS DR-" + i + "-" + c + "-NETBANK, MUM-" + n);
            case ATM -> Combinators.combine(card, Identities.digits(2), Arbitraries.of(CITIES))
                    .as((c, id, city) -> "ATW-" + c + "-S1AN" + city.substring(0, 2) + id + "-" + city);
            case POS -> Combinators.combine(card, Arbitraries.of(MERCHANTS)).as((c, m) -> "POS " + c + " " + m);
            case ACH -> Combinators.combine(Arbitraries.of(LENDERS), Identities.digits(12))
                    .as((l, r) -> "ACH D- " + l + "-" + r);
            case CHEQUE_DEPOSIT -> Combinators.combine(Arbitraries.of(CITIES), Arbitraries.of(BANKS))
                    .as((city, bank) -> "CHQ DEP - MICR CTS - " + city + " - " + bank);
            case CHEQUE_PAID -> Combinators.combine(Arbitraries.of(CITIES), name)
                    .as((city, n) -> "CHQ PAID-MICR CTS-" + city.substring(0, 2) + "-" + n);
            case INTEREST -> Arbitraries.just("INTEREST PAID");
        };
    }

    /** Core of the bank's reference: a 12-digit RRN, a 16-character UTR, or 22 characters for RTGS. */
    static Arbitrary<String> reference(TransactionKind kind) {
        return switch (kind) {
            case RTGS_CR, RTGS_DR -> Combinators.combine(Arbitraries.of("HDFCR5", "SBINR5", "ICICR4", "UTIBR5"),
                    Identities.digits(16)).as((p, d) -> p + d);
            case NEFT_CR, NEFT_DR -> Identities.digits(15).map(d -> "N" + d);
            case INTEREST -> Arbitraries.just("0");
            default -> Identities.digits(12).map(d -> "4" + d.substring(1));
        };
    }

    private static Arbitrary<String> utr() {
        return Combinators.combine(Arbitraries.of("CITIN", "SBIN", "HDFCN", "ICICN", "UTIBN"), Identities.digits(11))
                .as((p, d) -> p + d);
    }

    private static Arbitrary<String> vpa() {
        return Combinators.combine(Names.firstName(), Identities.digits(2), Arbitraries.of(HANDLES))
                .as((n, d, h) -> n + d + "@" + h);
    }
}
