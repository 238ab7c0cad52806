package dev.passbook.core.application;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A session request as the caller sent it: dates as {@code DD/MM/YYYY} text, expiry as the text of
 * a number of minutes (the HTTP adapter turns a JSON number into its decimal text). Only nulls are
 * refused here; {@link CreateSessionService} checks the rest in API.md's order.
 */
public record CreateSessionCommand(Option<String> apiKey, Option<String> linkId, Option<String> fromDate,
                                   Option<String> toDate, Option<String> bankName, Option<String> sessionExpiry,
                                   List<String> expectedNames) {

    public CreateSessionCommand {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(fromDate, "fromDate");
        Objects.requireNonNull(toDate, "toDate");
        Objects.requireNonNull(bankName, "bankName");
        Objects.requireNonNull(sessionExpiry, "sessionExpiry");
        Objects.requireNonNull(expectedNames, "expectedNames");
    }

    @Override
    public String toString() {
        return "CreateSessionCommand[linkId=" + linkId + ", fromDate=" + fromDate + ", toDate=" + toDate
                + ", bankName=" + bankName + ", sessionExpiry=" + sessionExpiry + ", names=" + expectedNames.size() + "]";
    }
}
