package dev.passbook.parsers.generic;

import dev.passbook.core.document.Line;
import dev.passbook.core.domain.Identity;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static dev.passbook.parsers.generic.TextFixtures.line;
import java.time.LocalDate;

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

    // ---- label forms seen on real statements (synthetic values) ----

    @Test
    void labelsWithoutAColonTakeTheValueBesideThem() {
        Identity id = read(
                line(100, 30, "Customer Name", 310, "ASHA RAO"),
                line(110, 30, "Branch", 310, "MG ROAD"),
                line(120, 30, "Account Number", 310, "12345678901"),
                line(130, 30, "Customer Id", 310, "CU12345"),
                line(140, 30, "IFSC Code", 310, "CNRB0001234"),
                line(150, 30, "MICR Code", 310, "560999001"));
        assertEquals("12345678901", id.accountNumber());
        assertEquals("ASHA RAO", id.name());
        assertEquals(Option.some("MG ROAD"), id.branch());
        assertEquals(Option.some("CU12345"), id.customerId());
        assertEquals(Option.some("CNRB0001234"), id.ifsc());
        assertEquals(Option.some("560999001"), id.micr());
    }

    @Test
    void aColonAsItsOwnWordOrGluedToTheValueSeparatesLabelAndValue() {
        Identity id = read(
                line(100, 36, "Account Name", 140, ":", 148, "MR RAVI KUMAR"),
                line(110, 36, "Account Number", 140, ":", 148, "00000012345678901"),
                line(120, 36, "IFS Code", 140, ":SBIN0001234"),
                line(130, 36, "Customer No :90123456"),
                line(140, 200, "MICR:400002001", 300, "IFSC:KCCB0ABC123"));
        assertEquals("00000012345678901", id.accountNumber());
        assertEquals("MR RAVI KUMAR", id.name());
        assertEquals(Option.some("SBIN0001234"), id.ifsc());
        assertEquals(Option.some("90123456"), id.customerId());
        assertEquals(Option.some("400002001"), id.micr());
    }

    @Test
    void aRowOfLabelsTakesItsValuesFromTheRowBelow() {
        Identity id = read(
                line(200, 32, "ACCOUNT NUMBER", 122, "ACCOUNT TYPE", 213, "IFSC", 304, "MICR", 395, "INTEREST RATE", 487, "NOMINEE"),
                line(212, 32, "98765432101", 122, "SAVINGS", 213, "PYTM0000999", 304, "110999001", 395, "3.0%", 487, "Not Registered"));
        assertEquals("98765432101", id.accountNumber());
        assertEquals(Option.some("PYTM0000999"), id.ifsc());
        assertEquals(Option.some("110999001"), id.micr());
    }

    @Test
    void aRowOfLabelsIsOneEvenWithALabelTheVocabularyDoesNotKnow() {
        Identity id = read(
                line(200, 32, "ACCOUNT NUMBER", 122, "NICKNAME", 213, "IFSC"),
                line(212, 32, "98765432101", 122, "MY SAVINGS", 213, "PYTM0000999"));
        assertEquals("98765432101", id.accountNumber());
        assertEquals(Option.some("PYTM0000999"), id.ifsc());
    }

    @Test
    void aLabelWithAColonAndNothingAfterItIsEmptyNotALabelOverTheNextLine() {
        Identity id = read(
                line(100, 26, "Customer Name :"),
                line(110, 26, "12 MG ROAD"),
                line(130, 26, "Account Number :", 130, "12345678901"));
        assertEquals("", id.name());
    }

    @Test
    void labelsStackedOverValuesBesideAnUnlabelledHolderBlockOnOtherBaselines() {
        Identity id = read(
                line(40, 180, "THE SAMPLE CO-OP. BANK LTD."),
                line(60, 24, "Account Statement", 256, "MICR : 380000001", 441, "IFSC : KCCB0XYZ001"),
                line(80, 26, "ASHA RAO"),
                line(84, 295, "Branch", 420, "Sanction Limit", 556, "ROI"),
                line(98, 295, "NEW TOWN", 436, "50000.00", 556, "0.00"),
                line(102, 26, "12 LAKE VIEW SOCIETY"),
                line(114, 295, "Account Number", 506, "Drawing Power"),
                line(116, 26, "NEAR CITY PARK"),
                line(128, 295, "07712345678", 528, "40000.00"),
                line(130, 26, "SPRINGFIELD 100002"),
                line(146, 295, "Account Type", 431, "Period"),
                line(160, 295, "SAVINGS", 431, "01-04-2024 - 30-06-2024"));
        assertEquals("07712345678", id.accountNumber());
        assertEquals(Option.some("NEW TOWN"), id.branch());
        assertEquals(Option.some("KCCB0XYZ001"), id.ifsc());
        assertEquals(Option.some("380000001"), id.micr());
        assertEquals("ASHA RAO", id.name());
        assertEquals("12 LAKE VIEW SOCIETY\nNEAR CITY PARK\nSPRINGFIELD 100002", id.address());
    }

    @Test
    void aLabelAFewPointsOffItsValuesBaselineStillReadsIt() {
        Identity id = read(
                line(100, 30, "Account No"),
                line(102, 150, "55512345678"),
                line(118, 150, "ASHA RAO"),
                line(120, 30, "Name"));
        assertEquals("55512345678", id.accountNumber());
        assertEquals("ASHA RAO", id.name());
    }

    @Test
    void twoColumnsOfLabelsKeepTheirValuesApart() {
        Identity id = read(
                line(120, 25, "Customer Name", 103, ":", 115, "ASHA RAO", 305, "CIF", 385, ":", 395, "7700000001"),
                line(140, 25, "Address", 103, ":", 115, "12 MG ROAD", 305, "Account Type", 385, ":", 395, "SB"),
                line(152, 115, "PUNE 411001"),
                line(160, 305, "Account Status", 385, ":", 395, "Active"),
                line(170, 25, "State", 103, ":", 115, "MAHARASHTRA"),
                line(180, 305, "Account Number", 385, ":", 395, "4412345678"),
                line(200, 305, "Branch IFSC", 385, ":", 395, "IDIB000P123"));
        assertEquals("4412345678", id.accountNumber());
        assertEquals("ASHA RAO", id.name());
        assertEquals("12 MG ROAD\nPUNE 411001", id.address());
        assertEquals(Option.some("7700000001"), id.customerId());
        assertEquals(Option.some("IDIB000P123"), id.ifsc());
    }

    @Test
    void anAddressDoesNotRunIntoTheNextColumnOfLabels() {
        Identity id = read(
                line(100, 15, "Name", 115, "ASHA RAO", 302, "Branch Code", 402, "0042"),
                line(110, 15, "Address", 115, "12 MG ROAD"),
                line(112, 302, "Branch Name", 402, "MG ROAD"),
                line(120, 302, "OTHER COLUMN TEXT"),
                line(130, 15, "Account Number", 115, "12345678901"));
        assertEquals("12 MG ROAD", id.address());
    }

    @Test
    void theAccountNumberInsideASentence() {
        assertEquals("77700000012345", read(line(300, 30,
                "Statement of transactions in Savings Account 77700000012345 in INR for the period Feb 01, 2024 - Feb 29, 2024"))
                .accountNumber());
        assertEquals("1234567890123", read(line(100, 20, "Statement for A/c 1234567890123 Between 01-Feb-2024 and 29-Feb-2024"))
                .accountNumber());
        assertEquals("XXXXXXXXXX1234", read(line(100, 20, "Statement for A/c XXXXXXXXXX1234 for the period 01-Feb-2024 to 29-Feb-2024"))
                .accountNumber());
        assertEquals("900000012345678", read(line(170, 168,
                "Statement of Axis Account No :900000012345678 for the period (From : 01-02-2024 To : 29-02-2024)"))
                .accountNumber());
        assertEquals("77700000012345", read(line(300, 30, "ASHA RAO", 414, "SAVINGS ACCOUNT - 77700000012345")).accountNumber());
    }

    @Test
    void datesAmountsAndShortNumbersAreNeverAccountNumbers() {
        assertTrue(IdentityReader.read(List.of(line(100, 30, "Account Statement as of 03-07-2024 10:15:42 GMT +0530"))).isEmpty());
        assertTrue(IdentityReader.read(List.of(line(100, 30, "A/c Open Date : 12-05-2024"))).isEmpty());
        assertTrue(IdentityReader.read(List.of(line(100, 30, "Account Balance 12345.67"))).isEmpty());
        assertTrue(IdentityReader.read(List.of(line(100, 30, "Account 1 of 2"))).isEmpty());
        assertTrue(IdentityReader.read(List.of(line(100, 30, "Account Number :", 130, "12-05-2024"))).isEmpty());
    }

    @Test
    void anAccountNumberValueCanCarryTheCurrencyAndTheHolder() {
        Identity icici = read(line(179, 160, "Account Number", 310, "000999888777(INR) - ASHA RAO"));
        assertEquals("000999888777", icici.accountNumber());
        assertEquals("ASHA RAO", icici.name());
        Identity ledger = read(line(500, 57, "Account No", 118, ":", 126, "11110100099999 INR RAVI K MENON"));
        assertEquals("11110100099999", ledger.accountNumber());
        assertEquals("RAVI K MENON", ledger.name());
    }

    @Test
    void anUnlabelledHolderBlockAtTheTopLeftGivesNameAndAddress() {
        Identity id = read(
                line(30, 28, "ACCOUNT STATEMENT"),
                line(69, 38, "ASHA RAO"),
                line(82, 38, "Joint Holder :- -"),
                line(95, 38, "HOUSE 21 SECOND MAIN"),
                line(108, 38, "GREEN PARK EXTENSION", 463, "Customer No :700012345"),
                line(121, 38, "SPRINGFIELD 100001", 503, "Currency :INR"),
                line(174, 93, "Statement of Account No :900000087654321 for the period (From : 01-01-2024 To : 31-03-2024)"));
        assertEquals("ASHA RAO", id.name());
        assertEquals("HOUSE 21 SECOND MAIN\nGREEN PARK EXTENSION\nSPRINGFIELD 100001", id.address());
        assertEquals(Option.some("700012345"), id.customerId());
    }

    @Test
    void blocksThatAreNotAHolderGiveNoName() {
        // the bank's branch address at the top left: its first line is not a name
        Identity branch = read(
                line(48, 26, "XYZ Springfield branch, Tower Two, Sector-12, Springfield-100001,"),
                line(61, 26, "Some State, India"),
                line(73, 26, "GSTIN - 27AAAAA0000A1Z5"),
                line(125, 26, "Account Number :", 130, "12345678901"));
        assertEquals("", branch.name());
        // a name-like line with no address under it
        Identity lone = read(line(40, 30, "Search"), line(60, 30, "ASHA RAO"), line(100, 30, "Account Number :", 130, "12345678901"));
        assertEquals("", lone.name());
        // a title
        Identity title = read(line(40, 30, "DETAILED STATEMENT"), line(52, 30, "12 MG ROAD"), line(64, 30, "PUNE 411001"),
                line(100, 30, "Account Number :", 130, "12345678901"));
        assertEquals("", title.name());
    }

    @Test
    void customerIdAfterADashAndTheAccountOpeningDate() {
        Identity id = read(
                line(120, 30, "Account statement for: 3 February 2024 to 17 May 2024", 450, "ACCOUNT OPENED ON: 12th Mar 2016"),
                line(184, 457, "CUSTOMER ID - ABC012345"),
                line(216, 32, "ACCOUNT NUMBER"),
                line(228, 32, "98765432101"));
        assertEquals(Option.some("ABC012345"), id.customerId());
        assertEquals(Option.some(LocalDate.of(2016, 3, 12)), id.accountOpeningDate());
        Identity iso = read(line(100, 20, "ACCOUNT NO", 130, ":", 150, "20200000001"),
                line(120, 320, "ACCOUNT OPENING DATE", 460, ":", 480, "2019-07-15"));
        assertEquals(Option.some(LocalDate.of(2019, 7, 15)), iso.accountOpeningDate());
    }

    @Test
    void aLabelAloneDoesNotTakeTextFromAnotherColumnAsItsValue() {
        Identity id = read(
                line(176, 20, "COMMUNICATION :", 150, "12 MG ROAD"),
                line(186, 20, "ADDRESS"),
                line(196, 150, "PUNE 411001"),
                line(210, 20, "ACCOUNT NO", 130, ":", 150, "20200000001"));
        assertEquals("", id.address());
    }

    @Test
    void aWrappedNameJoinsButAnUnlabelledAddressLineDoesNot() {
        Identity company = read(
                line(77, 90, "Name:", 160, "SAMPLE TRADERS INDIA"),
                line(84, 160, "PVT. LTD"),
                line(95, 90, "Address:", 160, "B-7/11, 1ST FLOOR"),
                line(120, 90, "A/C No:", 160, "555500000123"));
        assertEquals("SAMPLE TRADERS INDIA PVT. LTD", company.name());
        Identity person = read(
                line(77, 90, "Name:", 160, "ASHA RAO"),
                line(88, 160, "FLAT 12, MG ROAD"),
                line(120, 90, "A/C No:", 160, "555500000123"));
        assertEquals("ASHA RAO", person.name());
    }
}
