package dev.passbook.core.port;

import dev.passbook.core.domain.NameMatch;

/**
 * Compares a name the lender expects with the account holder's name as printed; the score is
 * 0..100. Must not throw.
 */
@FunctionalInterface
public interface NameMatcher {

    NameMatch match(String expectedName, String holderName);
}
