package dev.passbook.adapters.http.api;

import dev.passbook.core.domain.Verification;

import java.util.Map;

/**
 * A statement's {@code verification} on the wire: the verdict a lender routes on, and the figures
 * behind it. {@code first_break} is {@code null} when no balance broke.
 */
public final class VerificationJson {

    private VerificationJson() {
    }

    public static Map<String, Object> of(Verification v) {
        Map<String, Object> m = Wire.object();
        m.put("verdict", v.verdict().wire());
        m.put("balances_checked", v.balancesChecked());
        m.put("balance_breaks", v.balanceBreaks());
        m.put("first_break", v.firstBreak().map(b -> {
            Map<String, Object> at = Wire.object();
            at.put("row", b.row());
            at.put("page", b.page() > 0 ? b.page() : null);
            return at;
        }).getOrNull());
        m.put("totals", v.totals().wire());
        m.put("explanation", v.describe());
        return m;
    }
}
