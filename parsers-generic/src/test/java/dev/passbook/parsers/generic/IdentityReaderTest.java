package dev.passbook.parsers.generic;

import dev.passbook.core.document.Line;
import dev.passbook.core.domain.Identity;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static dev.passbook.parsers.generic.TextFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityReaderTest {

    private static Identity read(Line... lines) {
        return IdentityReader.read(List.of(lines)).getOrElseThrow(() -> new AssertionError("no identity"));
    }

    @Test
    void readsEveryLabelledFieldWithItsValueColumn() {
        Identity id = read(
                line(34, 250, "STATE BANK OF INDIA"),
                line(56, 26, "Account Name :", 130, "MR PRAKASH MANOJ BANERJEE"),
                line(67, 26, "Address :", 130, "PLOT NO 17 GOKUL DHAM"),
                line(78, 130, "LINK ROAD"),
                line(89, 130, "MUMBAI 400013"),
                line(100, 130, "MAHARASHTRA INDIA"),
                line(111, 26, "Account Number :", 130, "917327757079615"),
                line(122, 26, "CIF No. :", 130, "389440647"),
                line(133, 26, "IFS Code :", 130, "SBIN0319755"),
                line(144, 26, "MICR Code :", 130, "110002593"),
                line(160, 26, "Account Statement from 1 May 2021 to 31 May 2021"));
        assertEquals("917327757079615", id.accountNumber());
        assertEquals("MR PRAKASH MANOJ BANERJEE", id.name());
        assertEquals("PLOT NO 17 GOKUL DHAM\nLINK ROAD\nMUMBAI 400013\nMAHARASHTRA INDIA", id.address());
        assertEquals(Option.some("389440647"), id.customerId());
        assertEquals(Option.some("SBIN0319755"), id.ifsc());
        assertEquals(Option.some("110002593"), id.micr());
        assertEquals("INR", id.currency());
    }

    @Test
    void readsShortLabelWordings() {
        Identity id = read(
                line(56, 26, "Name :", 130, "ASHA RAO"),
                line(67, 26, "A/c No :", 130, "33277570796"),
                line(78, 26, "Customer ID :", 130, "76275146010"),
                line(89, 26, "IFSC :", 130, "UTIB0153197"),
                line(100, 26, "MICR :", 130, "110211005"));
        assertEquals("33277570796", id.accountNumber());
        assertEquals("ASHA RAO", id.name());
        assertEquals(Option.some("76275146010"), id.customerId());
        assertEquals(Option.some("UTIB0153197"), id.ifsc());
        assertEquals(Option.some("110211005"), id.micr());
        assertEquals("", id.address(), "no address printed");
    }

    @Test
    void readsSeveralLabelsOnOneLineAndKotakCustomerRelationNumber() {
        Identity id = read(
                line(56, 26, "Cust. Reln. No. : 81234567", 300, "Account No. : 4512345678 SAVINGS"),
                line(67, 26, "RTGS/NEFT IFSC : KKBK0000958", 300, "MICR : 400485002"));
        assertEquals("4512345678", id.accountNumber());
        assertEquals(Option.some("81234567"), id.customerId());
        assertEquals(Option.some("KKBK0000958"), id.ifsc());
        assertEquals(Option.some("400485002"), id.micr());
    }

    @Test
    void addressStopsAtTheNextLabelOrAtALineStartingFurtherLeft() {
        Identity labelled = read(
                line(67, 26, "Address :", 130, "12 MG ROAD"),
                line(78, 130, "PUNE 411001"),
                line(89, 26, "Account No :", 130, "1234567890"));
        assertEquals("12 MG ROAD\nPUNE 411001", labelled.address());
        Identity outdented = read(
                line(67, 26, "Address :", 130, "12 MG ROAD"),
                line(78, 26, "Statement of account"),
                line(89, 26, "Account No :", 130, "1234567890"));
        assertEquals("12 MG ROAD", outdented.address());
    }

    @Test
    void labelWordsInsideValuesAreNotLabels() {
        Identity id = read(
                line(56, 26, "Account Name :", 130, "MR BRANCH NAME"),
                line(67, 26, "Address :", 130, "NEAR MICR BRANCH ROAD"),
                line(78, 26, "Account Number :", 130, "1234567890"));
        assertEquals("MR BRANCH NAME", id.name());
        assertEquals("NEAR MICR BRANCH ROAD", id.address());
        assertTrue(id.micr().isEmpty());
    }

    @Test
    void withoutAnAccountNumberThereIsNoIdentity() {
        assertTrue(IdentityReader.read(List.of(line(56, 26, "Account Name :", 130, "ASHA RAO"))).isEmpty());
        assertTrue(IdentityReader.read(List.of(line(56, 26, "Account Number :", 130, "N/A"))).isEmpty());
        assertTrue(IdentityReader.read(List.empty()).isEmpty());
    }
}
