-- The verification of each statement (see core's Verification): how many printed balances were checked
-- against the one before, how many broke and where the first break is, and whether the printed totals
-- agree. The verdict itself is derived from these, never stored apart. Statements stored before this
-- version get zero checked balances, so they read back UNVERIFIED: nothing was checked by this version.
ALTER TABLE statements ADD COLUMN balances_checked INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE statements ADD COLUMN balance_breaks INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE statements ADD COLUMN first_break_row INTEGER;
ALTER TABLE statements ADD COLUMN first_break_page INTEGER;
ALTER TABLE statements ADD COLUMN totals_check VARCHAR(16) DEFAULT 'not_printed' NOT NULL;
ALTER TABLE statements ADD CONSTRAINT ck_statements_verification
    CHECK (balance_breaks BETWEEN 0 AND balances_checked AND totals_check IN ('not_printed', 'matched', 'mismatched'));
