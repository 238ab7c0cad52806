package dev.passbook.core.spi;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * What a parser thinks of a document: a confidence from 0 (not mine) to 100 (certainly mine),
 * the bank it recognised, if any, and the evidence it found (shown to people debugging detection).
 */
public record Detection(String parserId, Option<String> bankId, int confidence, List<String> evidence) {

    public Detection {
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException("confidence must be 0..100: " + confidence);
        }
    }

    public static Detection none(String parserId) {
        return new Detection(parserId, Option.none(), 0, List.empty());
    }

    public boolean matched() {
        return confidence > 0;
    }
}
