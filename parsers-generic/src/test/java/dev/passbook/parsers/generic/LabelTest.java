package dev.passbook.parsers.generic;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelTest {

    @Test
    void readsLabelColonValueTextWithTheLongestWordingWinning() {
        var m = Label.read("Account Branch : MG ROAD   Branch Code : 0123   Opening Balance : 1,234.50 Currency : INR");
        assertEquals(Option.some("MG ROAD"), m.get(Label.BRANCH));
        assertEquals(Option.some("1,234.50"), m.get(Label.OPENING_BALANCE), "the value stops at the next label");
        assertEquals(Option.some("0123"), m.get(Label.OTHER));
    }

    @Test
    void needsAColonAndAWholeWord() {
        assertTrue(Label.read("Opening Balance 1,234.50").isEmpty());
        assertTrue(Label.read("XOpening Balance : 1,234.50").isEmpty());
        assertEquals(Option.some("1,234.50"), Label.read("opening   balance:1,234.50").get(Label.OPENING_BALANCE));
        assertTrue(Label.read("Closing Balance :   ").isEmpty(), "a label without a value");
    }

    @Test
    void printedWordsAreComparedWithoutCaseSpacesOrDots() {
        assertEquals(Option.some(Label.ACCOUNT_NUMBER), Label.ofKey(Label.key("A/C") + Label.key("No")));
        assertEquals(Option.some(Label.ACCOUNT_NUMBER), Label.ofKey(Label.key("Acc.No.")));
        assertEquals(Option.some(Label.CUSTOMER_ID), Label.ofKey(Label.key("Cust.") + Label.key("Reln.") + Label.key("No.")));
        assertEquals(Option.none(), Label.ofKey(Label.key("Statement")));
    }
}
