package dev.passbook.redact;

import dev.passbook.core.application.ReadRefusal;
import dev.passbook.core.application.StatementRead;
import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Word;
import dev.passbook.core.domain.Transaction;
import io.vavr.control.Either;

/**
 * How closely the copy reads like the original: pages, lines and words in the same places (the largest
 * difference of a word's left edge, baseline or width, in points), and the same outcome (verdict or
 * error code, bank, layout, row count and each row's direction).
 *
 * @param sameWords     same pages, same lines, same number of words on each line
 * @param maxDeviation  the largest difference in x, y or width of a word, over all words (points)
 * @param sameOutcome   same verdict (or the same refusal), bank, layout, rows and directions
 */
public record Fidelity(boolean sameWords, double maxDeviation, boolean sameOutcome, String outcome) {

    /** Word boxes this close (points) count as the same place. */
    public static final double TOLERANCE = 0.5;

    public boolean kept() {
        return sameWords && maxDeviation <= TOLERANCE && sameOutcome;
    }

    static Fidelity compare(Document original, Either<ReadRefusal, StatementRead> before, Document copy,
                            Either<ReadRefusal, StatementRead> after) {
        boolean same = original.pageCount() == copy.pageCount();
        double max = 0;
        for (int p = 0; same && p < original.pageCount(); p++) {
            var a = original.pages().get(p).lines();
            var b = copy.pages().get(p).lines();
            if (a.size() != b.size()) {
                same = false;
                break;
            }
            for (int l = 0; l < a.size() && same; l++) {
                Line la = a.get(l);
                Line lb = b.get(l);
                if (la.words().size() != lb.words().size()) {
                    same = false;
                    break;
                }
                for (int w = 0; w < la.words().size(); w++) {
                    Word wa = la.words().get(w);
                    Word wb = lb.words().get(w);
                    max = Math.max(max, Math.max(Math.abs(wa.x() - wb.x()),
                            Math.max(Math.abs(wa.y() - wb.y()), Math.abs(wa.width() - wb.width()))));
                }
            }
        }
        String outcome = describe(after);
        return new Fidelity(same, same ? max : Double.NaN, describe(before).equals(outcome) && sameRows(before, after),
                outcome);
    }

    static String describe(Either<ReadRefusal, StatementRead> read) {
        return read.fold(r -> r.error().errorCode().name() + " at " + r.stage().name(),
                s -> s.verification().verdict().name() + " " + s.bankId() + " " + s.parsed().layoutId() + " "
                        + s.parsed().transactions().size() + " rows");
    }

    private static boolean sameRows(Either<ReadRefusal, StatementRead> a, Either<ReadRefusal, StatementRead> b) {
        if (a.isLeft() || b.isLeft()) {
            return a.isLeft() && b.isLeft();
        }
        return a.get().parsed().transactions().map(Transaction::type)
                .equals(b.get().parsed().transactions().map(Transaction::type));
    }
}
