package dev.passbook.redact;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Forensics;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Metadata;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Word rules found on real statements, where a copy kept a piece of an identifier or was refused for a bank word. */
class TextRulesTest {

    private static final Vocabulary VOCABULARY = Vocabulary.standard();

    private static TextPlan plan() {
        return new TextPlan(VOCABULARY, new Inventor(new Random(7), VOCABULARY, Set.of()), -70, Option.none(), Set.of(), Option.none(),
                java.util.Map.of());
    }

    @Test
    void shortDigitRunsWrittenAgainstLettersAreInvented() {
        TextPlan plan = plan();
        // a masked number's tail, a UPI handle's digits, a terminal id, a month and year run together
        for (String[] c : new String[][]{{"XXXXXX0140", "XXXXXX", "0140"}, {"name954@ybl", "@", "954"},
                {"MC000709", "", "000709"}, {"JAN2022", "JAN", "2022"}, {"XX0551/", "XX", "0551"}, {"NNSB/**2046/", "/**", "2046"}, {"184@BARB", "@BARB", "184"}}) {
            String copy = plan.word(c[0], Set.of());
            assertEquals(c[0].length(), copy.length(), c[0]);
            assertTrue(copy.contains(c[1]), c[0] + " keeps " + c[1] + ": " + copy);
            assertFalse(copy.contains(c[2]), c[0] + " keeps its digits: " + copy);
        }
    }

    @Test
    void aDateTheDateRuleCannotShiftDoesNotSurvive() {
        String copy = plan().word("heal/4/05/2021", Set.of());
        assertEquals("heal/4/05/2021".length(), copy.length());
        assertTrue(copy.matches("[a-z]{4}/\\d/\\d\\d/\\d{4}") && !copy.endsWith("4/05/2021"), copy);
    }

    @Test
    void aBankNameThatIsAlsoAPersonsNameIsKeptOnlyWhereBankIsPrinted() {
        Word[] narration = {word("NEFT/Gautam"), word("Jana/salary")};
        Word[] bank = {word("KOTAK"), word("MAHINDRA"), word("BANK-XX12")};
        Document doc = new Document(List.of(new Page(1, 600, 800, List.of(new Line(100, List.of(narration)),
                new Line(120, List.of(bank))))), Metadata.empty(), Forensics.none());
        var out = plan().plan(doc, new java.util.TreeMap<>());
        assertFalse(out.get(new WordRef(0, 0, 1)).contains("Jana"), out.get(new WordRef(0, 0, 1)));
        assertTrue(out.get(new WordRef(0, 0, 1)).endsWith("/salary"), out.get(new WordRef(0, 0, 1)));
        assertEquals("KOTAK", out.get(new WordRef(0, 1, 0)));
        assertEquals("MAHINDRA", out.get(new WordRef(0, 1, 1)));
    }

    @Test
    void aReferenceTheParserReadIsInventedHoweverShort() {
        TextPlan plan = new TextPlan(VOCABULARY, new Inventor(new Random(7), VOCABULARY, Set.of()), -70, Option.none(),
                Set.of("0000000000000524"), Option.none(), java.util.Map.of());
        String copy = plan.word("0000000000000524", Set.of());
        assertNotEquals("0000000000000524", copy);
        assertTrue(copy.startsWith("0000000000000") && copy.length() == 16, copy);
        assertEquals("0000000000000525", plan.word("0000000000000525", Set.of()), "not a reference: a serial, kept");
    }

    @Test
    void shortNumbersStandingOnTheirOwnAreKept() {
        TextPlan plan = plan();
        for (String kept : new String[]{"3", "000029", "11:25", "1/3", "2021", "XXXX"}) {
            assertEquals(kept, plan.word(kept, Set.of()));
        }
        assertNotEquals("4160", plan.word("4160", Set.of()), "four significant digits are invented on their own too");
    }

    @Test
    void bankCodesAndWordsTheVocabularyKeepsWholeAreNotPersonal() {
        // the bank part of an IFSC is kept in the copy, so the same code printed alone must not count as
        // personal; nor may a run of a word the vocabulary keeps whole (E-mail keeps MAIL)
        Word[] words = {word("E-mail:"), word("NEFT/QWZB0001234/x"), word("IMPS//QWZB/ref"), word("Hemalatha")};
        Document doc = new Document(List.of(new Page(1, 600, 800, List.of(new Line(100, List.of(words))))),
                Metadata.empty(), Forensics.none());
        Set<String> personal = Redactors.REDACTOR.personal(doc, Option.none()).runs();
        assertFalse(personal.contains("QWZB"), "IFSC bank code");
        assertFalse(personal.contains("MAIL"), "vocabulary word");
        assertTrue(personal.contains("HEMALATHA") && personal.stream().anyMatch(r -> r.endsWith("1234")), personal.toString());
    }

    private static Word word(String text) {
        return new Word(text, 10, 100, 50, 8, "Helvetica", 8);
    }
}
