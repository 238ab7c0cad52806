package dev.passbook.core.domain;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/** Groups uploads for one applicant; {@code period} is the from..to the lender asked for. */
public record Session(String id, String organisationId, String linkId, DateRange period, Instant createdAt,
                      Instant expiresAt, List<String> expectedNames, Option<String> bankName) {

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
