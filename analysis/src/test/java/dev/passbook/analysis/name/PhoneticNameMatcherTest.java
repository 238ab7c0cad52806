package dev.passbook.analysis.name;

import dev.passbook.core.domain.NameMatch;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhoneticNameMatcherTest {

    private final PhoneticNameMatcher matcher = new PhoneticNameMatcher();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "MOHAMMED ALI, MUHAMMAD ALI",
            "MOHAMMAD ALI, MOHAMMED ALI",
            "MD SALIM, MOHAMMED SALIM",
            "Mohd. Salim, MOHAMMAD SALIM",
            "LAKSHMI DEVI, LAXMI DEVI",
            "RAJESH SHARMA, RAJESH SHARMAA",
            "SUNIL CHOUDHARY, SUNIL CHAUDHARI",
            "SUNIL CHOWDHURY, SUNIL CHAUDHARI",
            "SEETA RAM, SITA RAM",
            "SHRINIVAS RAO, SRINIVAS RAO",
            "R K SHARMA, RAJESH KUMAR SHARMA",
            "'Mr. R.K. Sharma', RAJESH KUMAR SHARMAA",
            "RAJESHKUMAR SHARMA, RAJESH KUMAR SHARMA",
            "'SHARMA, RAJESH', MR RAJESH SHARMA",
            "RAJESH SHARMA, RAJESH KUMAR SHARMA",
            "'PRIYA D''SOUZA', PRIYA DSOUZA",
            "M/S SHARMA TRADERS, SHARMA TRADERS",
            "RAJESH KUMAR S/O RAMESH KUMAR, RAJESH KUMAR",
            "SMT. KUMARI ANJALI VERMA, ANJALI VERMA"})
    void spellingVariantsOfOneNameMatch(String expected, String holder) {
        NameMatch m = matcher.match(expected, holder);
        assertTrue(m.matched(), () -> m.toString());
        assertTrue(m.score() >= 80 && m.score() <= 100, () -> m.toString());
        assertEquals(expected, m.name());
        assertEquals(holder, m.matchedName());
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({
            "RAJESH SHARMA, PRIYA IYER",
            "RAJESH SHARMA, SURESH SHARMA",
            "RAJESH SHARMA, RAKESH SHARMA",
            "RAM KUMAR, RIMA KUMAR",
            "ANIL GUPTA, SUNIL GUPTA",
            "SHARMA, RAJESH KUMAR SHARMA",
            "MOHAMMED ALI, ALI HASSAN KHAN"})
    void differentPeopleDoNotMatch(String expected, String holder) {
        NameMatch m = matcher.match(expected, holder);
        assertFalse(m.matched(), () -> m.toString());
    }

    @Test
    void identicalNamesScoreHundredAndUnrelatedOnesZero() {
        assertEquals(100, PhoneticNameMatcher.score("ANJALI VERMA", "ANJALI VERMA"));
        assertEquals(0, PhoneticNameMatcher.score("ANJALI VERMA", "BHUPEN DUTTA"));
    }

    @Test
    void missingMiddleNameCostsLessThanMissingFirstName() {
        int middle = PhoneticNameMatcher.score("RAJESH SHARMA", "RAJESH KUMAR SHARMA");
        int first = PhoneticNameMatcher.score("SHARMA", "RAJESH KUMAR SHARMA");
        assertTrue(middle > first, middle + " vs " + first);
        assertTrue(middle >= 80, "a dropped middle name still matches: " + middle);
    }

    @Test
    void initialsMatchLessThanTheFullName() {
        int initials = PhoneticNameMatcher.score("R K SHARMA", "RAJESH KUMAR SHARMA");
        assertTrue(initials < 100 && initials >= 80, "initials: " + initials);
        assertEquals(0, PhoneticNameMatcher.score("P", "RAJESH"), "an initial of another name");
    }

    @Test
    void emptyOrPunctuationOnlyNamesScoreZeroAndNeverMatch() {
        for (String blank : new String[]{"", "   ", "...", "12345", null}) {
            NameMatch m = matcher.match(blank, "RAJESH SHARMA");
            assertEquals(0, m.score());
            assertFalse(m.matched());
        }
        assertEquals(0, PhoneticNameMatcher.score("RAJESH", null));
    }

    @Test
    void thresholdIsConfigurable() {
        NameMatch loose = new PhoneticNameMatcher(60).match("RAJESH SHARMA", "RAKESH SHARMA");
        NameMatch strict = new PhoneticNameMatcher(99).match("R K SHARMA", "RAJESH KUMAR SHARMA");
        assertTrue(loose.matched(), loose::toString);
        assertFalse(strict.matched(), strict::toString);
        assertThrows(IllegalArgumentException.class, () -> new PhoneticNameMatcher(101));
        var fromSettings = PhoneticNameMatcher.from(dev.passbook.analysis.AnalysisSettings.fromMap(
                java.util.Map.of("analysis.name.threshold", "95")).get());
        assertFalse(fromSettings.match("R K SHARMA", "RAJESH KUMAR SHARMA").matched());
    }

    @Test
    void veryLongNamesAreBoundedNotExponential() {
        String many = List.range(0, 40).map(i -> "NAME" + (char) ('A' + i % 26) + (char) ('A' + i / 26)).mkString(" ");
        int s = PhoneticNameMatcher.score(many, many);
        assertEquals(100, s);
    }

    @Test
    void normaliserDropsTitlesRelationsAndExpandsAbbreviations() {
        assertEquals(List.of("MOHAMMED", "KUMAR", "ALI"), NameNormaliser.tokens("Dr. Md. Kr. Ali"));
        assertEquals(List.of("RAJESH", "KUMAR"), NameNormaliser.tokens("Shri RAJESH KUMAR S/O RAMESH"));
        assertEquals(List.of("JOSE"), NameNormaliser.tokens("José"));
        assertEquals(List.of("MR"), NameNormaliser.tokens("MR."), "a name made only of a title is kept");
        assertEquals(List.of("DSOUZA", "ALLOYS"), NameNormaliser.tokens("D'Souza, Alloys"));
    }

    @Test
    void indianSpellingFoldsCommonTransliterations() {
        assertEquals(IndianSpelling.fold("LAKSHMI"), IndianSpelling.fold("LAXMI"));
        assertEquals(IndianSpelling.fold("SHARMA"), IndianSpelling.fold("SHARMAA"));
        assertEquals(IndianSpelling.fold("PUJA"), IndianSpelling.fold("POOJA"));
        assertEquals(IndianSpelling.fold("VIJAY"), IndianSpelling.fold("WIJAY"));
        assertEquals(IndianSpelling.fold("BHATT"), IndianSpelling.fold("BHAT"));
        assertFalse(IndianSpelling.fold("RAJESH").equals(IndianSpelling.fold("RAKESH")));
    }
}
