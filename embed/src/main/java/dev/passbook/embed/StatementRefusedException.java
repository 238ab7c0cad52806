package dev.passbook.embed;

/** Thrown by {@link Result#orElseThrow()} when the statement was refused; carries the {@link Refusal}. */
public final class StatementRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    StatementRefusedException(Refusal refusal) {
        super(refusal.describe());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
