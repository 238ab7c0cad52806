package dev.passbook.analysis;

import dev.passbook.core.application.AccountingAnalyzer;
import dev.passbook.core.application.FraudSeverity;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * Everything the analysis lets an operator tune. {@link #defaults()} is what ships (documented in
 * {@code docs/analysis.md}); {@link #fromMap} overlays {@code analysis.*} keys on the defaults.
 *
 * @param severities        severity per signal type; 0 switches a signal off
 * @param trustedGenerators per bank id, fragments one of which the producer and the creator (each,
 *                          when present) must contain; a bank without an entry is only checked
 *                          against {@code knownEditors}
 * @param knownEditors      fragments of producers/creators written only by document editors (matched by
 *                          whole words, see {@link GeneratorNames}); see {@link #DEFAULT_EDITORS}
 * @param acrobatIsEditor   whether {@code Adobe Acrobat} as producer/creator counts as a document editor
 *                          (off by default: Acrobat re-saves and unlocks far more statements than it edits)
 * @param dateTolerance     how far ModDate may be before CreationDate (a later ModDate is never a signal)
 * @param pageSizes         per bank id, the page sizes its genuine layouts use
 * @param pageSizeTolerance points either way before a page counts as drifted
 * @param periodGraceDays   days a transaction may fall outside the declared period
 * @param fontSizeTolerance points two font sizes may differ and still count as the same size
 * @param fontMinColumn     fewest amounts a column needs before outliers in it are judged
 * @param maxSignalsPerType cap on signals of one type per statement, so a broken file stays readable
 * @param nameMatchThreshold score (0..100) from which a name counts as matched
 */
public record AnalysisSettings(Map<String, Integer> severities, Map<String, List<String>> trustedGenerators,
                               List<String> knownEditors, boolean acrobatIsEditor, Duration dateTolerance,
                               Map<String, List<PageSize>> pageSizes, double pageSizeTolerance, int periodGraceDays,
                               double fontSizeTolerance, int fontMinColumn, int maxSignalsPerType,
                               int nameMatchThreshold) {

    /** Keys are read with this prefix so one application file can hold every module's settings. */
    public static final String PREFIX = "analysis.";

    /**
     * Document editors: office and design applications in which a statement's pages are typed or laid out
     * as an editable document (a PDF converted to Word and back, a statement re-typed in a word processor). No
     * bank's generator is one of them, so their name as producer or creator is {@code author_fraud}.
     * <p>
     * PDF tools are deliberately not here: online and desktop services that unlock, compress, merge or print
     * a PDF (iLovePDF, Smallpdf, Sejda, PDF24, Adobe Acrobat, Foxit, Nitro, print drivers such as Chrome's
     * Skia/PDF) write their own name into every file they touch, and customers run genuine statements through
     * them all the time, typically to remove the password before handing the file to a lender. Their name
     * proves a re-save, and a re-save alone is not fraud; what an edit with them leaves (an incremental
     * revision, a cell in another font, a drifted page size, broken balances) has its own signal.
     */
    public static final List<String> DEFAULT_EDITORS = List.of(
            "microsoft word", "microsoft office word", "libreoffice", "openoffice", "google docs", "canva");
    /**
     * Paper sizes a print of a statement comes out on (A4 as PDF tools and as Chrome size it, US Letter):
     * a re-print takes the printer's paper, so these are accepted for every bank whose sizes are checked.
     */
    public static final List<PageSize> PRINT_PAPER = List.of(new PageSize(595.28, 841.89), new PageSize(594.96, 841.92),
            new PageSize(612, 792));

    /** Severities use core's {@link FraudSeverity} levels so every analyzer ranks alike. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(
                HashMap.ofEntries(
                        java.util.Map.entry(SignalRules.INCONSISTENT_TRANSACTION, FraudSeverity.BALANCE_BREAK),
                        java.util.Map.entry(SignalRules.SUMMARY_MISMATCH, FraudSeverity.SUMMARY_MISMATCH),
                        java.util.Map.entry(SignalRules.SIGNATURE_INVALID, FraudSeverity.TAMPERING),
                        java.util.Map.entry(SignalRules.INCREMENTAL_UPDATE, FraudSeverity.TAMPERING),
                        java.util.Map.entry(SignalRules.FONT_MISMATCH, FraudSeverity.FONT),
                        java.util.Map.entry(SignalRules.PAGE_SIZE_DRIFT, FraudSeverity.FONT),
                        java.util.Map.entry(SignalRules.AUTHOR_FRAUD, FraudSeverity.METADATA),
                        java.util.Map.entry(SignalRules.DATE_FRAUD, FraudSeverity.METADATA),
                        java.util.Map.entry(SignalRules.TRANSACTION_OUTSIDE_PERIOD, FraudSeverity.METADATA),
                        java.util.Map.entry(SignalRules.TRANSACTION_ORDER, FraudSeverity.METADATA)),
                // no trusted list ships: a guessed generator name would flag every genuine file whose
                // producer differs; operators add analysis.trusted.<bank> from genuine samples
                HashMap.empty(),
                DEFAULT_EDITORS, false, Duration.ofSeconds(60),
                HashMap.of("hdfc", List.of(new PageSize(638, 842), new PageSize(786, 982))),
                // one day of grace: HDFC dates month-end interest on the 1st of the next month, so
                // consecutive statements overlap by a day (BANK-LAYOUTS.md)
                0.01, 1, 0.1, 4, 20, 80);
    }

    /**
     * Core's accounting signals with these settings' severities and cap: the one source of their
     * severity, handed to {@code ReadStatement} by whoever wires it.
     */
    public AccountingAnalyzer accounting() {
        return new AccountingAnalyzer(severity(SignalRules.INCONSISTENT_TRANSACTION), severity(SignalRules.SUMMARY_MISMATCH),
                maxSignalsPerType);
    }

    /** The severity of {@code type}; 0 (off) for a type without one. */
    public int severity(String type) {
        return severities.get(type).getOrElse(0);
    }

    public boolean enabled(String type) {
        return severity(type) > 0;
    }

    /** The editor fragments in force, {@code adobe acrobat} included when {@link #acrobatIsEditor}. */
    public List<String> editors() {
        return acrobatIsEditor ? knownEditors.append("adobe acrobat") : knownEditors;
    }

    public Option<List<String>> trustedFor(String bankId) {
        return trustedGenerators.get(bankId.strip().toLowerCase(Locale.ROOT));
    }

    public Option<List<PageSize>> pageSizesFor(String bankId) {
        return pageSizes.get(bankId.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The defaults overlaid with the {@code analysis.*} entries of {@code map}; other keys are
     * ignored. An unknown {@code analysis.*} key or a bad value is an error: a typo must not
     * silently keep a default.
     */
    public static Either<String, AnalysisSettings> fromMap(java.util.Map<String, String> map) {
        Builder b = new Builder(defaults());
        for (String key : new java.util.TreeSet<>(map.keySet())) {
            if (key.startsWith(PREFIX)) {
                String value = map.get(key) == null ? "" : map.get(key).strip();
                Option<String> problem = b.set(key.substring(PREFIX.length()), value);
                if (problem.isDefined()) {
                    return Either.left(key + ": " + problem.get());
                }
            }
        }
        return Either.right(b.build());
    }

    public static Either<String, AnalysisSettings> fromProperties(Properties properties) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return fromMap(map);
    }

    /** Reads a UTF-8 properties file; a missing or unreadable file is an error, not the defaults. */
    public static Either<String, AnalysisSettings> fromFile(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return Either.left("cannot read " + file + ": " + e.getMessage());
        }
        return fromProperties(p);
    }

    /** Mutable only while one map is being read; the record stays immutable. */
    private static final class Builder {
        private Map<String, Integer> severities;
        private Map<String, List<String>> trusted;
        private List<String> editors;
        private boolean acrobat;
        private Duration dateTolerance;
        private Map<String, List<PageSize>> pageSizes;
        private double pageSizeTolerance;
        private int graceDays;
        private double fontSizeTolerance;
        private int fontMinColumn;
        private int maxPerType;
        private int threshold;

        Builder(AnalysisSettings s) {
            severities = s.severities;
            trusted = s.trustedGenerators;
            editors = s.knownEditors;
            acrobat = s.acrobatIsEditor;
            dateTolerance = s.dateTolerance;
            pageSizes = s.pageSizes;
            pageSizeTolerance = s.pageSizeTolerance;
            graceDays = s.periodGraceDays;
            fontSizeTolerance = s.fontSizeTolerance;
            fontMinColumn = s.fontMinColumn;
            maxPerType = s.maxSignalsPerType;
            threshold = s.nameMatchThreshold;
        }

        AnalysisSettings build() {
            return new AnalysisSettings(severities, trusted, editors, acrobat, dateTolerance, pageSizes,
                    pageSizeTolerance, graceDays, fontSizeTolerance, fontMinColumn, maxPerType, threshold);
        }

        /** Applies one setting; the problem with it, if any. */
        Option<String> set(String name, String value) {
            if (name.startsWith("severity.")) {
                String type = name.substring("severity.".length());
                if (!SignalRules.TYPES.contains(type)) {
                    return Option.some("unknown signal type '" + type + "'");
                }
                return integer(value, 0, 1000).fold(Option::some, n -> {
                    severities = severities.put(type, n);
                    return Option.none();
                });
            }
            if (name.startsWith("trusted.")) {
                trusted = trusted.put(bank(name, "trusted."), fragments(value));
                return Option.none();
            }
            if (name.startsWith("page-sizes.")) {
                return pageSizeList(value).fold(Option::some, sizes -> {
                    pageSizes = pageSizes.put(bank(name, "page-sizes."), sizes);
                    return Option.none();
                });
            }
            switch (name) {
                case "editors":
                    editors = fragments(value);
                    return Option.none();
                case "editors.acrobat":
                    return bool(value).fold(Option::some, v -> {
                        acrobat = v;
                        return Option.none();
                    });
                case "date.tolerance-seconds":
                    return integer(value, 0, Integer.MAX_VALUE).fold(Option::some, n -> {
                        dateTolerance = Duration.ofSeconds(n);
                        return Option.none();
                    });
                case "page-size.tolerance":
                    return decimal(value).fold(Option::some, d -> {
                        pageSizeTolerance = d;
                        return Option.none();
                    });
                case "period.grace-days":
                    return integer(value, 0, 366).fold(Option::some, n -> {
                        graceDays = n;
                        return Option.none();
                    });
                case "font.size-tolerance":
                    return decimal(value).fold(Option::some, d -> {
                        fontSizeTolerance = d;
                        return Option.none();
                    });
                case "font.min-column":
                    return integer(value, 2, 10_000).fold(Option::some, n -> {
                        fontMinColumn = n;
                        return Option.none();
                    });
                case "signals.max-per-type":
                    return integer(value, 1, 10_000).fold(Option::some, n -> {
                        maxPerType = n;
                        return Option.none();
                    });
                case "name.threshold":
                    return integer(value, 0, 100).fold(Option::some, n -> {
                        threshold = n;
                        return Option.none();
                    });
                default:
                    return Option.some("unknown setting");
            }
        }

        private static String bank(String name, String prefix) {
            return name.substring(prefix.length()).strip().toLowerCase(Locale.ROOT);
        }
    }

    /** Comma-separated fragments, normalised like producer strings; empty entries dropped. */
    private static List<String> fragments(String value) {
        return List.of(value.split(",")).map(GeneratorNames::normalise).filter(f -> !f.isEmpty());
    }

    private static Either<String, List<PageSize>> pageSizeList(String value) {
        List<String> parts = List.of(value.split(",")).map(String::strip).filter(p -> !p.isEmpty());
        return Either.sequenceRight(parts.map(PageSize::parse)).map(List::ofAll);
    }

    private static Either<String, Integer> integer(String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            return n < min || n > max ? Either.left("must be between " + min + " and " + max + ", got " + value)
                    : Either.right(n);
        } catch (NumberFormatException e) {
            return Either.left("not a whole number: '" + value + "'");
        }
    }

    private static Either<String, Double> decimal(String value) {
        try {
            double d = Double.parseDouble(value);
            return d < 0 || Double.isNaN(d) || Double.isInfinite(d)
                    ? Either.left("must be a non-negative number, got " + value) : Either.right(d);
        } catch (NumberFormatException e) {
            return Either.left("not a number: '" + value + "'");
        }
    }

    private static Either<String, Boolean> bool(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.equals("true") ? Either.right(true) : v.equals("false") ? Either.right(false)
                : Either.left("must be true or false, got '" + value + "'");
    }
}
