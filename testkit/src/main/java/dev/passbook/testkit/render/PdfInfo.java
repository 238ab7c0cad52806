package dev.passbook.testkit.render;

import java.time.OffsetDateTime;

/** The document information dictionary, as the bank's generator (or an editor) writes it. */
public record PdfInfo(String producer, String creator, String title, OffsetDateTime created, OffsetDateTime modified) {

    public PdfInfo withProducer(String producer) {
        return new PdfInfo(producer, creator, title, created, modified);
    }

    public PdfInfo withModified(OffsetDateTime modified) {
        return new PdfInfo(producer, creator, title, created, modified);
    }
}
