package dev.passbook.testkit.samples;

import dev.passbook.testkit.Fixtures;
import dev.passbook.testkit.Layout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleWriterTest {

    @Test
    void writesEverySampleWithItsJsonReproducibly(@TempDir Path a, @TempDir Path b) throws IOException {
        SampleWriter.main(new String[] {a.toString()});
        SampleWriter.main(new String[] {b.toString()});
        for (SampleWriter.Sample s : SampleWriter.SAMPLES) {
            byte[] pdf = Files.readAllBytes(a.resolve(s.name() + ".pdf"));
            assertArrayEquals(pdf, Files.readAllBytes(b.resolve(s.name() + ".pdf")), s.name() + " is reproducible");
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertTrue(doc.getNumberOfPages() >= 1);
            }
            String json = Files.readString(a.resolve(s.name() + ".json"));
            assertTrue(json.contains("\"layout\": \"" + s.layout().id() + "\""), json);
        }
        assertTrue(Files.readString(a.resolve("hdfc-legacy-tampered.json")).contains("\"edited_balance_row\": 5"));
        assertTrue(Files.readString(a.resolve("README.md")).contains("hdfc-newer.pdf"));
    }

    @Test
    void jsonEscapesTextAndKeepsTwoDecimals() {
        String json = TruthJson.write(Fixtures.hdfc(Layout.HDFC_LEGACY));
        assertTrue(json.contains("\"opening_balance\": 1234567.89,"), json);
        assertTrue(json.contains("\"address\": [\"FLAT NO 12 SUNRISE APARTMENTS\", \"MG ROAD\", \"PUNE 411001\", \"MAHARASHTRA INDIA\"]"), json);
        assertTrue(json.contains("\"type\": \"credit\", \"amount\": 812.34, \"balance\": 1481879.73}"), json);
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", TruthJson.str("a\"b\\c\nd\u0001"));
    }
}
