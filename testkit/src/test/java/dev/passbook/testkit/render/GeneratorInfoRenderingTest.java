package dev.passbook.testkit.render;

import dev.passbook.testkit.Fixtures;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.GeneratorInfos;
import dev.passbook.testkit.arbitraries.Seeded;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The renderer writes the info dictionary traits of genuine generators exactly as {@link PdfInfo} describes them. */
class GeneratorInfoRenderingTest {

    private static final GeneratedStatement LEGACY = Fixtures.hdfc(Layout.HDFC_LEGACY);
    private static final OffsetDateTime RENDERED = OffsetDateTime.of(2024, 3, 31, 1, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));

    private static PDDocumentInformation info(PdfInfo info) throws IOException {
        try (PDDocument doc = Loader.loadPDF(StatementRenderer.render(LEGACY, RenderOptions.defaults().info(info)))) {
            return doc.getDocumentInformation();
        }
    }

    @Test
    void aReportEngineStampsItsModDateLaterAndNamesEngineAndLibrary() throws IOException {
        PDDocumentInformation di = info(PdfInfo.reportEngine(RENDERED, Duration.ofMinutes(2)).withAuthor("svc_estmt"));
        assertTrue(di.getCreator().startsWith("JasperReports"), di.getCreator());
        assertTrue(di.getProducer().startsWith("iText"), di.getProducer());
        assertEquals("svc_estmt", di.getAuthor());
        assertEquals(120_000, di.getModificationDate().getTimeInMillis() - di.getCreationDate().getTimeInMillis());
    }

    @Test
    void datesInUtcKeepTheirInstantButNotTheirCalendarDay() throws IOException {
        PDDocumentInformation di = info(PdfInfo.reportEngine(RENDERED, Duration.ZERO).inUtc());
        assertEquals(RENDERED.toInstant().toEpochMilli(), di.getCreationDate().getTimeInMillis());
        assertTrue(di.getCOSObject().getString(COSName.CREATION_DATE).startsWith("D:20240330200000"),
                di.getCOSObject().getString(COSName.CREATION_DATE));
    }

    @Test
    void datesWithoutAnOffsetAreTheClockReadingAlone() throws IOException {
        PDDocumentInformation di = info(PdfInfo.reportEngine(RENDERED, Duration.ZERO).withoutOffset());
        assertEquals("D:20240331013000", di.getCOSObject().getString(COSName.CREATION_DATE));
        assertEquals("D:20240331013000", di.getCOSObject().getString(COSName.MOD_DATE));
    }

    @Test
    void anUnlockedCopyKeepsOnlyTheServiceAndItsModDate() throws IOException {
        OffsetDateTime unlocked = RENDERED.plusDays(40);
        PDDocumentInformation di = info(PdfInfo.reportEngine(RENDERED, Duration.ZERO).withAuthor("USR1")
                .unlockedBy("iLovePDF", unlocked));
        assertEquals("iLovePDF", di.getProducer());
        assertNull(di.getCreator());
        assertNull(di.getAuthor());
        assertNull(di.getCreationDate());
        assertEquals(unlocked.toInstant().toEpochMilli(), di.getModificationDate().getTimeInMillis());
    }

    @Test
    void genuineInfosAreDrawnForAStatement() {
        for (long seed = 0; seed < 20; seed++) {
            PdfInfo drawn = Seeded.sample(GeneratorInfos.genuine(LEGACY), seed);
            assertTrue(drawn.producer().isDefined(), drawn::toString);
            assertTrue(drawn.modified().isDefined(), drawn::toString);
            drawn.created().forEach(c -> assertTrue(!c.toLocalDate().isBefore(LEGACY.declaredPeriod().to().minusDays(1)),
                    drawn.toString()));
        }
    }
}
