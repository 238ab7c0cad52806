package dev.passbook.adapters.persistence;

import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.NameMatch;
import dev.passbook.core.domain.Organisation;
import dev.passbook.core.domain.Session;
import dev.passbook.core.domain.Statement;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.domain.Verification;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Small builders for the domain values the repository tests store; every id is fresh. */
final class Fixtures {

    /** Instants carry microseconds at most: that is what TIMESTAMP(6) keeps on H2 and PostgreSQL. */
    static final Instant MONDAY_MORNING = Instant.parse("2024-04-01T09:15:30.123456Z");

    private Fixtures() {
    }

    static String freshId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static Organisation lenderOnTrial() {
        return new Organisation(freshId("org"), "Ácme Lending — आनंद फ़िनसर्व", Option.some(LocalDate.of(2031, 12, 31)),
                true, HashSet.of(AccountCategory.INDIVIDUAL, AccountCategory.CORPORATE));
    }

    static Organisation paidLenderAcceptingNoCategory() {
        return new Organisation(freshId("org"), "Plain Lender", Option.none(), false, HashSet.empty());
    }

    static Session sessionOf(Organisation organisation) {
        return new Session(freshId("ses"), organisation.id(), "link-42",
                DateRange.of(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 4, 30)), MONDAY_MORNING,
                MONDAY_MORNING.plusSeconds(86_400), List.of("Ananya Sharma", "अनन्या शर्मा"), Option.some("hdfc"));
    }

    static Session sessionWithoutNamesOrBank(Organisation organisation) {
        return new Session(freshId("ses"), organisation.id(), "link-7",
                DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)), MONDAY_MORNING,
                MONDAY_MORNING.plusSeconds(300), List.empty(), Option.none());
    }

    static BigDecimal rupees(String amount) {
        return new BigDecimal(amount);
    }

    static Transaction credit(LocalDate day, String amount, String balance) {
        return new Transaction(day, Option.some(day), "NEFT CR-SALARY " + day, Option.some("N" + day.toEpochDay()),
                TransactionType.CREDIT, rupees(amount), Option.some(rupees(balance)));
    }

    static Transaction debit(LocalDate day, String amount, String balance) {
        return new Transaction(day, Option.some(day.plusDays(1)), "UPI/RENT/" + day, Option.none(),
                TransactionType.DEBIT, rupees(amount), Option.some(rupees(balance)));
    }

    /** {@code count} rows alternating credit 1,000.10 / debit 999.99 with a running balance. */
    static List<Transaction> alternatingRows(int count) {
        java.util.List<Transaction> rows = new java.util.ArrayList<>(count);
        BigDecimal balance = rupees("5000.00");
        LocalDate day = LocalDate.of(2023, 12, 1);
        for (int i = 0; i < count; i++) {
            LocalDate date = day.plusDays(i / 50);
            if (i % 2 == 0) {
                balance = balance.add(rupees("1000.10"));
                rows.add(new Transaction(date, Option.none(), "IMPS CR row " + i, Option.some("R" + i),
                        TransactionType.CREDIT, rupees("1000.10"), Option.some(balance)));
            } else {
                balance = balance.subtract(rupees("999.99"));
                rows.add(new Transaction(date, Option.none(), "POS DR row " + i, Option.none(),
                        TransactionType.DEBIT, rupees("999.99"), Option.some(balance)));
            }
        }
        return List.ofAll(rows);
    }

    /** Like {@link #alternatingRows} but row {@code index} has an amount too large for NUMERIC(18,2). */
    static List<Transaction> rowsWithOverflowingAmountAt(int count, int index) {
        Transaction ok = alternatingRows(count).get(index);
        Transaction tooLarge = new Transaction(ok.date(), ok.valueDate(), ok.note(), ok.reference(), ok.type(),
                rupees("100000000000000000.00"), ok.balance());
        return alternatingRows(count).update(index, tooLarge);
    }

    static String sha256Of(String content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String accountIdOf(String organisationId, String bankId, String accountNumber) {
        return UUID.nameUUIDFromBytes((organisationId + "|" + bankId + "|" + accountNumber)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    static StatementBuilder aStatementIn(Session session) {
        return new StatementBuilder(session);
    }

    /** A complete statement with every optional field present; change one thing at a time. */
    static final class StatementBuilder {
        private final Session session;
        private String id = freshId("stm");
        private String accountNumber = "50100012345678";
        private String bankId = "hdfc";
        private String holderName = "Ananya Śarmā";
        private String fileSha256 = sha256Of(UUID.randomUUID().toString());
        private String fingerprint = sha256Of(UUID.randomUUID().toString());
        private Instant createdAt = MONDAY_MORNING.plusSeconds(60);
        private List<Transaction> transactions = List.of(
                credit(LocalDate.of(2023, 12, 1), "50000.00", "51250.50"),
                debit(LocalDate.of(2023, 12, 5), "0.10", "51250.40"),
                debit(LocalDate.of(2024, 3, 5), "1000.00", "50250.40"));
        private Option<BigDecimal> opening = Option.some(rupees("1250.50"));
        private Option<BigDecimal> closing = Option.some(rupees("50250.40"));
        // a break located on page 2 and disagreeing totals, so every verification column round-trips
        private Verification verification = new Verification(3, 1, Option.some(new Verification.RowLocation(2, 2)),
                Verification.Totals.MISMATCHED);
        private List<FraudSignal> signals = List.of(
                new FraudSignal("author_fraud", "metadata", 70, "producer 'iLovePDF' on an HDFC statement"),
                new FraudSignal("balance_mismatch", "accounting", 90, "row 2: expected 51250.40, found 51250.50"));
        private List<NameMatch> nameMatches = List.of(
                new NameMatch("Ananya Sharma", "Ananya Śarmā", 94, true),
                new NameMatch("अनन्या शर्मा", "", 0, false));
        private boolean optionalIdentityFields = true;

        private StatementBuilder(Session session) {
            this.session = session;
        }

        StatementBuilder withFile(String sha256) {
            this.fileSha256 = sha256;
            return this;
        }

        StatementBuilder withFingerprint(String contentFingerprint) {
            this.fingerprint = contentFingerprint;
            return this;
        }

        StatementBuilder createdAt(Instant instant) {
            this.createdAt = instant;
            return this;
        }

        StatementBuilder ofAccount(String number) {
            this.accountNumber = number;
            return this;
        }

        StatementBuilder heldBy(String name) {
            this.holderName = name;
            return this;
        }

        StatementBuilder withTransactions(List<Transaction> rows) {
            this.transactions = rows;
            return this;
        }

        StatementBuilder withBalances(Option<BigDecimal> openingBalance, Option<BigDecimal> closingBalance) {
            this.opening = openingBalance;
            this.closing = closingBalance;
            return this;
        }

        /** No optional identity field, no balances, no signals, no name matches, rows without value date/ref/balance. */
        StatementBuilder withoutAnythingOptional() {
            this.optionalIdentityFields = false;
            this.opening = Option.none();
            this.closing = Option.none();
            this.signals = List.empty();
            this.nameMatches = List.empty();
            this.verification = new Verification(0, 0, Option.none(), Verification.Totals.NOT_PRINTED);
            this.transactions = List.of(new Transaction(LocalDate.of(2024, 1, 2), Option.none(), "CASH DEP",
                    Option.none(), TransactionType.CREDIT, rupees("10.00"), Option.none()));
            return this;
        }

        Statement build() {
            Identity identity = optionalIdentityFields
                    ? new Identity(accountNumber, holderName, "12 MG Road,\nBengaluru 560001", Option.some("HDFC0000123"),
                    Option.some("560240002"), AccountCategory.INDIVIDUAL, rupees("0.00"), rupees("25000.00"),
                    Option.some("CUST-99"), Option.some("MG Road"), Option.some(LocalDate.of(2015, 6, 30)), "INR")
                    : new Identity(accountNumber, holderName, "", Option.none(), Option.none(),
                    AccountCategory.CORPORATE, rupees("0.00"), rupees("0.00"), Option.none(), Option.none(),
                    Option.none(), "INR");
            LocalDate first = transactions.map(Transaction::date).min().getOrElse(LocalDate.of(2023, 12, 1));
            LocalDate last = transactions.map(Transaction::date).max().getOrElse(LocalDate.of(2024, 3, 5));
            return new Statement(id, session.id(), session.organisationId(),
                    accountIdOf(session.organisationId(), bankId, accountNumber), bankId, "hdfc/v2", 7, identity,
                    DateRange.of(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 31)), DateRange.of(first, last),
                    opening, closing, transactions, fileSha256, fingerprint, verification, signals, nameMatches, createdAt);
        }
    }
}
