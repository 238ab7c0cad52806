package dev.passbook.analysis;

import dev.passbook.analysis.signal.AccountingChecks;
import dev.passbook.analysis.signal.AuthorCheck;
import dev.passbook.analysis.signal.DateCheck;
import dev.passbook.analysis.signal.FontCheck;
import dev.passbook.analysis.signal.PageSizeCheck;
import dev.passbook.analysis.signal.RevisionCheck;
import dev.passbook.analysis.signal.SignatureCheck;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;

/** Every fraud signal Passbook knows, in one place, in the order they are checked. */
public final class SignalRules {

    public static final String ACCOUNTING = "accounting";
    public static final String METADATA = "metadata";
    public static final String FONT = "font";

    public static final String INCONSISTENT_TRANSACTION = "inconsistent_transaction";
    public static final String SUMMARY_MISMATCH = "summary_mismatch";
    public static final String TRANSACTION_ORDER = "transaction_order";
    public static final String TRANSACTION_OUTSIDE_PERIOD = "transaction_outside_period";
    public static final String AUTHOR_FRAUD = "author_fraud";
    public static final String DATE_FRAUD = "date_fraud";
    public static final String INCREMENTAL_UPDATE = "incremental_update";
    public static final String PAGE_SIZE_DRIFT = "page_size_drift";
    public static final String SIGNATURE_INVALID = "signature_invalid";
    public static final String FONT_MISMATCH = "font_mismatch";

    /** A printed balance is not the previous balance plus the row's amount. */
    public static final SignalRule BALANCE_BREAKS =
            new SignalRule(INCONSISTENT_TRANSACTION, ACCOUNTING, AccountingChecks::balanceBreaks);
    /** The printed summary or closing balance disagrees with the rows. */
    public static final SignalRule SUMMARY =
            new SignalRule(SUMMARY_MISMATCH, ACCOUNTING, AccountingChecks::summaryMismatches);
    /** A row is dated before the row printed above it. */
    public static final SignalRule DATE_ORDER =
            new SignalRule(TRANSACTION_ORDER, ACCOUNTING, AccountingChecks::outOfOrder);
    /** A row is dated outside the period the statement declares. */
    public static final SignalRule OUTSIDE_PERIOD =
            new SignalRule(TRANSACTION_OUTSIDE_PERIOD, ACCOUNTING, AccountingChecks::outsidePeriod);
    /** Producer or creator is an editor, or not one of the bank's generators. */
    public static final SignalRule AUTHOR = new SignalRule(AUTHOR_FRAUD, METADATA, AuthorCheck::check);
    /** Modified after creation, or created before the period ended. */
    public static final SignalRule DATES = new SignalRule(DATE_FRAUD, METADATA, DateCheck::check);
    /** The file was saved again incrementally. */
    public static final SignalRule REVISIONS = new SignalRule(INCREMENTAL_UPDATE, METADATA, RevisionCheck::check);
    /** A page is not one of the bank's page sizes. */
    public static final SignalRule PAGE_SIZE = new SignalRule(PAGE_SIZE_DRIFT, METADATA, PageSizeCheck::check);
    /** A signature is invalid or does not cover the file. */
    public static final SignalRule SIGNATURE = new SignalRule(SIGNATURE_INVALID, METADATA, SignatureCheck::check);
    /** An amount is set in another font or size than its column. */
    public static final SignalRule FONTS = new SignalRule(FONT_MISMATCH, FONT, FontCheck::check);

    /** By default severity, most severe first; within a level the stronger evidence of tampering first. */
    private static final List<SignalRule> ALL = List.of(BALANCE_BREAKS, SUMMARY, SIGNATURE, REVISIONS, FONTS,
            PAGE_SIZE, AUTHOR, DATES, OUTSIDE_PERIOD, DATE_ORDER);

    /** The signals core's {@code AccountingAnalyzer} already reports on every upload. */
    private static final Set<SignalRule> CORE_RECONCILIATION = io.vavr.collection.HashSet.of(BALANCE_BREAKS, SUMMARY);

    /** Every wire type, for validating configuration. */
    public static final Set<String> TYPES = TreeSet.ofAll(ALL.map(SignalRule::type));

    private SignalRules() {
    }

    /** Every rule, for standalone use (command line, tests, any caller without core's upload service). */
    public static List<SignalRule> all() {
        return ALL;
    }

    /**
     * Every rule except the two core's upload service always adds itself ({@code AccountingAnalyzer}:
     * balance breaks and summary mismatches), so wiring this analyzer into the service does not
     * report them twice.
     */
    public static List<SignalRule> beyondReconciliation() {
        return ALL.filter(r -> !CORE_RECONCILIATION.contains(r));
    }
}
