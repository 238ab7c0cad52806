package dev.passbook.testkit.arbitraries;

/**
 * Size and flavour of generated statements: how many rows, how often the account is an overdraft,
 * how often a month-end interest row is added when the period holds a 1st of the month.
 */
public record StatementShape(int minRows, int maxRows, double overdraftShare, double interestShare) {

    public StatementShape {
        if (minRows < 1 || maxRows < minRows) {
            throw new IllegalArgumentException("rows must be 1 <= min <= max: " + minRows + ".." + maxRows);
        }
        if (overdraftShare < 0 || overdraftShare > 1 || interestShare < 0 || interestShare > 1) {
            throw new IllegalArgumentException("shares are between 0 and 1");
        }
    }

    /** 1 to 40 rows, one statement in five an overdraft, interest rows most of the time. */
    public static StatementShape defaults() {
        return new StatementShape(1, 40, 0.2, 0.7);
    }

    public StatementShape rows(int min, int max) {
        return new StatementShape(min, max, overdraftShare, interestShare);
    }

    public StatementShape overdraft(double share) {
        return new StatementShape(minRows, maxRows, share, interestShare);
    }
}
