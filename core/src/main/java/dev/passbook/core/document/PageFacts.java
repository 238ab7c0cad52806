package dev.passbook.core.document;

import io.vavr.collection.Set;

/** Forensic facts of one page: its size, the fonts it uses and whether it is image-only. */
public record PageFacts(int number, double width, double height, Set<String> fonts, boolean imageOnly) {
}
