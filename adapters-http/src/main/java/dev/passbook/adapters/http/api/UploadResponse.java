package dev.passbook.adapters.http.api;

import dev.passbook.core.application.UploadOutcome;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.NameMatch;
import dev.passbook.core.domain.Statement;

import java.util.Map;

/**
 * The 200 body of an upload: every field of the document's example in its order, plus
 * {@code fraud_signals} and {@code verification}; {@code identity} only when asked for, {@code progress}
 * only when asked for.
 */
public final class UploadResponse {

    private UploadResponse() {
    }

    public static Map<String, Object> of(UploadOutcome outcome, boolean withIdentity, boolean withProgress) {
        Statement s = outcome.statement();
        Map<String, Object> m = Wire.object();
        m.put("bank_name", s.bankId());
        m.put("statement_id", s.id());
        m.put("page_count", s.pageCount());
        if (withIdentity) {
            m.put("identity", IdentityJson.of(s));
        }
        m.put("date_range", Wire.range(s.period()));
        m.put("opening_date", Wire.orNull(s.identity().accountOpeningDate()));
        m.put("opening_bal", Wire.orNull(s.openingBalance()));
        m.put("closing_bal", Wire.orNull(s.closingBalance()));
        m.put("is_fraud", s.isFraud());
        m.put("fraud_type", Wire.orNull(s.worstSignal().map(FraudSignal::type)));
        m.put("fraud_signals", s.fraudSignals().map(UploadResponse::signal).toJavaList());
        m.put("verification", VerificationJson.of(s.verification()));
        Map<String, Object> metadata = Wire.object();
        metadata.put("name_matches", s.nameMatches().map(UploadResponse::nameMatch).toJavaList());
        m.put("metadata_analysis", metadata);
        m.put("country_code", "IN");
        m.put("currency_code", "INR");
        m.put("extracted_date_range", Wire.range(s.extracted()));
        m.put("account_id", s.accountId());
        m.put("masked_account_number", s.identity().maskedAccountNumber());
        m.put("months", Wire.months(outcome.months()));
        m.put("missing_months", Wire.months(outcome.missingMonths()));
        m.put("status", 1);
        m.put("session_id", s.sessionId());
        if (withProgress) {
            m.put("progress", ProgressJson.of(outcome.sessionStatements()));
        }
        return m;
    }

    static Map<String, Object> signal(FraudSignal signal) {
        Map<String, Object> m = Wire.object();
        m.put("fraud_type", signal.type());
        m.put("fraud_category", signal.category());
        m.put("evidence", signal.evidence());
        return m;
    }

    private static Map<String, Object> nameMatch(NameMatch match) {
        Map<String, Object> m = Wire.object();
        m.put("name", match.name());
        m.put("matched_name", match.matchedName());
        m.put("score", match.score());
        m.put("matched", match.matched());
        return m;
    }
}
