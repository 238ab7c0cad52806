package dev.passbook.testkit.arbitraries;

import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.render.PdfInfo;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Info dictionaries that genuine bank exports carry (see {@link PdfInfo}), for a statement: its layout's
 * generator or a report engine; created when the statement says it was generated, or early on the period's
 * last day (a statement "up to today"); a ModDate stamped by the generator's own later step (seconds to a
 * day); dates in India's offset, in UTC or without an offset; an Author that is a system user id; sometimes
 * re-saved by a PDF service that removed the password. None of them is evidence of an edit.
 */
public final class GeneratorInfos {

    private static final ZoneOffset INDIA = ZoneOffset.ofHoursMinutes(5, 30);

    private GeneratorInfos() {
    }

    public static Arbitrary<PdfInfo> genuine(GeneratedStatement s) {
        Arbitrary<OffsetDateTime> created = Arbitraries.oneOf(
                Arbitraries.just(s.options().generatedOn().atOffset(INDIA)),
                Arbitraries.integers().between(0, 6 * 60).map(m -> s.declaredPeriod().to().atStartOfDay().plusMinutes(m)
                        .atOffset(INDIA)));
        Arbitrary<Duration> stamped = Arbitraries.oneOf(Arbitraries.just(Duration.ZERO),
                Arbitraries.longs().between(1, 24 * 3600).map(Duration::ofSeconds));
        Arbitrary<String> author = Arbitraries.of("", "svc_estmt", "USR04417", s.bank().id().toUpperCase() + " BANK");
        return Combinators.combine(created, stamped, Arbitraries.integers().between(0, 2), author,
                        Arbitraries.integers().between(0, 3))
                .as((at, after, engine, by, form) -> {
                    PdfInfo info = engine == 0 ? PdfInfo.reportEngine(at, after)
                            : new PdfInfo("Passbook testkit " + s.layout().id() + " generator",
                            s.layout().design().creator(), "Statement of account", at, at.plus(after));
                    info = by.isEmpty() ? info : info.withAuthor(by);
                    return switch (form) {
                        case 1 -> info.inUtc();
                        case 2 -> info.withoutOffset();
                        case 3 -> info.unlockedBy("iLovePDF", at.plusDays(2));
                        default -> info;
                    };
                });
    }
}
