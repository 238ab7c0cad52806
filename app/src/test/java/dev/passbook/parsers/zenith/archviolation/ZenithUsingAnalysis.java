package dev.passbook.parsers.zenith.archviolation;

import dev.passbook.analysis.name.PhoneticNameMatcher;

/**
 * Bad sample of a plugin written after the rules (no rule names "zenith"): a parser reaching into
 * the analysis module.
 */
public final class ZenithUsingAnalysis {
    public Object borrow() {
        return new PhoneticNameMatcher();
    }
}
