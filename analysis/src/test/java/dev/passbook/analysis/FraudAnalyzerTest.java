package dev.passbook.analysis;

import dev.passbook.analysis.fixtures.StatementFixture;
import dev.passbook.core.application.AccountingAnalyzer;
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

    @Test
    void cleanStatementHasNoSignalAndNoFraudType() {
        List<FraudSignal> signals = analyse(analyzer, clean);
        assertEquals(List.empty(), signals);
        assertEquals(Option.none(), FraudAnalyzer.fraudType(signals));
    }

    @Test
    void editedAndResavedStatementReportsEverySignalMostSevereFirst() {
        StatementFixture forged = clean.withBalance(5, clean.rows().get(5).balance().get().add(new BigDecimal("1000.00")))
                .withProducer("www.ilovepdf.com").withRevisions(2);
        List<FraudSignal> signals = analyse(analyzer, forged);

        assertEquals(List.of("inconsistent_transaction", "inconsistent_transaction", "incremental_update", "author_fraud"),
                signals.map(FraudSignal::type));
        assertEquals(List.of("accounting", "accounting", "metadata", "metadata"), signals.map(FraudSignal::category));
        assertEquals(Option.some("inconsistent_transaction"), FraudAnalyzer.fraudType(signals));
        assertTrue(signals.head().evidence().startsWith("page=1; field=balance (row 6, "), signals.head().evidence());
        assertTrue(signals.last().evidence().startsWith("page=-; field=producer; "), signals.last().evidence());
    }

    @Test
    void severitiesComeFromSettingsAndZeroSwitchesASignalOff() {
        StatementFixture resaved = clean.withProducer("www.ilovepdf.com").withRevisions(2);
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
        assertEquals(Option.some("a"), FraudAnalyzer.fraudType(signals));
        assertEquals(Option.none(), FraudAnalyzer.fraudType(List.empty()));
    }

    @Test
    void signalsOfOneTypeAreCapped() {
        StatementFixture tenBreaks = clean;
        for (int row = 0; row < 20; row += 2) {
            tenBreaks = tenBreaks.withBalance(row, tenBreaks.rows().get(row).balance().get().add(BigDecimal.ONE));
        }
        assertEquals(20, analyse(analyzer, tenBreaks).size(), "each edited row breaks itself and the next");
        assertEquals(5, analyse(new FraudAnalyzer(settings("analysis.signals.max-per-type", "5")), tenBreaks).size());
    }

    @Test
    void uploadServiceFlavourLeavesReconciliationToCoreSoNothingIsReportedTwice() {
        StatementFixture forged = clean.withBalance(5, BigDecimal.ONE).withProducer("www.ilovepdf.com");
        List<FraudSignal> core = new AccountingAnalyzer().analyse(forged.document(), forged.parsed(), "hdfc");
        List<FraudSignal> ours = FraudAnalyzer.forUploadService(AnalysisSettings.defaults())
                .analyse(forged.document(), forged.parsed(), "hdfc");
        assertTrue(core.exists(s -> s.type().equals("inconsistent_transaction")));
        assertEquals(List.of("author_fraud"), ours.map(FraudSignal::type));
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
