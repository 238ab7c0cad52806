package dev.passbook.testkit.render;

import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.testkit.Fixtures;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Seeded;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import io.vavr.collection.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenericLayoutsRenderingTest {

    private static GeneratedStatement sample(Layout layout, String bank, int seed, Predicate<GeneratedStatement> wanted) {
        for (int i = 0; i < 200; i++) {
            GeneratedStatement s = Seeded.sample(Statements.forLayout(layout, bank, StatementShape.defaults().rows(8, 30)), seed, i);
            if (wanted.test(s)) {
                return s;
            }
        }
        throw new AssertionError("no sample found");
    }

    private static void assertIdentityBlock(String text, GeneratedStatement s, String bankName, String accountLabel,
                                            String customerLabel, String ifscLabel, String micrLabel, String ifscPrefix) {
        Identity id = s.identity();
        for (String expected : List.of(bankName, "Account Name : " + id.name(), "Address : " + id.address().split("\n")[0],
                accountLabel + " : " + id.accountNumber(), customerLabel + " : " + id.customerId().get(),
                ifscLabel + " : " + id.ifsc().get(), micrLabel + " : " + id.micr().get())) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in\n" + text);
        }
        assertTrue(id.ifsc().get().startsWith(ifscPrefix), id.ifsc().get());
    }

    @Test
    void debitCreditLayoutPrintsSbiStyleHeaderDatesAndOptionalCrDrBalances() throws IOException {
        GeneratedStatement s = sample(Layout.GENERIC_DEBIT_CREDIT, "sbi", 1, g -> g.options().balanceMarkers());
        byte[] pdf = StatementRenderer.render(s, RenderOptions.defaults());
        PdfWords words = PdfWords.of(pdf);
        String text = words.text(1);
        assertIdentityBlock(text, s, "STATE BANK OF INDIA", "Account Number", "CIF No.", "IFS Code", "MICR Code", "SBIN0");
        assertTrue(text.contains("Txn Date Value Date Description Ref No./Cheque No. Debit Credit Balance"), text);
        Transaction first = s.transactions().head();
        String day = first.date().getDayOfMonth() + " " + first.date().getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
                java.util.Locale.ENGLISH) + " " + first.date().getYear();
        assertTrue(text.contains(day + " " + day), "first row starts with '" + day + "' twice (txn and value date):\n" + text);
        List<String> rowLines = List.range(1, words.pages() + 1).flatMap(words::lines)
                .filter(l -> l.matches("[0-9]{1,2} [A-Z][a-z]{2} [0-9]{4} .*"));
        assertEquals(s.transactions().size(), rowLines.size());
        assertTrue(rowLines.forAll(l -> l.endsWith(" CR") || l.endsWith(" DR")), rowLines::toString);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(595f, doc.getPage(0).getMediaBox().getWidth(), 0.01);
        }
        String last = words.text(words.pages());
        String closing = Fixtures.indian(s.closingBalance().abs()) + (s.closingBalance().signum() < 0 ? " DR" : " CR");
        assertTrue(last.contains("Closing Balance : " + closing), last);
    }

    @Test
    void amountDrCrLayoutFramesRowsWithOpeningTotalAndClosingRows() {
        GeneratedStatement s = sample(Layout.GENERIC_AMOUNT_DRCR, "axis", 2, g -> g.transactions().size() < 25);
        PdfWords words = PdfWords.of(StatementRenderer.render(s, RenderOptions.defaults()));
        String text = words.text(1);
        assertIdentityBlock(text, s, "AXIS BANK", "A/c No", "Customer ID", "IFSC", "MICR", "UTIB0");
        List<String> lines = List.range(1, words.pages() + 1).flatMap(words::lines);
        int header = lines.indexWhere(l -> l.startsWith("Tran Date Chq No Particulars Amount Dr/Cr Balance Init. Br"));
        assertTrue(header >= 0, lines::toString);
        assertEquals("OPENING BALANCE " + Fixtures.indian(s.openingBalance()), lines.get(header + 1));
        List<String> rows = lines.filter(l -> l.matches("[0-9]{2}-[0-9]{2}-[0-9]{4} .*"));
        assertEquals(s.transactions().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Transaction t = s.transactions().get(i);
            String marker = t.type() == TransactionType.DEBIT ? "DR" : "CR";
            assertTrue(rows.get(i).contains(Fixtures.indian(t.amount()) + " " + marker + " " + Fixtures.indian(t.balance().get())),
                    rows.get(i));
        }
        String debits = Fixtures.indian(s.summary().debits());
        String credits = Fixtures.indian(s.summary().credits());
        assertTrue(lines.contains("TRANSACTION TOTAL " + debits + " DR"), lines::toString);
        assertTrue(lines.contains("TRANSACTION TOTAL " + credits + " CR"), lines::toString);
        assertTrue(lines.contains("CLOSING BALANCE " + Fixtures.indian(s.closingBalance())), lines::toString);
    }

    @Test
    void serialFirstLayoutNumbersRowsAndPrintsValueDateBeforeTransactionDate() {
        GeneratedStatement s = sample(Layout.GENERIC_SERIAL_FIRST, "icici", 3, g -> g.options().dottedDates());
        PdfWords words = PdfWords.of(StatementRenderer.render(s, RenderOptions.defaults()));
        String text = words.text(1);
        assertIdentityBlock(text, s, "ICICI BANK", "Account Number", "Customer ID", "IFSC Code", "MICR Code", "ICIC0");
        assertTrue(text.contains("S No. Value Transaction Cheque Transaction Remarks Withdrawal Deposit Balance (INR )"), text);
        assertTrue(text.contains("Date Date Number Amount (INR ) Amount (INR )"), text);
        List<String> rows = List.range(1, words.pages() + 1).flatMap(words::lines).filter(l -> l.matches("[0-9]+ [0-9]{2}\\.[0-9]{2}\\.[0-9]{4} .*"));
        assertEquals(s.transactions().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Transaction t = s.transactions().get(i);
            String dotted = String.format("%02d.%02d.%04d", t.valueDate().get().getDayOfMonth(), t.valueDate().get().getMonthValue(),
                    t.valueDate().get().getYear());
            assertTrue(rows.get(i).startsWith((i + 1) + " " + dotted + " "), rows.get(i));
        }
        assertTrue(text.contains("Opening Balance : " + Fixtures.indian(s.openingBalance())), text);
    }

    @Provide
    Arbitrary<GeneratedStatement> anyLayout() {
        return Arbitraries.of(Layout.builtIn().asJava()).flatMap(l -> Statements.forLayout(l, StatementShape.defaults().rows(1, 15)));
    }

    @Property(tries = 15)
    void everyLayoutPrintsEveryAmountBalanceAndTheAccountNumber(@ForAll("anyLayout") GeneratedStatement s) {
        String text = PdfWords.of(StatementRenderer.render(s, RenderOptions.defaults())).allText();
        assertTrue(text.contains(s.identity().accountNumber()));
        // grouping differs between layouts (Indian, western): compare the digits
        String digits = text.replace(",", "");
        for (Transaction t : s.transactions()) {
            assertTrue(digits.contains(t.amount().toPlainString()), () -> "amount " + t.amount());
            String balance = t.balance().get().abs().toPlainString();
            assertTrue(digits.contains(balance), () -> "balance " + balance);
        }
    }
}
