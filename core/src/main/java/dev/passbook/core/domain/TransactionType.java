package dev.passbook.core.domain;

import java.util.Locale;

public enum TransactionType {
    DEBIT, CREDIT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
