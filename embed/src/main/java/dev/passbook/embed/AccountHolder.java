package dev.passbook.embed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Who holds the account, as printed. {@code category} is {@code individual} or {@code corporate};
 * limits are 0 when none is printed.
 */
public record AccountHolder(String name, String accountNumber, String maskedAccountNumber, String address,
                            Optional<String> ifsc, Optional<String> micr, String category, BigDecimal creditLimit,
                            BigDecimal odLimit, Optional<String> customerId, Optional<String> branch,
                            Optional<LocalDate> accountOpeningDate, String currency) {
}
