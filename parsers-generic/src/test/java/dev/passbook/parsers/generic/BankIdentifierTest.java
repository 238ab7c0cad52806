package dev.passbook.parsers.generic;

import dev.passbook.core.domain.Bank;
import io.vavr.collection.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BankIdentifierTest {

    private static String idOf(String... lines) {
        return BankIdentifier.identify(List.of(lines)).map(f -> f.bank().id()).getOrElse("none");
    }

    @Property(tries = 120)
    void anIfscUnderItsLabelNamesTheBank(@ForAll("banks") Bank bank, @ForAll("branches") String branch,
                                         @ForAll("ifscLabels") String label) {
        String code = bank.ifscPrefix() + "0" + branch;
        assertEquals(bank.id(), idOf("ACCOUNT STATEMENT", "Account Number : 12345678901", label + " : " + code));
    }

    @Property(tries = 80)
    void everyBanksPrintedFullNameNamesIt(@ForAll("banks") Bank bank, @ForAll boolean upper) {
        String title = upper ? bank.fullName().toUpperCase(Locale.ROOT) : bank.fullName();
        assertEquals(bank.id(), idOf(title, "Account Statement from 1 Apr 2024 to 30 Apr 2024"));
    }

    @Test
    void everyBankIsFoundByItsName() {
        // the property samples; this walks the whole table once
        for (Bank bank : IndianBanks.all()) {
            assertEquals(bank.id(), idOf("  " + bank.fullName().toUpperCase(Locale.ROOT) + "  "), bank.fullName());
        }
    }

    @Test
    void aLabelledIfscWinsOverAnotherBanksNameAndCode() {
        assertEquals("kotak", idOf("Payments via HDFC BANK", "Beneficiary SBIN0001234", "IFSC Code : KKBK0000958"));
    }

    @Test
    void anUnlabelledIfscWinsOverAPrintedName() {
        assertEquals("yes", idOf("Statement of account", "Branch: Fort YESB0000001", "Powered by ICICI Bank"));
    }

    @Test
    void longerNamesAreNotMistakenForTheNamesInsideThem() {
        assertEquals("sbi", idOf("STATE BANK OF INDIA"));
        assertEquals("boi", idOf("BANK OF INDIA"));
        assertEquals("union", idOf("Union Bank of India"));
        assertEquals("central", idOf("CENTRAL BANK OF INDIA"));
        assertEquals("sib", idOf("The South Indian Bank Ltd"));
        assertEquals("indian", idOf("INDIAN BANK"));
        assertEquals("iob", idOf("INDIAN OVERSEAS BANK"));
    }

    @Test
    void theTopmostNameWins() {
        assertEquals("axis", idOf("AXIS BANK", "Cheque deposited from CANARA BANK"));
    }

    @Test
    void nameInsideAWordDoesNotCount() {
        assertEquals("none", idOf("ZYESBANKS LIMITED", "SUPERHSBCX"));
    }

    @Test
    void textWithoutBankOrCodeNamesNone() {
        assertEquals("none", idOf("Account Statement", "Name : MR A KUMAR", "Account No : 1234567890",
                "IFSC : ABCD1234567"));
        assertTrue(BankIdentifier.identify(List.empty()).isEmpty());
    }

    @Test
    void unknownPrefixUnderTheLabelFallsBackToThePrintedName() {
        assertEquals("canara", idOf("CANARA BANK", "IFSC : QQQQ0001234"));
    }

    @Provide
    Arbitrary<Bank> banks() {
        return Arbitraries.of(IndianBanks.all().asJava());
    }

    @Provide
    Arbitrary<String> branches() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofLength(6);
    }

    @Provide
    Arbitrary<String> ifscLabels() {
        return Arbitraries.of("IFSC", "IFS Code", "IFSC Code", "RTGS/NEFT IFSC", "ifsc");
    }
}
