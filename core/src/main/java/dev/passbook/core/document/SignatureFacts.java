package dev.passbook.core.document;

import io.vavr.control.Option;

import java.time.Instant;

/** One embedded signature as checked by the reader. */
public record SignatureFacts(boolean valid, boolean coversWholeFile, Option<String> signer,
                             Option<Instant> certificateNotBefore, Option<Instant> certificateNotAfter) {
}
