package dev.passbook.core.spi.support;

import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.Reconciliation;

/**
 * Checks a statement's arithmetic exactly: every printed balance equals the previous printed balance
 * (or the opening balance) plus the row's signed amount; the closing balance equals the last row's;
 * the printed summary agrees with the rows. Same as {@link Reconciliation#of}, kept for plugin authors
 * who look for it among the support helpers.
 */
public final class Reconciler {

    private Reconciler() {
    }

    public static Reconciliation reconcile(ParsedStatement s) {
        return Reconciliation.of(s);
    }
}
