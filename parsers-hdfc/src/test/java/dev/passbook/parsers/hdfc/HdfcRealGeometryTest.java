package dev.passbook.parsers.hdfc;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Forensics;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Metadata;
import dev.passbook.core.document.Page;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.domain.Verdict;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.StatementSummary;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.passbook.parsers.hdfc.HdfcFixtures.PARSER;
import static dev.passbook.testkit.drawn.DrawnText.line;
import static dev.passbook.testkit.drawn.DrawnText.rightAligned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The legacy export as real files print it (BANK-LAYOUTS.md, "What real exports showed"), drawn by hand:
 * the page label on the title line, the holder block on baselines of its own between the labelled fields,
 * the period line between {@code Cust ID} and {@code Account Number}, that label 2 pt off its value,
 * {@code Narration} centred over a column whose text starts far to its left, amounts sticking out past
 * their titles, a reversal printed with a minus under Withdrawal, and the summary's centred labels over
 * figures that do not stand under them.
 */
class HdfcRealGeometryTest {

    private static final double PITCH = 17.2;

    private static Line row(double y, String date, String narration, String ref, String withdrawal, String deposit,
                            String balance) {
        return line(y, 34, date, 72, narration, 290, ref, 362, date,
                rightAligned(470, withdrawal.isEmpty() ? "x" : withdrawal), withdrawal,
                rightAligned(548, deposit.isEmpty() ? "x" : deposit), deposit, rightAligned(626, balance), balance);
    }

    static List<Line> firstPage(String title, String ifsc) {
        double y = 257.5;
        return List.of(
                line(25, 34, title, 292, "Page No .: 1", 514, "Statement of account"),
                line(58.8, 340, "Account Branch : PUNE - MG ROAD"),
                line(67.5, 340, "Address : BRANCH PREMISES MG ROAD"),
                line(93.6, 340, "City : PUNE 411001"),
                line(97.1, 34, "MR RAHUL SHARMA"),
                line(102.3, 340, "State : MAHARASHTRA"),
                line(108.7, 34, "FLAT NO 12 SAI KRUPA"),
                line(120.0, 34, "MG ROAD", 340, "OD Limit : 0.00", 430, "Currency : INR"),
                line(132.0, 34, "PUNE 411001"),
                line(137.1, 340, "Cust ID : 12345678"),
                line(143.6, 34, "MAHARASHTRA INDIA"),
                line(150.0, 34, "From : 01/04/2024", 154, "To : 30/04/2024"),
                line(155.5, 397, ": 50100123456789 REGULAR SAVINGS"),
                line(157.6, 340, "Account Number"),
                line(163.2, 340, "A/C Open Date : 01/06/2015"),
                line(172.0, 34, "JOINT HOLDERS :", 340, "Account Status : Regular"),
                line(180.5, 340, "RTGS/NEFT IFSC: " + ifsc, 476, "MICR : 411240002"),
                line(199.1, 34, "Nomination : Registered"),
                line(239.9, 40, "Date", 152, "Narration", 292, "Chq./Ref.No.", 361, "Value Dt", 405, "Withdrawal Amt.",
                        491, "Deposit Amt.", 564, "Closing Balance"),
                row(y, "01/04/24", "UPI-RAVI KUMAR-OKSBI-SBIN00012", "0000000000123456", "250.50", "", "9,749.50"),
                line(y + PITCH, 72, "34-GROCERIES"),
                row(y + 2 * PITCH, "02/04/24", "NEFT CR-ACME SOFTWARE PVT LTD-", "0000000000654321", "", "50,000.00", "59,749.50"),
                line(y + 3 * PITCH, 72, "SALARY APRIL"),
                row(y + 4 * PITCH, "03/04/24", "POS 416021XXXXXX1234 REVERSAL", "0000000000777777", "-1.00", "", "59,750.50"),
                line(400, 40, "STATEMENT SUMMARY :-"),
                line(415, 40, "Opening Balance", 150, "Dr Count", 230, "Cr Count", 320, "Debits", 420, "Credits",
                        520, "Closing Bal"),
                line(427, 60, "10,000.00", 170, "2", 250, "1", 330, "249.50", 420, "50,000.00", 540, "59,750.50"),
                line(460, 34, "HDFC BANK LIMITED"),
                line(470, 34, "Registered Office Address: HDFC Bank House, Senapati Bapat Marg, Lower Parel, Mumbai 400013"));
    }

