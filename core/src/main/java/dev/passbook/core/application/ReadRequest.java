package dev.passbook.core.application;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * What {@link ReadStatement} reads: the file's bytes, its password if it has one, the bank the caller
 * says it is from (a hint that is used when detection finds no bank, and checked when it finds one),
 * and the holder names the caller expects (each matched against the printed holder name).
 */
public record ReadRequest(byte[] file, Option<String> password, Option<String> bank, List<String> expectedNames) {

    public ReadRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(expectedNames, "expectedNames");
    }

    public static ReadRequest of(byte[] file) {
        return new ReadRequest(file, Option.none(), Option.none(), List.empty());
    }

    public ReadRequest withPassword(Option<String> newPassword) {
        return new ReadRequest(file, newPassword, bank, expectedNames);
    }

    public ReadRequest withBank(Option<String> newBank) {
        return new ReadRequest(file, password, newBank, expectedNames);
    }
}
