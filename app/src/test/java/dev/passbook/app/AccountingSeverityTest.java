package dev.passbook.app;

import dev.passbook.adapters.http.api.UploadResponse;
import dev.passbook.adapters.pdf.PdfDocumentReader;
import dev.passbook.analysis.AnalysisSettings;
import dev.passbook.core.application.FileSource;
import dev.passbook.core.application.UploadOutcome;
import dev.passbook.core.application.UploadStatementCommand;
import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.Organisation;
import dev.passbook.core.domain.Session;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.inmemory.InMemoryOrganisationDirectory;
import dev.passbook.core.inmemory.InMemorySessionRepository;
import dev.passbook.core.inmemory.InMemoryStatementRepository;
import dev.passbook.core.spi.ParserRegistry;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import dev.passbook.core.spi.StatementSummary;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Seeded;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import dev.passbook.testkit.render.RenderOptions;
import dev.passbook.testkit.render.StatementRenderer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documented {@code analysis.severity.inconsistent_transaction} (balance breaks) and
 * {@code analysis.severity.summary_mismatch} (a summary the rows contradict, also an
 * {@code inconsistent_transaction} since issue 16) settings reach the upload service
 * (issue 18: it used to be ignored there, because core added the balance breaks with a fixed severity).
 * The tampered sample has an edited balance (two breaks) and was re-saved by an online editor
 * (metadata signals of severity 40 to 80).
 */
class AccountingSeverityTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneOffset.UTC);

    private static UploadOutcome upload(Map<String, String> settings) throws Exception {
        return upload(settings, Files.readAllBytes(Path.of("..", "docs", "samples", "hdfc-legacy-tampered.pdf")));
    }

    private static UploadOutcome upload(Map<String, String> settings, byte[] pdf) {
        InMemoryOrganisationDirectory organisations = new InMemoryOrganisationDirectory();
        InMemorySessionRepository sessions = new InMemorySessionRepository();
        organisations.register(new Organisation("org", "Lender", Option.none(), true, HashSet.of(AccountCategory.values())), "pbk_key");
        sessions.save(new Session("s1", "org", "link", DateRange.of(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 1, 1)),
                CLOCK.instant(), CLOCK.instant().plusSeconds(3600), List.empty(), Option.none()));
        UseCases useCases = UseCases.wire(new UseCases.Ports(organisations, sessions, new InMemoryStatementRepository(),
                        new PdfDocumentReader(), url -> Either.left(UploadError.of(ErrorCode.INVALID_FILE_URL))),
                ParserRegistry.load(AccountingSeverityTest.class.getClassLoader()), CLOCK, "FinBox",
                AnalysisSettings.fromMap(settings).getOrElseThrow(problem -> new AssertionError(problem)));
        return useCases.uploads().upload(new UploadStatementCommand(Option.some("pbk_key"), Option.some("s1"),
                Option.some("PDF"), Option.none(), FileSource.blob(pdf), Option.none())).get();
    }

    @Test
    void theSeverityOfABalanceBreakIsTheSettingsOnTheServicePath() throws Exception {
        UploadOutcome byDefault = upload(Map.of());
        assertEquals("inconsistent_transaction", UploadResponse.of(byDefault, false, false).get("fraud_type"));
        FraudSignal nextWorst = byDefault.statement().fraudSignals().find(s -> !s.type().equals("inconsistent_transaction")).get();
        assertTrue(nextWorst.severity() > 30, "the re-save signals all rank above 30: " + byDefault.statement().fraudSignals());

        UploadOutcome lowered = upload(Map.of("analysis.severity.inconsistent_transaction", "30"));
        assertEquals(nextWorst.type(), UploadResponse.of(lowered, false, false).get("fraud_type"),
                "a balance break at 30 ranks below the re-save's signals");
        List<FraudSignal> breaks = lowered.statement().fraudSignals().filter(s -> s.type().equals("inconsistent_transaction"));
        assertEquals(2, breaks.size(), "still reported, each once");
        assertTrue(breaks.forAll(s -> s.severity() == 30), breaks::toString);

        UploadOutcome off = upload(Map.of("analysis.severity.inconsistent_transaction", "0"));
        assertTrue(off.statement().fraudSignals().forAll(s -> !s.type().equals("inconsistent_transaction")));
        assertEquals("UNVERIFIED", off.statement().verdict().wire(), "the verdict does not depend on the setting");
    }

    /** An HDFC legacy statement whose printed summary claims 5,000.00 less in debits than its rows add up to. */
    private static byte[] forgedSummary() {
        GeneratedStatement s = Seeded.sample(Statements.forLayout(Layout.HDFC_LEGACY, StatementShape.defaults().rows(6, 12)
                .overdraft(0)), 16);
        StatementSummary sum = s.summary();
        StatementSummary forged = new StatementSummary(sum.openingBalance(), sum.debitCount(), sum.creditCount(),
                sum.debits().subtract(new BigDecimal("5000.00")), sum.credits(), sum.closingBalance());
        return StatementRenderer.render(new GeneratedStatement(s.layout(), s.bank(), s.identity(), s.declaredPeriod(),
                s.openingBalance(), s.closingBalance(), s.transactions(), forged, s.options()), RenderOptions.defaults());
    }

    @Test
    void aSummaryTheRowsContradictIsAnInconsistentTransactionWhoseSeverityIsTheSummarySetting() {
        byte[] pdf = forgedSummary();
        UploadOutcome byDefault = upload(Map.of(), pdf);
        assertEquals("UNVERIFIED", byDefault.statement().verdict().wire());
        assertEquals("inconsistent_transaction", UploadResponse.of(byDefault, false, false).get("fraud_type"));
        List<FraudSignal> signals = byDefault.statement().fraudSignals().filter(x -> x.type().equals("inconsistent_transaction"));
        assertEquals(1, signals.size(), signals::toString);
        assertTrue(signals.head().evidence().contains("field=summary debits"), signals::toString);
        assertEquals(90, signals.head().severity());

        UploadOutcome lowered = upload(Map.of("analysis.severity.summary_mismatch", "35"), pdf);
        assertEquals(List.of(35), lowered.statement().fraudSignals().filter(x -> x.type().equals("inconsistent_transaction"))
                .map(FraudSignal::severity), "the summary_mismatch setting still sets its severity");

        UploadOutcome off = upload(Map.of("analysis.severity.summary_mismatch", "0"), pdf);
        assertTrue(off.statement().fraudSignals().forAll(x -> !x.evidence().contains("field=summary")), off.statement()::toString);
        assertEquals("UNVERIFIED", off.statement().verdict().wire(), "the verdict does not depend on the setting");
    }
}
