package dev.passbook.core.spi;

import dev.passbook.core.domain.Bank;

/** A bank some installed plugin reads; {@code dedicatedParser} when a bank-specific plugin does. */
public record CatalogueEntry(Bank bank, boolean dedicatedParser) {
}
