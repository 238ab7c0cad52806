package dev.passbook.core.domain;

import io.vavr.control.Option;

import java.util.Locale;

public enum AccountCategory {
    INDIVIDUAL, CORPORATE;

    /** The lower-case wire form, e.g. {@code individual}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Option<AccountCategory> fromWire(String s) {
        return Option.of(s).map(v -> v.trim().toUpperCase(Locale.ROOT))
                .flatMap(v -> Option.ofOptional(java.util.Arrays.stream(values()).filter(c -> c.name().equals(v)).findFirst()));
    }
}
