package dev.passbook.redact;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Word;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsistencyTest {

    @Test
    void theSameOriginalWordBecomesTheSameNewWordEverywhereInTheFile() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("../docs/samples/hdfc-legacy.pdf"));
        Document original = Copies.document(pdf);
        Redactor.Redaction r = Redactors.REDACTOR.redact(pdf, Option.none(), new Random(3)).get();
        Map<String, String> seen = new HashMap<>();
        int repeated = 0;
        int replaced = 0;
        for (int p = 0; p < original.pageCount(); p++) {
            for (int l = 0; l < original.pages().get(p).lines().size(); l++) {
                var words = original.pages().get(p).lines().get(l).words();
                for (int w = 0; w < words.size(); w++) {
                    Word before = words.get(w);
                    String after = r.copy().pages().get(p).lines().get(l).words().get(w).text();
                    if (MoneyText.moneyLike(before.text()) || dev.passbook.core.spi.support.StatementDates.isDate(before.text())) {
                        continue; // money is regenerated per row, dates shifted
                    }
                    String previous = seen.putIfAbsent(before.text(), after);
                    if (previous != null) {
                        repeated++;
                        assertEquals(previous, after, "one original word, two replacements");
                    }
                    if (!after.equals(before.text())) {
                        replaced++;
                        assertEquals(before.text().length(), after.length(), "same length");
                        for (int i = 0; i < after.length(); i++) {
                            char a = before.text().charAt(i);
                            char b = after.charAt(i);
                            assertEquals(Character.isDigit(a), Character.isDigit(b), "digits for digits");
                            assertEquals(Character.isLetter(a), Character.isLetter(b), "letters for letters");
                            assertEquals(Character.isUpperCase(a), Character.isUpperCase(b), "case kept");
                            if (!Character.isLetterOrDigit(a)) {
                                assertEquals(a, b, "punctuation kept");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(repeated > 20 && replaced > 50, "the sample repeats and replaces words: " + repeated + ", " + replaced);
    }

    @Test
    void differentSeedsInventDifferentText() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("../docs/samples/sbi-debit-credit.pdf"));
        String a = Redactors.REDACTOR.redact(pdf, Option.none(), new Random(1)).get().copy().text();
        String b = Redactors.REDACTOR.redact(pdf, Option.none(), new Random(2)).get().copy().text();
        assertNotEquals(a, b);
    }
}
