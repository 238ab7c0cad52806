package dev.passbook.adapters.pdf;

import dev.passbook.core.document.Metadata;
import io.vavr.control.Option;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.function.Supplier;

/** The document information dictionary, version and encryption as the neutral {@link Metadata}. */
final class MetadataReader {

    private MetadataReader() {
    }

    static Metadata read(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        return new Metadata(
                text(info::getProducer), text(info::getCreator), text(info::getAuthor), text(info::getTitle),
                date(info::getCreationDate), date(info::getModificationDate),
                version(doc.getVersion()),
                doc.isEncrypted() && doc.getEncryption() != null
                        ? Option.of(EncryptionName.of(doc.getEncryption())) : Option.none());
    }

    private static Option<String> text(Supplier<String> value) {
        return lenient(value).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** PDFBox keeps the date's own offset in the Calendar's zone; keep it rather than converting to ours. */
    private static Option<OffsetDateTime> date(Supplier<Calendar> value) {
        return lenient(() -> {
            Calendar c = value.get();
            if (c == null) {
                return null;
            }
            int offsetMillis = c.getTimeZone().getOffset(c.getTimeInMillis());
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(Math.max(-18 * 3600, Math.min(18 * 3600, offsetMillis / 1000)));
            return OffsetDateTime.ofInstant(c.toInstant(), offset);
        });
    }

    /** A malformed information entry is missing metadata, not a broken file. */
    private static <T> Option<T> lenient(Supplier<T> value) {
        try {
            return Option.of(value.get());
        } catch (RuntimeException malformed) {
            return Option.none();
        }
    }

    private static String version(float version) {
        if (!Float.isFinite(version) || version <= 0) {
            return "1.4";
        }
        return new BigDecimal(Float.toString(version)).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
