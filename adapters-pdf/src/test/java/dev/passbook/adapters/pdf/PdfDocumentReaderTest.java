package dev.passbook.adapters.pdf;

import dev.passbook.core.document.Document;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.DocumentReader;
import io.vavr.control.Option;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.ServiceLoader;
import java.util.SimpleTimeZone;

import static dev.passbook.adapters.pdf.Results.readFails;
import static dev.passbook.adapters.pdf.Results.readOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfDocumentReaderTest {

    @Test
    void readsThePagesAndTextOfAPlainPdf() {
        Document doc = readOk(TestPdfs.plain());

        assertEquals(1, doc.pageCount());
        assertEquals("Statement of account\n01/04/2024 Opening balance 10,000.00", doc.text());
        assertEquals(1, doc.pages().head().number());
        assertEquals(TestPdfs.A4_WIDTH, doc.pages().head().width(), 0.01);
        assertEquals(TestPdfs.A4_HEIGHT, doc.pages().head().height(), 0.01);
        assertTrue(doc.metadata().encryption().isEmpty());
        assertEquals(1, doc.forensics().revisions());
        assertTrue(doc.forensics().signatures().isEmpty());
    }

    @Test
    void zeroBytesIsAnEmptyFile() {
        readFails(new byte[0], ErrorCode.EMPTY_FILE);
    }

    @Test
    void somethingThatIsNotAPdfIsAnInvalidFileObject() {
        UploadError error = readFails("PK\u0003\u0004 this is a zip, not a statement".getBytes(StandardCharsets.ISO_8859_1),
                ErrorCode.INVALID_FILE_OBJECT);
        assertEquals("File object is invalid", error.message());
    }

    @Test
    void aPdfHeaderFollowedByGarbageIsAnInvalidFileObject() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, garbage, 0, header.length);
        byte[] eof = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(eof, 0, garbage, garbage.length - eof.length, eof.length);

        readFails(garbage, ErrorCode.INVALID_FILE_OBJECT);
    }

    @Test
    void aTruncatedUploadIsAnInvalidFileObjectRatherThanAPartialStatement() {
        byte[] pdf = TestPdfs.pdf().page(p -> p.rows(30)).page(p -> p.rows(30)).build();

        readFails(Arrays.copyOf(pdf, pdf.length * 2 / 3), ErrorCode.INVALID_FILE_OBJECT);
    }

    @Test
    void aFileOverTheByteLimitIsTooLarge() {
        byte[] pdf = TestPdfs.plain();
        PdfDocumentReader reader = new PdfDocumentReader(new ReaderLimits(pdf.length - 1, 10, Duration.ofSeconds(30)));

        assertEquals(ErrorCode.FILE_TOO_LARGE, reader.read(pdf, Option.none()).getLeft().errorCode());
    }

    @Test
    void moreThanTheAllowedPagesIsTooComplexAndNamesTheLimit() {
        byte[] pdf = TestPdfs.pdf().page(p -> p.rows(3)).page(p -> p.rows(3)).page(p -> p.rows(3)).build();
        PdfDocumentReader reader = new PdfDocumentReader(new ReaderLimits(1 << 20, 2, Duration.ofSeconds(30)));

        UploadError error = reader.read(pdf, Option.none()).getLeft();
        assertEquals(ErrorCode.PDF_TOO_COMPLEX, error.errorCode());
        assertEquals("The PDF exceeds the processing limits (2 pages)", error.message());
    }

    @Test
    void anExhaustedTimeBudgetIsTooComplexNotAnException() {
        // one nanosecond is spent before the first page starts, so the check fires deterministically
        PdfDocumentReader reader = new PdfDocumentReader(new ReaderLimits(1 << 20, 10, Duration.ofNanos(1)));

        UploadError error = reader.read(TestPdfs.plain(), Option.none()).getLeft();
        assertEquals(ErrorCode.PDF_TOO_COMPLEX, error.errorCode());
        assertTrue(error.message().contains("time budget"), error.message());
    }

    @Test
    void readsProducerCreatorAuthorTitleAndDatesWithTheirOwnOffsets() {
        Calendar created = new GregorianCalendar(new SimpleTimeZone(5 * 3600_000 + 30 * 60_000, "IST"));
        created.clear();
        created.set(2024, Calendar.APRIL, 1, 10, 30, 15);
        Calendar modified = new GregorianCalendar(new SimpleTimeZone(-4 * 3600_000, "EDT"));
        modified.clear();
        modified.set(2024, Calendar.MAY, 2, 8, 0, 0);
        byte[] pdf = TestPdfs.pdf().page(p -> p.rows(2))
                .info(i -> {
                    i.setProducer("Bank Statement Generator 7");
                    i.setCreator("Netbanking");
                    i.setAuthor("HDFC BANK LTD");
                    i.setTitle("Account Statement");
                    i.setCreationDate(created);
                    i.setModificationDate(modified);
                })
                .version(1.7f)
                .build();

        var metadata = readOk(pdf).metadata();

        assertEquals(Option.of("Bank Statement Generator 7"), metadata.producer());
        assertEquals(Option.of("Netbanking"), metadata.creator());
        assertEquals(Option.of("HDFC BANK LTD"), metadata.author());
        assertEquals(Option.of("Account Statement"), metadata.title());
        assertEquals(Option.of(OffsetDateTime.of(2024, 4, 1, 10, 30, 15, 0, ZoneOffset.ofHoursMinutes(5, 30))),
                metadata.created());
        assertEquals(Option.of(OffsetDateTime.of(2024, 5, 2, 8, 0, 0, 0, ZoneOffset.ofHours(-4))), metadata.modified());
        assertEquals("1.7", metadata.pdfVersion());
    }

    @Test
    void absentInformationEntriesAreNoneNotEmptyStrings() {
        byte[] pdf = TestPdfs.pdf().page(p -> p.rows(2)).info(i -> i.setTitle("   ")).build();

        var metadata = readOk(pdf).metadata();

        assertTrue(metadata.title().isEmpty());
        assertTrue(metadata.author().isEmpty());
        assertTrue(metadata.created().isEmpty());
    }

    @Test
    void recordsFontsAndSizePerPageWithoutSubsetPrefixes() {
        byte[] pdf = TestPdfs.pdf()
                .page(p -> p.text("Header", 40, 60, FontName.HELVETICA_BOLD, 12).text("Body text here", 40, 90, FontName.TIMES_ROMAN, 10))
                .page(612, 792, p -> p.text("Second page only courier", 40, 60, FontName.COURIER, 9))
                .build();

        Document doc = readOk(pdf);

        var facts = doc.forensics().pages();
        assertEquals(2, facts.size());
        assertEquals(io.vavr.collection.TreeSet.of("Helvetica-Bold", "Times-Roman"), facts.get(0).fonts());
        assertEquals(io.vavr.collection.TreeSet.of("Courier"), facts.get(1).fonts());
        assertEquals(612, facts.get(1).width(), 0.01);
        assertEquals(792, facts.get(1).height(), 0.01);
        assertFalse(facts.get(0).imageOnly());
        assertEquals("ArialMT", PageCollector.baseFontName("ABCDEF+ArialMT"));
        assertEquals("Abcdef+Arial", PageCollector.baseFontName("Abcdef+Arial"));
    }

    @Test
    void isRegisteredForServiceLoaderDiscovery() {
        var readers = ServiceLoader.load(DocumentReader.class).stream().map(ServiceLoader.Provider::type).toList();

        assertEquals(java.util.List.of(PdfDocumentReader.class), readers);
    }

    @Test
    void oneReaderServesConcurrentCallsWithIdenticalResults() throws Exception {
        byte[] pdf = TestPdfs.pdf().page(p -> p.rows(25)).page(p -> p.rows(25)).build();
        Document expected = readOk(pdf);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Document>>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> Results.READER.read(pdf, Option.none()).get()));
            }
            for (var future : futures) {
                assertEquals(expected.pages(), future.get().pages());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNullPasswordOptionIsTreatedAsNoPassword() {
        assertTrue(Results.READER.read(TestPdfs.plain(), null).isRight());
    }
}
