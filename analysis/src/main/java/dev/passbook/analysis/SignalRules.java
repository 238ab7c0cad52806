package dev.passbook.analysis;

import dev.passbook.core.application.AccountingAnalyzer;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;

/** Every fraud signal Passbook knows, in one place, in the order they are checked. */
public final class SignalRules {

    public static final String ACCOUNTING = "accounting";
    public static final String METADATA = "metadata";
    public static final String FONT = "font";

    /** Reported by core's {@link AccountingAnalyzer} (the one owner); here for the settings. */
    public static final String INCONSISTENT_TRANSACTION = AccountingAnalyzer.INCONSISTENT_TRANSACTION;
    /**
     * The setting for the severity of a summary mismatch, which core's {@link AccountingAnalyzer} reports as an
     * {@code inconsistent_transaction} with a {@code summary <field>} evidence (a type of its own before issue 16).
     */
    public static final String SUMMARY_MISMATCH = AccountingAnalyzer.SUMMARY_MISMATCH;
    public static final String TRANSACTION_ORDER = "transaction_order";
    public static final String TRANSACTION_OUTSIDE_PERIOD = "transaction_outside_period";
    public static final String AUTHOR_FRAUD = "author_fraud";
    public static final String DATE_FRAUD = "date_fraud";
    public static final String INCREMENTAL_UPDATE = "incremental_update";
    public static final String PAGE_SIZE_DRIFT = "page_size_drift";
    public static final String SIGNATURE_INVALID = "signature_invalid";
    public static final String FONT_MISMATCH = "font_mismatch";

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

    /**
     * By default severity, most severe first; within a level the stronger evidence of tampering first.
     * The balance and summary checks are not here: core's {@link AccountingAnalyzer} owns them and every
     * reading runs it ({@link AnalysisSettings#accounting()} gives it its severities).
     */
    private static final List<SignalRule> ALL = List.of(SIGNATURE, REVISIONS, FONTS, PAGE_SIZE, AUTHOR, DATES,
            OUTSIDE_PERIOD, DATE_ORDER);

    /** Every name a severity can be set for: these rules' types, and core's balance breaks and summary mismatches. */
    public static final Set<String> TYPES = TreeSet.ofAll(ALL.map(SignalRule::type))
            .add(INCONSISTENT_TRANSACTION).add(SUMMARY_MISMATCH);

    private SignalRules() {
    }

    /** Every rule, in the order they are checked. */
    public static List<SignalRule> all() {
        return ALL;
    }
}
