package dev.passbook.redact;

import dev.passbook.core.document.Document;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The leak check refuses copies that keep an original token, wherever it hides. */
class LeakRefusalTest {

    private static final Path SAMPLE = Path.of("../docs/samples/hdfc-legacy.pdf");

    @Test
    void aCopyThatKeepsTheHoldersNameIsNotWritten() throws Exception {
        byte[] pdf = Files.readAllBytes(SAMPLE);
        Document original = Copies.document(pdf);
        // plant the original text of the line that prints the holder's name into every attempt
        String name = Copies.read(pdf).parsed().identity().name();
        int line = original.pages().get(0).lines().indexWhere(l -> l.text().contains(name));
        assertTrue(line >= 0, "the sample prints the name");
        Redactor leaky = new Redactor(Redactors.READER, Redactors.READING, texts -> {
            Map<WordRef, String> planted = new TreeMap<>(texts);
            var words = original.pages().get(0).lines().get(line).words();
            for (int w = 0; w < words.size(); w++) {
                planted.put(new WordRef(0, line, w), words.get(w).text());
            }
            return planted;
        });
        Either<String, Redactor.Redaction> r = leaky.redact(pdf, Option.none(), new Random(5));
        assertTrue(r.isLeft(), "a leaky copy was handed out");
        assertTrue(r.getLeft().startsWith("the leak check refused every copy"), r.getLeft());
        assertFalse(r.getLeft().contains(name.substring(name.lastIndexOf(' ') + 1)),
                "the refusal quotes the token");
    }

    @Test
    void aCopyThatKeepsOneAmountIsNotWritten() throws Exception {
        byte[] pdf = Files.readAllBytes(SAMPLE);
        Document original = Copies.document(pdf);
        WordRef amount = null;
        for (int l = 0; l < original.pages().get(0).lines().size() && amount == null; l++) {
            var words = original.pages().get(0).lines().get(l).words();
            for (int w = 0; w < words.size(); w++) {
                if (MoneyText.moneyLike(words.get(w).text()) && MoneyText.digits(words.get(w).text()).length() >= 6) {
                    amount = new WordRef(0, l, w);
                    break;
                }
            }
        }
        WordRef planted = amount;
        String text = original.pages().get(0).lines().get(planted.line()).words().get(planted.word()).text();
        Redactor leaky = new Redactor(Redactors.READER, Redactors.READING, texts -> {
            Map<WordRef, String> out = new TreeMap<>(texts);
            out.put(planted, text);
            return out;
        });
        Either<String, Redactor.Redaction> r = leaky.redact(pdf, Option.none(), new Random(5));
        assertTrue(r.isLeft() && r.getLeft().contains("amount"), () -> r.isLeft() ? r.getLeft() : "written");
    }

    @Test
    void theCheckLooksInTheMetadataAndTheContentStreams() throws Exception {
        byte[] pdf = Files.readAllBytes(SAMPLE);
        Redactor.Redaction clean = Redactors.REDACTOR.redact(pdf, Option.none(), new Random(9)).get();
        byte[] withTitle;
        try (PDDocument doc = Loader.loadPDF(clean.pdf())) {
            doc.getDocumentInformation().setAuthor("statement of QWERTYZ");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            withTitle = out.toByteArray();
        }
        LeakCheck check = new LeakCheck(java.util.Set.of("QWERTYZ"), java.util.Set.of());
        assertEquals(java.util.List.of(), check.check(clean.copy(), clean.pdf()), "the clean copy");
        var leaks = check.check(clean.copy(), withTitle);
        assertFalse(leaks.isEmpty(), "the author");
        assertTrue(leaks.stream().allMatch(l -> l.where().equals("string") || l.where().equals("stream")), leaks::toString);

        LeakCheck inText = new LeakCheck(java.util.Set.of(LeakCheck.runs(clean.copy().pages().get(0).lines().get(0)
                .words().last().text()).get(0)), java.util.Set.of());
        var found = inText.check(clean.copy(), clean.pdf());
        assertTrue(found.stream().anyMatch(l -> l.where().startsWith("text layer")), "text layer");
        assertTrue(found.stream().anyMatch(l -> l.where().equals("content stream")), "content stream");
    }
}
