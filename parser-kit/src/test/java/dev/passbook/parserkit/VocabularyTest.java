package dev.passbook.parserkit;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static dev.passbook.parserkit.Role.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class VocabularyTest {

    private static void role(Role expected, String... headers) {
        for (String h : headers) {
            assertEquals(Option.some(expected), Vocabulary.builtIn().roleOf(h), h);
        }
    }

    @Test
    void dates() {
        role(DATE, "Date", "Txn Date", "Tran Date", "Transaction Date", "Post Date", "TXN DT", "Trans. Date", "DATE & TIME");
        role(VALUE_DATE, "Value Date", "Value Dt", "VALUE DATE", "Value\nDate");
    }

    @Test
    void narrations() {
        role(NARRATION, "Narration", "Description", "Particulars", "PARTICULARS", "Remarks", "Transaction Remarks",
                "Transaction Details", "Transaction Particulars");
    }

    @Test
    void references() {
        role(REFERENCE, "Chq./Ref.No.", "Chq. / Ref No.", "Ref No./Cheque No.", "Chq No", "Cheque Number",
                "Cheque\nNumber", "Chq/Ref No", "Reference No", "Instrument No", "Cheque no / Ref No",
                "Cheque/Ref. No.");
    }

    @Test
    void debitsAndCredits() {
        role(DEBIT, "Debit", "Withdrawal Amt.", "Withdrawal Amount", "Withdrawal\nAmount (INR )", "Withdrawal (Dr)",
                "Withdrawals", "Debit Amount", "DR", "WITHDRAWAL (DR)");
        role(CREDIT, "Credit", "Deposit Amt.", "Deposit Amount", "Deposit\nAmount (INR )", "Deposit (Cr)", "Deposits", "CR");
    }

    @Test
    void singleAmountAndItsDirection() {
        role(AMOUNT, "Amount", "Transaction Amount", "Amount (INR)", "Amt", "Amount (Rs.)", "Amount(INR)");
        role(DIRECTION, "Dr/Cr", "Cr/Dr", "DR / CR", "Debit/Credit", "Type");
    }

    @Test
    void balancesSerialsAndColumnsKeptApart() {
        role(BALANCE, "Balance", "Closing Balance", "Closing Balance*", "Balance (INR )", "Balance(INR)",
                "Running Balance", "Bal", "AVAILABLE BALANCE", "Balance ₹", "Current Balance");
        role(SERIAL, "S No.", "Sl. No.", "Sr No", "S.No", "SNo", "Serial No");
        role(OTHER, "Init. Br", "Branch Code", "Branch Name");
    }

    @Test
    void textThatNamesNoColumn() {
        assertEquals(Option.none(), Vocabulary.builtIn().roleOf(""));
        assertEquals(Option.none(), Vocabulary.builtIn().roleOf("MR PRAKASH KUMAR"));
        assertEquals(Option.none(), Vocabulary.builtIn().roleOf("6,53,577.32"));
    }

    @Test
    void aCurrencyNoteIsDroppedButNotTheEndOfAWord() {
        assertEquals("particulars", Vocabulary.key("Particulars"), "a word ending in 'rs' keeps it");
        assertEquals("withdrawalamount", Vocabulary.key("Withdrawal Amount (INR )"));
        assertEquals("balance", Vocabulary.key("Balance INR"));
    }

    @Test
    void aPluginMayTeachAPhrase() {
        assertEquals(Option.some(NARRATION), Vocabulary.builtIn().with(NARRATION, "Txn Info").roleOf("TXN INFO"));
        assertEquals(Option.none(), Vocabulary.builtIn().roleOf("TXN INFO"));
    }
}
