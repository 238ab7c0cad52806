package com.example.lending;

import dev.passbook.embed.BankStatement;
import dev.passbook.embed.Passbook;
import dev.passbook.embed.ReadOptions;
import dev.passbook.embed.Refusal;
import dev.passbook.embed.Result;

import java.nio.file.Path;

/**
 * What a lender's back office might do with an uploaded statement: read it, then route it. Run it
 * with {@code java com.example.lending.StatementIntake FILE.pdf [PASSWORD]}; it prints one line
 * and no statement data besides the masked account number.
 */
public final class StatementIntake {

    /** Built once and shared: a {@link Passbook} is immutable and thread-safe. */
    private static final Passbook PASSBOOK = Passbook.builder().build();

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: StatementIntake FILE.pdf [PASSWORD]");
            System.exit(64);
        }
        ReadOptions options = args.length > 1 ? ReadOptions.none().password(args[1]) : ReadOptions.none();
        System.out.println(route(PASSBOOK.read(Path.of(args[0]), options)));
    }

    /** A one-line routing decision: accept verified clean statements, review the rest, refuse what cannot be read. */
    static String route(Result result) {
        return result.fold(StatementIntake::refused, StatementIntake::read);
    }

    private static String read(BankStatement s) {
        String decision = s.verdict() == dev.passbook.embed.Verdict.VERIFIED && !s.flagged() ? "ACCEPT" : "REVIEW";
        return decision + " " + s.bankId() + " " + s.holder().maskedAccountNumber() + " " + s.transactions().size()
                + " transactions, " + s.verdict() + s.fraudType().map(t -> ", fraud_type " + t).orElse("");
    }

    private static String refused(Refusal r) {
        return "REFUSE " + r.describe();
    }
}
