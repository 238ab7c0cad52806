package dev.passbook.embed;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one read may need besides the bytes: the PDF's password, the bank the caller says it is from
 * (used when detection finds no bank, checked when it finds one: a statement of another bank is
 * refused with {@code BANK_NAME_MISMATCH}) and the holder names expected (each matched against the
 * printed holder name). Immutable.
 *
 * <pre>{@code
 * passbook.read(pdf, ReadOptions.none().password("secret").bank("hdfc").expectedName("Asha Rao"));
 * }</pre>
 */
public record ReadOptions(Optional<String> password, Optional<String> bank, List<String> expectedNames) {

    public ReadOptions {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(bank, "bank");
        expectedNames = List.copyOf(expectedNames);
    }

    public static ReadOptions none() {
        return new ReadOptions(Optional.empty(), Optional.empty(), List.of());
    }

    public ReadOptions password(String newPassword) {
        return new ReadOptions(Optional.of(newPassword), bank, expectedNames);
    }

    /** A bank id of the catalogue ({@link Passbook#banks()}), e.g. {@code hdfc}; trimmed and lower-cased. */
    public ReadOptions bank(String bankId) {
        return new ReadOptions(password, Optional.of(bankId.strip().toLowerCase(java.util.Locale.ROOT)), expectedNames);
    }

    public ReadOptions expectedName(String name) {
        java.util.List<String> names = new java.util.ArrayList<>(expectedNames);
        names.add(Objects.requireNonNull(name, "name"));
        return new ReadOptions(password, bank, names);
    }
}
