package dev.passbook.core.application;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Forensics;
import dev.passbook.core.document.Metadata;
import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.NameMatch;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.StatementSummary;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisTest {

    private static final Document DOC = new Document(List.empty(), Metadata.empty(), Forensics.none());
    private static final Identity IDENTITY = new Identity("1234", "A", "", Option.none(), Option.none(),
            AccountCategory.INDIVIDUAL, Money.ZERO, Money.ZERO, Option.none(), Option.none(), Option.none(), "INR");

    private static Transaction credit(String amount, String balance) {
        return new Transaction(LocalDate.of(2024, 1, 2), Option.none(), "N", Option.none(), TransactionType.CREDIT,
                Money.of(amount), Option.some(Money.of(balance)));
    }

    @Test
    void summaryThatDisagreesWithTheRowsIsAnInconsistentTransactionNamingTheSummaryField() {
        ParsedStatement s = new ParsedStatement("x", IDENTITY, Option.none(), Option.some(Money.of("100.00")),
                Option.none(), List.of(credit("50.00", "150.00")),
                Option.some(new StatementSummary(Money.of("100.00"), 0, 1, Money.ZERO, Money.of("80.00"), Money.of("150.00"))));
        assertEquals(dev.passbook.core.domain.Verdict.UNVERIFIED, s.reconciliation().verification().verdict());
        List<FraudSignal> signals = AccountingAnalyzer.defaults().analyse(DOC, s, "hdfc");
        assertEquals(List.of(new FraudSignal("inconsistent_transaction", "accounting", FraudSeverity.SUMMARY_MISMATCH,
                "page=-; field=summary credits; expected=50.00; found=80.00")), signals);
        assertEquals(List.of(new FraudSignal("inconsistent_transaction", "accounting", 7,
                "page=-; field=summary credits; expected=50.00; found=80.00")), new AccountingAnalyzer(100, 7, 20).analyse(DOC, s, "hdfc"),
                "the summary severity setting still applies");
        assertEquals(List.empty(), new AccountingAnalyzer(100, 0, 20).analyse(DOC, s, "hdfc"), "0 turns summary mismatches off");
    }

    @Test
    void balanceBreaksOutrankSummaryMismatches() {
        assertTrue(FraudSeverity.BALANCE_BREAK > FraudSeverity.SUMMARY_MISMATCH);
        assertTrue(FraudSeverity.SUMMARY_MISMATCH > FraudSeverity.TAMPERING);
        assertTrue(FraudSeverity.TAMPERING > FraudSeverity.FONT);
        assertTrue(FraudSeverity.FONT > FraudSeverity.METADATA);
    }

    @Test
    void aBalanceBreakIsOneSignalInTheOneEvidenceFormatWithTheWiredSeverity() {
        ParsedStatement s = new ParsedStatement("x", IDENTITY, Option.none(), Option.some(Money.of("100.00")),
                Option.none(), List.of(credit("50.00", "150.00"), credit("10.00", "170.00")), Option.none())
                .withNotes(new dev.passbook.core.spi.ParseNotes(List.of(1, 3), List.empty(), List.empty()));
        List<FraudSignal> signals = new AccountingAnalyzer(55, 90, 20).analyse(DOC, s, "hdfc");
        assertEquals(List.of(new FraudSignal("inconsistent_transaction", "accounting", 55,
                "page=3; field=balance (row 2, 2024-01-02); expected=160.00; found=170.00")), signals);
        assertTrue(new AccountingAnalyzer(0, 90, 20).analyse(DOC, s, "hdfc").isEmpty(), "severity 0 turns it off");
    }

    @Test
    void reconcilingStatementHasNoAccountingSignal() {
        ParsedStatement s = new ParsedStatement("x", IDENTITY, Option.none(), Option.some(Money.of("100.00")),
                Option.none(), List.of(credit("50.00", "150.00")), Option.none());
        assertTrue(AccountingAnalyzer.defaults().analyse(DOC, s, "hdfc").isEmpty());
    }

    @Test
    void nameMatcherIgnoresCaseOrderPunctuationAndHonorifics() {
        SimpleNameMatcher m = new SimpleNameMatcher();
        assertEquals(new NameMatch("Asha Verma", "MRS. VERMA ASHA", 100, true), m.match("Asha Verma", "MRS. VERMA ASHA"));
        NameMatch partial = m.match("Asha Kumari Verma", "ASHA VERMA");
        assertEquals(80, partial.score());
        assertTrue(partial.matched());
        NameMatch other = m.match("Ravi Kumar", "ASHA VERMA");
        assertEquals(0, other.score());
        assertFalse(other.matched());
        assertFalse(m.match("", "ASHA VERMA").matched());
    }

    @Test
    void accountIdIsTheDocumentedNameUuidAndIgnoresSpacesInTheNumber() {
        String expected = java.util.UUID.nameUUIDFromBytes("o|b|1234".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        assertEquals(expected, Fingerprints.accountId("o", "b", "1234"));
        assertEquals(expected, Fingerprints.accountId("o", "b", "12 34"));
        assertFalse(expected.equals(Fingerprints.accountId("o2", "b", "1234")));
    }

    @Test
    void sha256IsLowerCaseHex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Fingerprints.sha256(new byte[0]));
    }

    @Test
    void contentFingerprintChangesWithAnyTransactionFieldButNotWithNoteSpacingOrCase() {
        Transaction t = credit("50.00", "150.00");
        String base = Fingerprints.contentFingerprint("acc", List.of(t));
        Transaction spaced = new Transaction(t.date(), t.valueDate(), "  n ", t.reference(), t.type(), t.amount(), t.balance());
        assertEquals(base, Fingerprints.contentFingerprint("acc", List.of(spaced)));
        assertFalse(base.equals(Fingerprints.contentFingerprint("acc2", List.of(t))));
        assertFalse(base.equals(Fingerprints.contentFingerprint("acc", List.of(credit("50.01", "150.00")))));
        assertFalse(base.equals(Fingerprints.contentFingerprint("acc", List.of(credit("50.00", "150.01")))));
        Transaction debit = new Transaction(t.date(), t.valueDate(), t.note(), t.reference(), TransactionType.DEBIT,
                t.amount(), t.balance());
        assertFalse(base.equals(Fingerprints.contentFingerprint("acc", List.of(debit))));
        assertFalse(base.equals(Fingerprints.contentFingerprint("acc", List.of(t, t))));
    }

    @Test
    void transactionHashIsStableForAccountDateAmountBalanceAndNote() {
        Transaction t = credit("50.00", "150.00");
        Transaction same = new Transaction(t.date(), Option.some(LocalDate.of(2024, 1, 9)), "n", Option.some("REF"),
                t.type(), new java.math.BigDecimal("50.0"), t.balance());
        assertEquals(Fingerprints.transactionHash("acc", t), Fingerprints.transactionHash("acc", same));
        assertFalse(Fingerprints.transactionHash("acc", t).equals(Fingerprints.transactionHash("acc", credit("50.00", "151.00"))));
        assertFalse(Fingerprints.transactionHash("acc", t).equals(Fingerprints.transactionHash("other", t)));
    }
}
