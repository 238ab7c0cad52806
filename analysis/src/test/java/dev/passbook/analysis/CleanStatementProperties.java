package dev.passbook.analysis;

import dev.passbook.analysis.fixtures.StatementFixture;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import io.vavr.collection.List;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Genuine statements of any shape raise no signal at all. Tries follow {@code jqwik.tries.default}
 * (50 in this module's {@code junit-platform.properties}); run thousands with
 * {@code -Djqwik.tries.default=5000}.
 */
class CleanStatementProperties {

    private final FraudAnalyzer analyzer = new FraudAnalyzer();

    @Property
    void genuineStatementsRaiseNoSignal(@ForAll("genuine") StatementFixture statement) {
        List<FraudSignal> signals = analyzer.settings().accounting().analyse(statement.document(), statement.parsed(), "hdfc")
                .appendAll(analyzer.analyse(statement.document(), statement.parsed(), "hdfc"));
        if (!signals.isEmpty()) {
            throw new AssertionError("clean statement flagged: " + signals.mkString("\n"));
        }
    }

    @Provide
    Arbitrary<StatementFixture> genuine() {
        Arbitrary<LocalDate> start = Arbitraries.integers().between(0, 6 * 365).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 365);
        // genuine generators: created from the start of the period's last day (a statement "up to today") to
        // days after it; ModDate stamped by their own later step (up to a day); dates in India's offset or UTC;
        // report engines' and PDF libraries' names, or a PDF service's that re-saved the file
        Arbitrary<Written> written = Combinators.combine(Arbitraries.integers().between(0, 3 * 24 * 60),
                Arbitraries.of(ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.UTC)).as(Written::new);
        return Combinators.combine(start, length, rowSeeds(), opening(), written,
                        Arbitraries.integers().between(0, 24 * 3600), Arbitraries.of(true, false),
                        Arbitraries.of("Bank Statement Generator 4.2", "iText 5.5.13", "PDFlib 9.3", "Oracle BI Publisher",
                                "JasperReports Library version 6.20", "Crystal Reports", "BIRT 4.8", "wkhtmltopdf 0.12.6",
                                "iLovePDF", "Smallpdf.com", "Adobe Acrobat Pro DC 20.0"))
                .as((from, days, seeds, opening, at, modifiedAfter, newer, producer) -> {
                    DateRange period = DateRange.of(from, from.plusDays(days));
                    List<Transaction> rows = seeds.map(s -> StatementFixture.row(from.plusDays(s.dayFraction * days / 1000),
                            s.credit ? TransactionType.CREDIT : TransactionType.DEBIT, s.amount))
                            .sortBy(Transaction::date);
                    OffsetDateTime created = period.to().atStartOfDay()
                            .plusMinutes(at.minutesIntoLastDay).atOffset(ZoneOffset.ofHoursMinutes(5, 30))
                            .withOffsetSameInstant(at.zone);
                    StatementFixture f = StatementFixture.consistent(rows, period, opening)
                            .withProducer(producer)
                            .withDates(Option.some(created), Option.some(created.plusSeconds(modifiedAfter)));
                    return newer ? f.withPageSize(786, 982) : f;
                });
    }

    /** When the file was created (minutes from the start of the period's last day, in India) and the zone written. */
    private record Written(int minutesIntoLastDay, ZoneOffset zone) {
    }

    private record RowSeed(int dayFraction, boolean credit, BigDecimal amount) {
    }

    private static Arbitrary<io.vavr.collection.List<RowSeed>> rowSeeds() {
        Arbitrary<BigDecimal> amount = Arbitraries.oneOf(
                Arbitraries.longs().between(1, 500_000).map(p -> BigDecimal.valueOf(p, 2)),
                Arbitraries.longs().between(0, 100_000_000_00L).map(p -> BigDecimal.valueOf(p, 2)));
        Arbitrary<RowSeed> seed = Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.of(true, false),
                amount).as(RowSeed::new);
        return seed.list().ofMinSize(1).ofMaxSize(80).map(io.vavr.collection.List::ofAll);
    }

    private static Arbitrary<BigDecimal> opening() {
        return Arbitraries.longs().between(-5_000_000_00L, 50_000_000_00L).map(p -> BigDecimal.valueOf(p, 2));
    }
}
