package dev.passbook.testkit.arbitraries;

import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Account holders in a bank's own formats: account number length (HDFC 14, SBI 11, ICICI 12,
 * Axis 15, Kotak 10 digits), IFSC {@code PREFIX0} + 6 digits, 9-digit MICR with the bank's code in
 * the middle, customer id. The address is its printed lines joined with {@code \n}.
 *
 * <pre>{@code
 * @Property(tries = 50)
 * void readsIdentity(@ForAll("hdfc") Identity id) { ... }
 * @Provide Arbitrary<Identity> hdfc() { return Identities.forBank("hdfc"); }
 * }</pre>
 */
public final class Identities {

    private Identities() {
    }

    public static Arbitrary<Identity> forBank(String bankId) {
        return forBank(bankId, false);
    }

    /** {@code overdraft}: the account has an OD limit (and its statements may go negative). */
    public static Arbitrary<Identity> forBank(String bankId, boolean overdraft) {
        return forBank(BankFormat.require(bankId), overdraft);
    }

    /** Holders of any bank, built-in or not, in its {@link BankFormat}. */
    public static Arbitrary<Identity> forBank(BankFormat f, boolean overdraft) {
        Arbitrary<BigDecimal> odLimit = overdraft
                ? Arbitraries.integers().between(1, 50).map(n -> Money.of(BigDecimal.valueOf(n * 50_000L)))
                : Arbitraries.just(Money.ZERO);
        Arbitrary<LocalDate> opened = Arbitraries.integers().between(0, 18 * 365).map(d -> LocalDate.of(2005, 1, 1).plusDays(d));
        return Combinators.combine(accountNumber(f), Names.withTitle(), Addresses.lines(), ifsc(f), micr(f),
                        customerId(f), Arbitraries.of(f.branches().asJava()), odLimit)
                .flatAs((account, name, address, ifsc, micr, cust, branch, od) -> opened.map(open ->
                        new Identity(account, name, String.join("\n", address), Option.some(ifsc), Option.some(micr),
                                AccountCategory.INDIVIDUAL, Money.ZERO, od, Option.some(cust), Option.some(branch),
                                Option.some(open), "INR")));
    }

    public static Arbitrary<String> accountNumber(BankFormat f) {
        return digits(f.accountDigits() - f.accountPrefix().length()).map(d -> f.accountPrefix() + d)
                .filter(n -> !n.matches("0+"));
    }

    /** {@code HDFC0001234}: four letters, a zero, six branch characters. */
    public static Arbitrary<String> ifsc(BankFormat f) {
        return digits(6).filter(d -> !d.equals("000000")).map(d -> f.bank().ifscPrefix() + "0" + d);
    }

    /** City code, the bank's code, branch code: 9 digits. */
    public static Arbitrary<String> micr(BankFormat f) {
        return Combinators.combine(Arbitraries.integers().between(110, 855), digits(3))
                .as((city, branch) -> city + f.micrBankCode() + branch);
    }

    public static Arbitrary<String> customerId(BankFormat f) {
        return Arbitraries.integers().between(1, 9).flatMap(first -> digits(f.customerIdDigits() - 1).map(d -> first + d));
    }

    static Arbitrary<String> digits(int n) {
        return Arbitraries.strings().numeric().ofLength(n);
    }
}
