package dev.passbook.core.domain;

/** One bank account of an organisation's applicant; the id is stable for org + bank + number. */
public record Account(String id, String organisationId, String bankId, String accountNumber) {
}
