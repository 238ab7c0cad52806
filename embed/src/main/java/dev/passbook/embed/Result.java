package dev.passbook.embed;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What {@link Passbook#read} answers: the {@link BankStatement} read, or the {@link Refusal} saying
 * why not. A refusal is an expected outcome (a wrong password, a scan, an unknown layout), so it is
 * a value here; {@link #orElseThrow()} turns it into an exception for callers that prefer one.
 *
 * <pre>{@code
 * Result result = passbook.read(pdf);
 * if (result.isRead()) { result.statement().get().verdict(); } else { result.refusal().get().code(); }
 * }</pre>
 */
public final class Result {

    private final BankStatement statement;
    private final Refusal refusal;

    private Result(BankStatement statement, Refusal refusal) {
        this.statement = statement;
        this.refusal = refusal;
    }

    static Result read(BankStatement statement) {
        return new Result(Objects.requireNonNull(statement, "statement"), null);
    }

    static Result refused(Refusal refusal) {
        return new Result(null, Objects.requireNonNull(refusal, "refusal"));
    }

    public boolean isRead() {
        return statement != null;
    }

    public Optional<BankStatement> statement() {
        return Optional.ofNullable(statement);
    }

    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** The statement, or a {@link StatementRefusedException} carrying the refusal. */
    public BankStatement orElseThrow() {
        if (statement == null) {
            throw new StatementRefusedException(refusal);
        }
        return statement;
    }

    /** One of two functions applied, as the result was read or refused. */
    public <T> T fold(Function<? super Refusal, ? extends T> ifRefused, Function<? super BankStatement, ? extends T> ifRead) {
        return statement != null ? ifRead.apply(statement) : ifRefused.apply(refusal);
    }

    @Override
    public String toString() {
        return statement != null ? "Result[read " + statement.bankId() + " " + statement.verdict() + "]"
                : "Result[refused " + refusal.describe() + "]";
    }
}
