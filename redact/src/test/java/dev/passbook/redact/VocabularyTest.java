package dev.passbook.redact;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {

    private final Vocabulary vocabulary = Vocabulary.standard();

    @Test
    void everyWordOfTheCopysOwnMetadataSurvives() {
        // else an original narration word that happens to be one of them would make the leak check refuse
        List<String> words = new ArrayList<>(LeakCheck.runs(Redrawer.TITLE + " " + Redrawer.CREATOR + " original producer none other"));
        for (String[] family : Redactor.PRODUCER_FAMILIES) {
            words.addAll(LeakCheck.runs(family[1]));
        }
        assertEquals(List.of(), words.stream().filter(w -> !vocabulary.keeps(w)).toList());
    }

    @Test
    void headerPhrasesOfTheTableEngineSurviveAndNamesDoNot() {
        assertTrue(vocabulary.keeps("Withdrawal"));
        assertTrue(vocabulary.keeps("Particulars"));
        assertTrue(vocabulary.keeps("A/c"));
        assertTrue(vocabulary.keeps("neft"));
        assertFalse(vocabulary.keeps("Radha"));
        assertFalse(vocabulary.keeps("Kumar"));
    }
}
