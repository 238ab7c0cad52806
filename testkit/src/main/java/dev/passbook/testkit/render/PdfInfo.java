package dev.passbook.testkit.render;

import io.vavr.control.Option;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The document information dictionary, as the bank's generator (or an editor) writes it. An entry that is
 * none is not written.
 * <p>
 * Genuine generators differ from one another in ways a fraud check must not mistake for editing, and the
 * factories below draw them: a report engine's creator over a PDF library's producer ({@link #reportEngine}),
 * a ModDate stamped minutes to hours after CreationDate by the generator's own encrypting or signing step,
 * dates written in UTC ({@link #inUtc}) or as a clock reading without an offset ({@link #withoutOffset}), an
 * Author that is a system user id or the bank's name ({@link #withAuthor}), and a genuine file re-saved by a
 * PDF service that removed its password ({@link #unlockedBy}).
 *
 * @param offsetWritten whether dates carry their offset; false writes the clock reading alone (readers take
 *                      it as UTC)
 */
public record PdfInfo(Option<String> producer, Option<String> creator, Option<String> author, String title,
                      Option<OffsetDateTime> created, Option<OffsetDateTime> modified, boolean offsetWritten) {

    /** Every entry written, dates with their offset, no author. */
    public PdfInfo(String producer, String creator, String title, OffsetDateTime created, OffsetDateTime modified) {
        this(Option.some(producer), Option.some(creator), Option.none(), title, Option.some(created),
                Option.some(modified), true);
    }

    /**
     * A report engine's output (creator: the engine and its report, producer: the PDF library under it) whose
     * ModDate the generator's own next step (encrypting, stamping, signing) wrote {@code stampedAfter} later.
     */
    public static PdfInfo reportEngine(OffsetDateTime rendered, Duration stampedAfter) {
        return new PdfInfo("iText® 5.5.13 ©2000-2017 iText Group NV", "JasperReports (AccountStatement)", "Statement of account",
                rendered, rendered.plus(stampedAfter));
    }

    public PdfInfo withProducer(String producer) {
        return new PdfInfo(Option.some(producer), creator, author, title, created, modified, offsetWritten);
    }

    public PdfInfo withModified(OffsetDateTime modified) {
        return new PdfInfo(producer, creator, author, title, created, Option.some(modified), offsetWritten);
    }

    /** Author as generators set it: a system user id, a service account, the bank's name. */
    public PdfInfo withAuthor(String author) {
        return new PdfInfo(producer, creator, Option.some(author), title, created, modified, offsetWritten);
    }

    /** Both dates as the same instants in UTC: early hours in India fall on the previous calendar day. */
    public PdfInfo inUtc() {
        return new PdfInfo(producer, creator, author, title, created.map(PdfInfo::utc), modified.map(PdfInfo::utc),
                offsetWritten);
    }

    /** Both dates written as their clock reading without an offset. */
    public PdfInfo withoutOffset() {
        return new PdfInfo(producer, creator, author, title, created, modified, false);
    }

    /**
     * The genuine file re-saved by a PDF service that removed its password: the service's name as producer,
     * creator, author and CreationDate dropped, its own time as ModDate.
     */
    public PdfInfo unlockedBy(String service, OffsetDateTime at) {
        return new PdfInfo(Option.some(service), Option.none(), Option.none(), title, Option.none(), Option.some(at),
                offsetWritten);
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
