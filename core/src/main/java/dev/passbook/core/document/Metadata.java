package dev.passbook.core.document;

import io.vavr.control.Option;

import java.time.OffsetDateTime;

/** What the PDF says about itself. {@code encryption} names the algorithm, e.g. {@code RC4-128}, {@code AES-256}. */
public record Metadata(Option<String> producer, Option<String> creator, Option<String> author, Option<String> title,
                       Option<OffsetDateTime> created, Option<OffsetDateTime> modified, String pdfVersion,
                       Option<String> encryption) {

    public static Metadata empty() {
        return new Metadata(Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
                Option.none(), "1.4", Option.none());
    }
}
