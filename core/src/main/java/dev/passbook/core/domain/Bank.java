package dev.passbook.core.domain;

/** A bank Passbook knows: lower-case id ({@code hdfc}), full name and the 4-letter IFSC prefix. */
public record Bank(String id, String fullName, String ifscPrefix) {
}
