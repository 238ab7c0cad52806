package dev.passbook.analysis;

import dev.passbook.core.domain.Evidence;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Transaction;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * {@code date_fraud}: a generator writes CreationDate and ModDate together, so ModDate away from
 * CreationDate (earlier or later) beyond the tolerance means a second save; and a statement cannot
 * be created before the last day it reports (the declared period's end, else the last row's date).
 * Dates are compared on the file's own calendar day (the offset it was written with).
 */
public final class DateCheck {

    private DateCheck() {
    }

    public static List<Evidence> check(AnalysisInput in) {
        Option<OffsetDateTime> created = in.document().metadata().created();
        Option<OffsetDateTime> modified = in.document().metadata().modified();
        Duration tolerance = in.settings().dateTolerance();
        List<Evidence> out = List.empty();
        if (created.isDefined() && modified.isDefined()) {
            Duration gap = Duration.between(created.get(), modified.get()).abs();
            if (gap.compareTo(tolerance) > 0) {
                out = out.append(Evidence.file("ModDate",
                        "within " + tolerance.toSeconds() + " s of CreationDate " + created.get(),
                        modified.get() + " (" + gap.toSeconds() + " s apart)"));
            }
        }
        Option<LocalDate> periodEnd = in.statement().declaredPeriod().map(DateRange::to)
                .orElse(() -> in.statement().transactions().map(Transaction::date).maxBy(d -> d));
        if (created.isDefined() && periodEnd.isDefined() && created.get().toLocalDate().isBefore(periodEnd.get())) {
            out = out.append(Evidence.file("CreationDate", "on or after " + periodEnd.get() + " (statement period end)",
                    created.get().toString()));
        }
        return out;
    }
}
