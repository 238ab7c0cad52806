package dev.passbook.app.testing;

import dev.passbook.core.fixtures.StatementFile;

/**
 * Statements of bank {@code fakebank}, which core's {@code FakeBankParser} reads (registered in this
 * module's test {@code META-INF/services}, found by ServiceLoader like a real plugin): the app tests run
 * the real PDF reader and database without depending on the bank parsers' progress. Synthetic data only.
 */
public final class FakeBank {

    private FakeBank() {
    }

    /** Account {@code number} of ANITA DESAI, 7 LAKE VIEW ROAD BENGALURU, opening balance 10000.00; {@code pdf()} draws it. */
    public static StatementFile statement(String number) {
        return StatementFile.of("fakebank").account(number).name("ANITA DESAI").address("7 LAKE VIEW ROAD BENGALURU")
                .ifsc("FAKE0000001").opening("10000.00");
    }
}
