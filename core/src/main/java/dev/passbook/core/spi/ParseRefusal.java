package dev.passbook.core.spi;

import io.vavr.control.Option;

/**
 * Why a parser could not read a document: the {@link ReadStage} it stopped at, what it was looking
 * for in words a person can act on, and where it looked. Core maps every refusal to the catalogue's
 * {@code STATEMENT_UNSUPPORTED_FORMAT}; the reason is kept for {@code passbook check} and
 * {@code passbook parse --explain}. It must not quote statement data (names, numbers, narrations).
 *
 * <pre>{@code
 * return Either.left(ParseRefusal.at(ReadStage.HEADER, "no line names a date, an amount and a balance column", Place.page(1)));
 * }</pre>
 */
public record ParseRefusal(ReadStage stage, String reason, Option<Place> at) {

    public ParseRefusal {
        java.util.Objects.requireNonNull(stage, "stage");
        java.util.Objects.requireNonNull(reason, "reason");
        java.util.Objects.requireNonNull(at, "at");
    }

    public static ParseRefusal of(ReadStage stage, String reason) {
        return new ParseRefusal(stage, reason, Option.none());
    }

    public static ParseRefusal at(ReadStage stage, String reason, Place place) {
        return new ParseRefusal(stage, reason, Option.some(place));
    }

    @Override
    public String toString() {
        return stage.label() + ": " + reason + at.map(p -> " (" + p + ")").getOrElse("");
    }
}
