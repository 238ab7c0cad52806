package dev.passbook.analysis;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisSettingsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        AnalysisSettings d = AnalysisSettings.defaults();
        assertEquals(Duration.ofSeconds(60), d.dateTolerance());
        assertEquals(0.01, d.pageSizeTolerance());
        assertEquals(List.of(new PageSize(638, 842), new PageSize(786, 982)), d.pageSizesFor("HDFC").get());
        assertTrue(d.trustedGenerators().isEmpty());
        assertEquals(80, d.nameMatchThreshold());
        assertEquals(100, d.severity("inconsistent_transaction"));
        assertEquals(40, d.severity("author_fraud"));
        assertFalse(d.editors().contains("adobe acrobat"), "Acrobat re-saves far more statements than it edits");
        assertFalse(d.editors().exists(e -> e.contains("pdf")), "no PDF tool is a document editor: " + d.editors());
    }

    @Test
    void analysisKeysOverrideDefaultsAndOtherKeysAreIgnored() {
        Either<String, AnalysisSettings> s = AnalysisSettings.fromMap(Map.of(
                "analysis.severity.date_fraud", "0",
                "analysis.trusted.HDFC", "HDFC Bank NetBanking, Bank Statement Generator",
                "analysis.page-sizes.sbi", "595.28x841.89",
                "analysis.editors", "Evil Editor",
                "analysis.editors.acrobat", "true",
                "analysis.date.tolerance-seconds", "120",
                "analysis.name.threshold", "90",
                "server.port", "8080"));
        assertTrue(s.isRight(), s::toString);
        AnalysisSettings a = s.get();
        assertFalse(a.enabled("date_fraud"));
        assertEquals(List.of("hdfc bank netbanking", "bank statement generator"), a.trustedFor("hdfc").get());
        assertEquals(List.of(new PageSize(595.28, 841.89)), a.pageSizesFor("sbi").get());
        assertEquals(List.of("evil editor", "adobe acrobat"), a.editors());
        assertEquals(Duration.ofSeconds(120), a.dateTolerance());
        assertEquals(90, a.nameMatchThreshold());
    }

    @Test
    void typosAndBadValuesAreErrorsNamingTheKey() {
        assertEquals(Either.left("analysis.severty.date_fraud: unknown setting"),
                AnalysisSettings.fromMap(Map.of("analysis.severty.date_fraud", "3")));
        assertEquals(Either.left("analysis.severity.datefraud: unknown signal type 'datefraud'"),
                AnalysisSettings.fromMap(Map.of("analysis.severity.datefraud", "3")));
        assertTrue(AnalysisSettings.fromMap(Map.of("analysis.date.tolerance-seconds", "-1")).isLeft());
        assertTrue(AnalysisSettings.fromMap(Map.of("analysis.name.threshold", "101")).isLeft());
        assertTrue(AnalysisSettings.fromMap(Map.of("analysis.page-sizes.hdfc", "638 by 842")).isLeft());
        assertTrue(AnalysisSettings.fromMap(Map.of("analysis.page-sizes.hdfc", "0x842")).isLeft());
        assertTrue(AnalysisSettings.fromMap(Map.of("analysis.editors.acrobat", "yes")).isLeft());
        assertTrue(AnalysisSettings.fromMap(Map.of("analysis.page-size.tolerance", "NaN")).isLeft());
    }

    @Test
    void readsAPropertiesFileAndReportsAMissingOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("passbook.properties");
        Files.writeString(file, "# tuning\nanalysis.severity.font_mismatch=65\nanalysis.trusted.hdfc=HDFC Bank NetBanking\n",
                StandardCharsets.UTF_8);
        Either<String, AnalysisSettings> s = AnalysisSettings.fromFile(file);
        assertEquals(65, s.get().severity("font_mismatch"));
        assertTrue(AnalysisSettings.fromFile(dir.resolve("absent.properties")).isLeft());
    }

    @Test
    void pageSizeParsesAndFormats() {
        assertEquals(Either.right(new PageSize(638.04, 842.04)), PageSize.parse(" 638.04 X 842.04 "));
        assertEquals("638.04x842", new PageSize(638.04, 842).toString());
        assertTrue(PageSize.parse("638x").isLeft());
        assertTrue(PageSize.parse("axb").isLeft());
    }
}
