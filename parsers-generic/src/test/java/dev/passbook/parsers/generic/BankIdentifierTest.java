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

    // ---- what real statements print (synthetic values) ----

    @Test
    void transactionLinesThatReachTheFurnitureAreNeverRead() {
        assertEquals("none", idOf("14-02-2024 EMI Auto Debit HDFC Bank 1875.20 10240.55"));
        assertEquals("none", idOf("4 Jan 2024 NEFT CR-ICIC0001234-ASHA RAO 1,000.00 5,000.00"));
        assertEquals("axis", idOf("14-02-2024 EMI Auto Debit HDFC Bank 1875.20 10240.55", "REGISTERED OFFICE - AXIS BANK LTD, MUMBAI"));
    }

    @Test
    void namesGluedToNarrationCodesAreCounterpartiesNotTheBank() {
        assertEquals("none", idOf("UPI/DR/412345678901/ICICI BANK", "@okaxis/ICICI Bank", "UPI/P/HDFC/asha.rao@okhdfcbank/PAYMENT"));
        assertEquals("icici", idOf("Legend: IFT - transfer (Within ICICI Bank)"));
    }

    @Test
    void aBankInAnAddressLandmarkIsNotTheStatementsBank() {
        assertEquals("none", idOf("PLOT 9, OPP. SBI COLONY GATE", "NEAR STATE BANK OF INDIA, MG ROAD", "NR. CANARA BANK"));
        assertEquals("indian", idOf("OPP STATE BANK OF INDIA, MG ROAD", "Regd. Office: Indian Bank, Head Office"));
    }

    @Test
    void webAndMailDomainsAndOwnAbbreviationsNameTheBank() {
        assertEquals("bob", idOf("Customer care: visit https://www.bankofbaroda.in"));
        assertEquals("indian", idOf("Write to care@indianbank.co.in or see https://indianbank.in"));
        assertEquals("paytm", idOf("More at paytmbank.com/help Page 2"));
        assertEquals("canara", idOf("please visit www.canarabank.com for details"));
        assertEquals("paytm", idOf("PPBL Springfield branch, Tower Two, Sector-12"));
        assertEquals("none", idOf("VPA: asha@okhdfcbank", "ppbl lower case", "UPI/PPBL/123", "xbankofbaroda.info"));
    }

    @Test
    void aCooperativeBankThatPrintsItsNameIsNotItsSponsorsIfsc() {
        assertEquals("none", idOf("THE SAMPLE NAGARIK SAHAKARI BANK LTD.", "IFSC : HDFC0CSAMPL"),
                "a co-operative bank the table does not know: ask, do not answer its sponsor");
        assertEquals("none", idOf("The Sample Urban Co-op. Bank Ltd.", "IFSC Code : ICIC00SUCB1", "Powered by HDFC Bank"));
        assertEquals("saraswat", idOf("SARASWAT CO-OP. BANK LTD.", "IFSC : HDFC0CSARAS"));
        assertEquals("kalupur", idOf("The Kalupur Commercial Co.op. Bank Ltd.", "MICR : 380000001 IFSC : KCCB0ABC001"));
        assertEquals("kalupur", idOf("THE KALUPUR COMMERCIAL CO.-OP. BANK LTD.", "( Scheduled Bank )"));
    }

    @Test
    void underTheTableOnlyALabelledIfscOrAPrintedNameCounts() {
        assertEquals("none", BankIdentifier.identify(List.of("ACCOUNT STATEMENT"),
                () -> List.of("UPI20240101 ICIC0AB0001/5550001111")).map(f -> f.bank().id()).getOrElse("none"));
        assertEquals("kvb", BankIdentifier.identify(List.of("ACCOUNT STATEMENT"),
                () -> List.of("Branch : MG ROAD IFSC CODE - KVBL0001234")).map(f -> f.bank().id()).getOrElse("none"));
        assertEquals("axis", BankIdentifier.identify(List.of("ACCOUNT STATEMENT"),
                () -> List.of("REGISTERED OFFICE - AXIS BANK LTD, MUMBAI")).map(f -> f.bank().id()).getOrElse("none"));
    }

    @Test
    void theFurnitureIsNotReadWhenTheTextAboveTheTableNamesTheBank() {
        assertEquals("sbi", BankIdentifier.identify(List.of("IFS Code : SBIN0001234"),
                () -> { throw new AssertionError("furniture read"); }).get().bank().id());
    }
}
