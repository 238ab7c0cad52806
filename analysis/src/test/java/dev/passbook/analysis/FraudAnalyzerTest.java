package dev.passbook.analysis;

import dev.passbook.analysis.fixtures.StatementFixture;
import dev.passbook.core.domain.FraudSignal;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.passbook.analysis.AnalysisTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FraudAnalyzerTest {

    private final StatementFixture clean = StatementFixture.clean();
    private final FraudAnalyzer analyzer = new FraudAnalyzer();

    private List<FraudSignal> analyse(FraudAnalyzer a, StatementFixture f) {
        return a.analyse(f.document(), f.parsed(), "hdfc");
    }

    /** What a reading reports with {@code settings}: core's accounting signals, then the analyzer's, most severe first. */
    private static List<FraudSignal> reading(AnalysisSettings settings, StatementFixture f) {
        return settings.accounting().analyse(f.document(), f.parsed(), "hdfc")
                .appendAll(new FraudAnalyzer(settings).analyse(f.document(), f.parsed(), "hdfc"))
                .sortBy(s -> -s.severity());
    }

    @Test
    void cleanStatementHasNoSignalAndNoFraudType() {
        List<FraudSignal> signals = analyse(analyzer, clean);
        assertEquals(List.empty(), signals);
        assertEquals(Option.none(), FraudSignal.fraudType(signals));
    }

    @Test
    void editedAndResavedStatementReportsEverySignalMostSevereFirst() {
        StatementFixture forged = clean.withBalance(5, clean.rows().get(5).balance().get().add(new BigDecimal("1000.00")))
                .withProducer("Microsoft® Word 2016").withRevisions(2);
        List<FraudSignal> signals = reading(AnalysisSettings.defaults(), forged);

        assertEquals(List.of("inconsistent_transaction", "inconsistent_transaction", "incremental_update", "author_fraud"),
                signals.map(FraudSignal::type));
        assertEquals(List.of("accounting", "accounting", "metadata", "metadata"), signals.map(FraudSignal::category));
        assertEquals(Option.some("inconsistent_transaction"), FraudSignal.fraudType(signals));
        assertTrue(signals.head().evidence().startsWith("page=1; field=balance (row 6, "), signals.head().evidence());
        assertTrue(signals.last().evidence().startsWith("page=-; field=producer; "), signals.last().evidence());
    }

    @Test
    void severitiesComeFromSettingsAndZeroSwitchesASignalOff() {
        StatementFixture resaved = clean.withProducer("Microsoft® Word 2016").withRevisions(2);
        FraudAnalyzer tuned = new FraudAnalyzer(settings("analysis.severity.author_fraud", "99",
                "analysis.severity.incremental_update", "0"));
        List<FraudSignal> signals = analyse(tuned, resaved);
        assertEquals(List.of("author_fraud"), signals.map(FraudSignal::type));
        assertEquals(99, signals.head().severity());
    }

    @Test
    void fraudTypeIsTheMostSevereSignalAndTheFirstAmongEquals() {
        List<FraudSignal> signals = List.of(new FraudSignal("b", "x", 40, "e"), new FraudSignal("a", "x", 80, "e"),
                new FraudSignal("c", "x", 80, "e"));
        assertEquals(Option.some("a"), FraudSignal.fraudType(signals));
        assertEquals(Option.none(), FraudSignal.fraudType(List.empty()));
    }

    @Test
    void signalsOfOneTypeAreCapped() {
        StatementFixture tenBreaks = clean;
        for (int row = 0; row < 20; row += 2) {
            tenBreaks = tenBreaks.withBalance(row, tenBreaks.rows().get(row).balance().get().add(BigDecimal.ONE));
        }
        assertEquals(20, reading(AnalysisSettings.defaults(), tenBreaks).size(), "each edited row breaks itself and the next");
        assertEquals(5, reading(settings("analysis.signals.max-per-type", "5"), tenBreaks).size());
    }

    @Test
    void theAccountingSignalsHaveOneOwnerWhoseSeverityComesFromTheSettings() {
        StatementFixture forged = clean.withBalance(5, BigDecimal.ONE).withProducer("Microsoft® Word 2016");
        List<FraudSignal> ours = analyse(analyzer, forged);
        assertEquals(List.of("author_fraud"), ours.map(FraudSignal::type), "the analyzer never reports balance breaks");

        AnalysisSettings lowered = settings("analysis.severity.inconsistent_transaction", "30");
        List<FraudSignal> signals = reading(lowered, forged);
        assertTrue(signals.filter(s -> s.type().equals("inconsistent_transaction")).forAll(s -> s.severity() == 30), signals::toString);
        assertEquals(Option.some("author_fraud"), FraudSignal.fraudType(signals), "author_fraud (40) now outranks the break");
        assertEquals(List.of("author_fraud"), reading(settings("analysis.severity.inconsistent_transaction", "0"), forged)
                .map(FraudSignal::type), "0 turns the signal off");
    }

    @Test
    void aFailingRuleIsSkippedAndTheOthersStillReport() {
        SignalRule broken = new SignalRule("font_mismatch", "font", in -> {
            throw new IllegalStateException("bug");
        });
        FraudAnalyzer withBroken = new FraudAnalyzer(AnalysisSettings.defaults(),
                List.of(broken, SignalRules.AUTHOR));
        assertEquals(List.of("author_fraud"),
                analyse(withBroken, clean.withProducer("Microsoft Word 2016")).map(FraudSignal::type));
    }

    @Test
    void everyRuleHasAConfiguredSeverityAndAKnownCategory() {
        for (SignalRule rule : SignalRules.all()) {
            assertTrue(AnalysisSettings.defaults().severity(rule.type()) > 0, rule.type());
            assertTrue(List.of("accounting", "metadata", "font").contains(rule.category()), rule.category());
        }
        assertEquals(10, SignalRules.TYPES.size());
    }
}
