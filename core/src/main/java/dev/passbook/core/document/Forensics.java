package dev.passbook.core.document;

import io.vavr.collection.List;

/**
 * Structural facts used by fraud analysis: {@code revisions} counts the file's revisions
 * (1 for a file never incrementally updated).
 */
public record Forensics(int revisions, List<PageFacts> pages, List<SignatureFacts> signatures) {

    public static Forensics none() {
        return new Forensics(1, List.empty(), List.empty());
    }
}
