package dev.passbook.parsers.generic;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static dev.passbook.parsers.generic.ColumnRole.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HeaderVocabularyTest {

    private static void role(ColumnRole expected, String... headers) {
        for (String h : headers) {
            assertEquals(Option.some(expected), HeaderVocabulary.classify(h), h);
        }
    }

    @Test
    void dates() {
        role(DATE, "Date", "Txn Date", "Tran Date", "Transaction Date", "Post Date", "TXN DT", "Trans. Date");
        role(VALUE_DATE, "Value Date", "Value Dt", "VALUE DATE", "Value\nDate");
    }

    @Test
    void narrations() {
        role(NARRATION, "Narration", "Description", "Particulars", "Remarks", "Transaction Remarks",
                "Transaction Details", "PARTICULARS");
    }

    @Test
    void references() {
        role(REFERENCE, "Chq./Ref.No.", "Chq. / Ref No.", "Ref No./Cheque No.", "Chq No", "Cheque Number",
                "Cheque\nNumber", "Chq/Ref No", "Reference No", "Instrument No");
    }

    @Test
    void debitsAndCredits() {
        role(DEBIT, "Debit", "Withdrawal Amt.", "Withdrawal Amount", "Withdrawal\nAmount (INR )", "Withdrawal (Dr)",
                "Withdrawals", "Debit Amount", "DR");
        role(CREDIT, "Credit", "Deposit Amt.", "Deposit Amount", "Deposit\nAmount (INR )", "Deposit (Cr)", "Deposits", "CR");
    }

    @Test
    void singleAmountAndItsDirection() {
        role(AMOUNT, "Amount", "Transaction Amount", "Amount (INR)", "Amt", "Amount (Rs.)");
        role(DR_CR, "Dr/Cr", "Cr/Dr", "DR / CR", "Debit/Credit", "Type");
    }

    @Test
    void balancesAndSerials() {
        role(BALANCE, "Balance", "Closing Balance", "Closing Balance*", "Balance (INR )", "Running Balance", "Bal");
        role(SERIAL, "S No.", "Sl. No.", "Sr No", "S.No", "SNo", "Serial No");
    }

    @Test
    void otherTextIsNoColumnWeKnow() {
        assertEquals(Option.none(), HeaderVocabulary.classify("Init. Br"));
        assertEquals(Option.none(), HeaderVocabulary.classify(""));
        assertEquals(Option.none(), HeaderVocabulary.classify("MR PRAKASH KUMAR"));
        assertEquals(Option.none(), HeaderVocabulary.classify("6,53,577.32"));
    }
}
