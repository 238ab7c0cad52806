package dev.passbook.embed;

import dev.passbook.adapters.pdf.PdfDocumentReader;
import dev.passbook.adapters.pdf.ReaderLimits;
import dev.passbook.analysis.AnalysisSettings;
import dev.passbook.analysis.FraudAnalyzer;
import dev.passbook.analysis.name.PhoneticNameMatcher;
import dev.passbook.core.application.ReadRequest;
import dev.passbook.core.application.ReadStatement;
import dev.passbook.core.port.StatementAnalyzer;
import dev.passbook.core.spi.ParserRegistry;
import dev.passbook.core.spi.StatementParser;
import io.vavr.control.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Passbook for a host application: reads an Indian bank-statement PDF and says who holds the account,
 * every transaction, whether the balances reconcile and whether the file shows signs of tampering.
 * Nothing is stored and no server runs; the same reading as {@code passbook parse} and the upload API.
 *
 * <pre>{@code
 * Passbook passbook = Passbook.builder().build();              // every installed parser and analyser
 * BankStatement statement = passbook.read(pdfBytes).orElseThrow();
 * statement.verdict();                                          // VERIFIED or UNVERIFIED
 * }</pre>
 *
 * <p>The default has every parser found with {@link java.util.ServiceLoader} on the class path (the
 * HDFC and generic parsers ship with {@code passbook-embed}; add a plugin jar to add a bank), the fraud
 * analysis of {@code passbook-analysis} with its shipped settings, every extra {@code StatementAnalyzer}
 * registered as a service, the PDF reader's default limits (50 MB, 2,000 pages, 60 s) and phonetic name
 * matching. The public signatures use only JDK types ({@code docs/embedding.md}). Immutable and
 * thread-safe: build one and share it.
 */
public final class Passbook {

    private final ReadStatement reading;

    private Passbook(ReadStatement reading) {
        this.reading = reading;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads a statement that needs no password, with no bank hint. */
    public Result read(byte[] pdf) {
        return read(pdf, ReadOptions.none());
    }

    public Result read(byte[] pdf, ReadOptions options) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(options, "options");
        ReadRequest request = new ReadRequest(pdf, Option.ofOptional(options.password()), Option.ofOptional(options.bank()),
                io.vavr.collection.List.ofAll(options.expectedNames()));
        return reading.read(request).fold(r -> Result.refused(Convert.refusal(r)), s -> Result.read(Convert.statement(s)));
    }

    /** Reads a file; failing to read the file itself is an {@link UncheckedIOException}, not a refusal. */
    public Result read(Path pdf) {
        return read(pdf, ReadOptions.none());
    }

    public Result read(Path pdf, ReadOptions options) {
        try {
            return read(Files.readAllBytes(pdf), options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pdf, e);
        }
    }

    /** The ids of the installed parsers, in discovery order. */
    public List<String> parsers() {
        return reading.registry().parsers().map(StatementParser::id).toJavaList();
    }

    /** The bank ids the installed parsers read (the values {@link ReadOptions#bank} accepts), in id order. */
    public List<String> banks() {
        return reading.registry().catalogue().map(e -> e.bank().id()).toJavaList();
    }

    /**
     * How a {@link Passbook} is assembled. Every option has a default; {@link #build()} checks them all
     * and throws {@link IllegalArgumentException} for a bad one (an unknown analysis key, a parser id
     * that is not installed): a typo must not silently keep a default.
     */
    public static final class Builder {

        private long maxBytes = ReaderLimits.DEFAULT_MAX_BYTES;
        private int maxPages = ReaderLimits.DEFAULT_MAX_PAGES;
        private Duration timeBudget = ReaderLimits.DEFAULT_TIME_BUDGET;
        private final Map<String, String> analysis = new LinkedHashMap<>();
        private ClassLoader classLoader = Passbook.class.getClassLoader();
        private String forcedParser;
        private boolean fraudAnalysis = true;

        private Builder() {
        }

        /** Largest PDF accepted, in bytes (default 50 MB); larger files are refused with {@code FILE_TOO_LARGE}. */
        public Builder maxBytes(long bytes) {
            this.maxBytes = bytes;
            return this;
        }

        /** Most pages read (default 2,000); more is refused with {@code PDF_TOO_COMPLEX}. */
        public Builder maxPages(int pages) {
            this.maxPages = pages;
            return this;
        }

        /** Longest text extraction of one file (default 60 s); longer is refused with {@code PDF_TOO_COMPLEX}. */
        public Builder timeBudget(Duration budget) {
            this.timeBudget = Objects.requireNonNull(budget, "budget");
            return this;
        }

        /**
         * One analysis setting of {@code docs/analysis.md}, e.g.
         * {@code analysisSetting("analysis.severity.author_fraud", "0")} to switch a signal off; the
         * {@code analysis.} prefix may be left out.
         */
        public Builder analysisSetting(String key, String value) {
            Objects.requireNonNull(key, "key");
            analysis.put(key.startsWith(AnalysisSettings.PREFIX) ? key : AnalysisSettings.PREFIX + key,
                    Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Every {@code analysis.*} entry of {@code settings}; other keys are ignored. */
        public Builder analysisSettings(Map<String, String> settings) {
            settings.forEach((k, v) -> {
                if (k.startsWith(AnalysisSettings.PREFIX)) {
                    analysisSetting(k, v);
                }
            });
            return this;
        }

        /** The {@code analysis.*} entries of a UTF-8 properties file (the service's {@code --analysis-config} format). */
        public Builder analysisSettings(Path propertiesFile) {
            java.util.Properties p = new java.util.Properties();
            try (java.io.Reader r = Files.newBufferedReader(propertiesFile, java.nio.charset.StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + propertiesFile, e);
            }
            p.stringPropertyNames().forEach(k -> {
                if (k.startsWith(AnalysisSettings.PREFIX)) {
                    analysisSetting(k, p.getProperty(k));
                }
            });
            return this;
        }

        /**
         * Without the analysis module's fraud signals (metadata, fonts, file revisions, period and order
         * checks). The accounting signals (balance breaks, summary mismatches) stay: a statement whose
         * arithmetic fails is never reported clean.
         */
        public Builder withoutFraudAnalysis() {
            this.fraudAnalysis = false;
            return this;
        }

        /** Where parsers and analysers are looked up with {@link java.util.ServiceLoader} (default: Passbook's own). */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /** One installed parser reads every statement, whatever the others detect. */
        public Builder parser(String parserId) {
            this.forcedParser = Objects.requireNonNull(parserId, "parserId");
            return this;
        }

        public Passbook build() {
            AnalysisSettings settings = AnalysisSettings.fromMap(analysis)
                    .getOrElseThrow(problem -> new IllegalArgumentException("analysis setting " + problem));
            ReaderLimits limits = new ReaderLimits(maxBytes, maxPages, timeBudget);
            ParserRegistry registry = ParserRegistry.load(classLoader);
            if (forcedParser != null) {
                registry = registry.forcing(forcedParser);
            }
            io.vavr.collection.List<StatementAnalyzer> analyzers = StatementAnalyzer.installed(classLoader);
            if (fraudAnalysis) {
                analyzers = analyzers.prepend(new FraudAnalyzer(settings));
            }
            return new Passbook(new ReadStatement(new PdfDocumentReader(limits), registry, settings.accounting(),
                    StatementAnalyzer.combine(analyzers.toJavaArray(StatementAnalyzer[]::new)),
                    PhoneticNameMatcher.from(settings)));
        }
    }
}