    static Document document(List<Line> lines) {
        return new Document(List.of(new Page(1, 638, 842, lines.sortBy(Line::y))), Metadata.empty(), Forensics.none());
    }

    @Test
    void theLegacyExportAsRealFilesPrintItIsReadWhole() {
        Either<ParseRefusal, ParsedStatement> read = PARSER.read(document(firstPage("HDFC BANK", "HDFC0001234")));
        assertTrue(read.isRight(), () -> read.getLeft().toString());
        ParsedStatement s = read.get();
        Identity id = s.identity();
        assertEquals("hdfc-legacy-v1", s.layoutId());
        assertEquals("50100123456789", id.accountNumber());
        assertEquals("MR RAHUL SHARMA", id.name());
        assertEquals("FLAT NO 12 SAI KRUPA, MG ROAD, PUNE 411001, MAHARASHTRA INDIA", id.address());
        assertEquals(Option.some("HDFC0001234"), id.ifsc());
        assertEquals(Option.some("411240002"), id.micr());
        assertEquals(Option.some("12345678"), id.customerId());
        assertEquals(Option.some("PUNE - MG ROAD"), id.branch());
        assertEquals(Option.some(LocalDate.of(2015, 6, 1)), id.accountOpeningDate());
        assertEquals(Option.some(DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30))), s.declaredPeriod());

        assertEquals(List.of("UPI-RAVI KUMAR-OKSBI-SBIN0001234-GROCERIES", "NEFT CR-ACME SOFTWARE PVT LTD-SALARY APRIL",
                        "POS 416021XXXXXX1234 REVERSAL"),
                s.transactions().map(Transaction::note), "narrations cut mid-word join without a space");
        assertEquals(List.of(TransactionType.DEBIT, TransactionType.CREDIT, TransactionType.CREDIT),
                s.transactions().map(Transaction::type), "the reversal printed as -1.00 under Withdrawal raises the balance");
        assertEquals(Option.some(new StatementSummary(Money.of("10000.00"), 2, 1, Money.of("249.50"), Money.of("50000.00"),
                Money.of("59750.50"))), s.summary());
        assertEquals(Verdict.VERIFIED, s.reconciliation().verification().verdict(),
                () -> s.reconciliation().toString());
    }

    @Test
    void aSummaryThatDisagreesWithTheRowsIsAMismatch() {
        List<Line> lines = firstPage("HDFC BANK", "HDFC0001234").map(l -> l.text().startsWith("10,000.00")
                ? line(427, 60, "10,000.00", 170, "3", 250, "1", 330, "249.50", 420, "50,000.00", 540, "59,750.50") : l);
        ParsedStatement s = PARSER.read(document(lines)).get();
        assertEquals(List.of("debit_count"), s.reconciliation().summaryMismatches().map(m -> m.field()));
        assertEquals(Verdict.UNVERIFIED, s.reconciliation().verification().verdict());
    }

    @Test
    void aCooperativeBankPrintingItsHdfcSponsorIfscIsNotAnHdfcStatement() {
        Document hdfc = document(firstPage("HDFC BANK", "HDFC0001234"));
        assertEquals(Option.some("hdfc"), PARSER.detect(hdfc).bankId(), "precondition: the same page reads as HDFC");
        Document coop = document(firstPage("THE ACME URBAN CO-OPERATIVE BANK LTD", "HDFC0CACME1"));
        Detection d = PARSER.detect(coop);
        assertEquals(Option.none(), d.bankId(), d.toString());
        assertTrue(d.confidence() <= 5, d.toString());
    }

    @Test
    void anHdfcIfscAloneClaimsNoBank() {
        // no footer, no HDFC column header: only the IFSC says HDFC0
        Document bare = document(List.of(line(30, 34, "RTGS/NEFT IFSC : HDFC0001234"),
                line(50, 34, "Txn Date", 100, "Description", 300, "Debit", 360, "Credit", 420, "Balance")));
        Detection d = PARSER.detect(bare);
        assertEquals(Option.none(), d.bankId(), d.toString());
    }
}
