package dev.passbook.core.domain;

import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Who holds the account, as printed on the statement. */
public record Identity(String accountNumber, String name, String address, Option<String> ifsc, Option<String> micr,
                       AccountCategory accountCategory, BigDecimal creditLimit, BigDecimal odLimit,
                       Option<String> customerId, Option<String> branch, Option<LocalDate> accountOpeningDate,
                       String currency) {

    /** All but the last four characters replaced by {@code X}. */
    public static String mask(String accountNumber) {
        int keep = Math.min(4, accountNumber.length());
        int hidden = accountNumber.length() - keep;
        return "X".repeat(hidden) + accountNumber.substring(hidden);
    }

    public String maskedAccountNumber() {
        return mask(accountNumber);
    }
}
