package dev.passbook.analysis;

import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Evidence;
import dev.passbook.core.domain.Transaction;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * {@code date_fraud}: the file's dates contradict themselves or the statement, however its generator wrote
 * them.
 * <ul>
 * <li>ModDate before CreationDate, beyond the tolerance on the clock <em>and</em> as instants: no writer
 * modifies a file before creating it, and a generator that mixes up time zones (one date in UTC or without an
 * offset, the other in local time) still reads right on one of the two. A ModDate <em>later</em> than
 * CreationDate is no signal: generators stamp, encrypt or sign in a second step, e-statements are encrypted
 * for mailing hours after rendering, and a later re-save (an unlock, a print) is not fraud either. An edit
 * shows through its own signal (revisions, producer, fonts, balances).</li>
 * <li>CreationDate before the last day the statement reports (the declared period's end, else the last
 * row's date), even on the latest calendar day the instant falls on anywhere (UTC+14): a date written in UTC
 * or without an offset can fall on the previous calendar day in India.</li>
 * </ul>
 */
public final class DateCheck {

    /** The easternmost time zone in use: the latest calendar day an instant falls on anywhere. */
    static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

    private DateCheck() {
    }

    public static List<Evidence> check(AnalysisInput in) {
        Option<OffsetDateTime> created = in.document().metadata().created();
        Option<OffsetDateTime> modified = in.document().metadata().modified();
        Duration tolerance = in.settings().dateTolerance();
        List<Evidence> out = List.empty();
        if (created.isDefined() && modified.isDefined()) {
            Duration byInstant = Duration.between(created.get(), modified.get());
            Duration byClock = Duration.between(created.get().toLocalDateTime(), modified.get().toLocalDateTime());
            Duration kindest = byInstant.compareTo(byClock) > 0 ? byInstant : byClock;
            if (kindest.isNegative() && kindest.abs().compareTo(tolerance) > 0) {
                out = out.append(Evidence.file("ModDate",
                        "not before CreationDate " + created.get() + " (by more than " + tolerance.toSeconds()
                                + " s, in any time zone)",
                        modified.get() + " (" + kindest.abs().toSeconds() + " s before)"));
            }
        }
        Option<LocalDate> periodEnd = in.statement().declaredPeriod().map(DateRange::to)
                .orElse(() -> in.statement().transactions().map(Transaction::date).maxBy(d -> d));
        if (created.isDefined() && periodEnd.isDefined() && latestDay(created.get()).isBefore(periodEnd.get())) {
            out = out.append(Evidence.file("CreationDate", "on or after " + periodEnd.get() + " (statement period end)",
                    created.get() + " (" + latestDay(created.get()) + " even at UTC+14)"));
        }
        return out;
    }

    /** The latest calendar day {@code t} can be read as: its own, or in the easternmost zone. */
    static LocalDate latestDay(OffsetDateTime t) {
        LocalDate own = t.toLocalDate();
        LocalDate east = t.withOffsetSameInstant(LATEST_ZONE).toLocalDate();
        return own.isAfter(east) ? own : east;
    }
}
