package dev.passbook.testkit.arbitraries;

import dev.passbook.core.domain.Bank;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * How one bank numbers things: account number length and leading digits, the bank's 3-digit MICR
 * code, customer-id length, and some branch names. Formats follow what the banks print; the numbers
 * generated from them are synthetic. The constants are the banks the built-in layouts are drawn for;
 * any other bank is a new value (a {@link dev.passbook.testkit.Layout} carries its banks' formats):
 *
 * <pre>{@code
 * BankFormat acme = new BankFormat(new Bank("acme", "Acme Bank", "ACME"), 12, "7", "555", 8, List.of("HIGH STREET"));
 * }</pre>
 */
public record BankFormat(Bank bank, int accountDigits, String accountPrefix, String micrBankCode,
                         int customerIdDigits, List<String> branches) {

    public static final BankFormat HDFC = new BankFormat(new Bank("hdfc", "HDFC Bank", "HDFC"), 14, "501",
            "240", 8, List.of("ANDHERI EAST", "KORAMANGALA", "CONNAUGHT PLACE", "BANJARA HILLS", "ANNA NAGAR", "KOTHRUD"));
    public static final BankFormat SBI = new BankFormat(new Bank("sbi", "State Bank of India", "SBIN"), 11, "3",
            "002", 11, List.of("MAIN BRANCH", "CIVIL LINES", "SECTOR 17", "MG ROAD", "T NAGAR"));
    public static final BankFormat ICICI = new BankFormat(new Bank("icici", "ICICI Bank", "ICIC"), 12, "0",
            "229", 9, List.of("BANDRA KURLA COMPLEX", "MARATHAHALLI", "SALT LAKE", "VASHI"));
    public static final BankFormat AXIS = new BankFormat(new Bank("axis", "Axis Bank", "UTIB"), 15, "91",
            "211", 9, List.of("WORLI", "INDIRANAGAR", "ELLIS BRIDGE", "GOMTI NAGAR"));
    public static final BankFormat KOTAK = new BankFormat(new Bank("kotak", "Kotak Mahindra Bank", "KKBK"), 10, "",
            "485", 9, List.of("NARIMAN POINT", "JAYANAGAR", "ALKAPURI", "VIMAN NAGAR"));

    /** The built-in banks, which {@link #forBank} and {@link #require} look up by id. */
    public static final List<BankFormat> ALL = List.of(HDFC, SBI, ICICI, AXIS, KOTAK);

    public BankFormat {
        if (accountDigits <= accountPrefix.length() || micrBankCode.length() != 3 || customerIdDigits < 2
                || branches.isEmpty() || bank.ifscPrefix().length() != 4) {
            throw new IllegalArgumentException("inconsistent bank format for " + bank.id());
        }
    }

    public static Option<BankFormat> forBank(String bankId) {
        return ALL.find(f -> f.bank().id().equals(bankId));
    }

    public static BankFormat require(String bankId) {
        return forBank(bankId).getOrElseThrow(() -> new IllegalArgumentException(
                "no format for bank " + bankId + "; known: " + ALL.map(f -> f.bank().id()).mkString(", ")));
    }
}
