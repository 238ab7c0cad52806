package dev.passbook.core.spi;

import dev.passbook.core.document.Document;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The installed parsers. Discovery follows SLF4J's habits: a provider that fails to load, cannot say
 * its id and banks, was built for another SPI version or takes an id already taken is logged and
 * skipped, never fatal; once loaded, its {@code detect} and {@code parse} are called through
 * {@link PluginCalls}. One parser can be forced by id
 * when the registry is wired ({@link #forcing}); the core reads no system property or environment.
 */
public final class ParserRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ParserRegistry.class);

    private final List<StatementParser> parsers;
    private final Option<StatementParser> forced;

    private ParserRegistry(List<StatementParser> parsers, Option<StatementParser> forced) {
        this.parsers = parsers;
        this.forced = forced;
    }

    /** Every provider on the class path of {@code loader}. */
    public static ParserRegistry load(ClassLoader loader) {
        List<StatementParser> found = List.empty();
        Iterator<StatementParser> it = ServiceLoader.load(StatementParser.class, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                StatementParser parser = it.next();
                if (parser.id() == null || parser.id().isBlank() || parser.banks() == null) {
                    LOG.warn("Skipping parser {}: no id or no banks", parser.getClass().getName());
                } else if (parser.spiVersion() != StatementParser.SPI_VERSION) {
                    LOG.warn("Skipping parser {}: built for SPI version {}, this is {}",
                            parser.id(), parser.spiVersion(), StatementParser.SPI_VERSION);
                } else if (found.exists(p -> p.id().equals(parser.id()))) {
                    LOG.warn("Skipping parser {}: id already taken by {}",
                            parser.getClass().getName(), found.find(p -> p.id().equals(parser.id())).get().getClass().getName());
                } else {
                    found = found.append(parser);
                }
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                LOG.warn("Skipping a parser provider that failed to load: " + e);
            }
        }
        return of(found);
    }

    public static ParserRegistry load() {
        return load(Thread.currentThread().getContextClassLoader());
    }

    public static ParserRegistry of(Iterable<? extends StatementParser> parsers) {
        return new ParserRegistry(List.ofAll(parsers), Option.none());
    }

    public static ParserRegistry of(StatementParser... parsers) {
        return of(List.of(parsers));
    }

    public List<StatementParser> parsers() {
        return parsers;
    }

    /**
     * The same parsers, with {@code parserId} reading every statement whatever the others detect (for
     * diagnosing a layout, or a host that knows its statements' origin). Bank checks still apply: a
     * detection naming another bank than the one selected is still a mismatch.
     *
     * @throws IllegalArgumentException when no installed parser has that id: a forced choice that
     *                                  silently fell back would read statements with the wrong parser
     */
    public ParserRegistry forcing(String parserId) {
        StatementParser parser = byId(parserId).getOrElseThrow(() -> new IllegalArgumentException(
                "no installed parser has the id '" + parserId + "'; installed: " + parsers.map(StatementParser::id).mkString(", ")));
        return new ParserRegistry(parsers, Option.some(parser));
    }

    /** The parser forced at wiring time, if any. */
    public Option<StatementParser> forced() {
        return forced;
    }

    public Option<StatementParser> byId(String id) {
        return parsers.find(p -> p.id().equals(id));
    }

    /**
     * The parser that should read {@code document}, with its detection: the best of {@link #ranked}.
     * A parser {@linkplain #forcing forced} at wiring time is the only candidate. When a dedicated parser is certain
     * (100), no fallback can outrank it, so the fallbacks' detection is skipped: the generic parser's
     * costs ~2.4 ms per statement, a fifth of a 5-page upload's CPU. The answer is the same as ranking
     * every parser's detection.
     */
    public Option<Tuple2<StatementParser, Detection>> detect(Document document) {
        List<StatementParser> candidates = candidates();
        List<Tuple2<StatementParser, Detection>> dedicated = candidates.filter(StatementParser::dedicated)
                .map(p -> Tuple.of(p, safeDetect(p, document)));
        List<Tuple2<StatementParser, Detection>> detections = dedicated.exists(t -> t._2.confidence() == 100
                && t._2.bankId().isDefined()) ? dedicated
                : dedicated.appendAll(candidates.filter(p -> !p.dedicated()).map(p -> Tuple.of(p, safeDetect(p, document))));
        return rank(detections).headOption();
    }

    /**
     * Every installed parser's detection of {@code document}, matched ones first in the order the
     * registry chooses by: a detection naming a bank before one naming none (a table alone says less
     * than a bank's marks), then higher confidence, then dedicated parsers, then the lower id.
     * Unmatched parsers follow with confidence 0. For diagnosis; {@link #detect} is the cheap way to choose.
     */
    public List<Tuple2<StatementParser, Detection>> ranked(Document document) {
        List<Tuple2<StatementParser, Detection>> all = candidates().map(p -> Tuple.of(p, safeDetect(p, document)));
        return rank(all).appendAll(all.filter(t -> !t._2.matched()));
    }

    private List<StatementParser> candidates() {
        return forced.map(List::of).getOrElse(parsers);
    }

    private static List<Tuple2<StatementParser, Detection>> rank(List<Tuple2<StatementParser, Detection>> detections) {
        return detections
                .filter(t -> t._2.matched())
                .sorted((a, b) -> {
                    int byBank = Boolean.compare(b._2.bankId().isDefined(), a._2.bankId().isDefined());
                    if (byBank != 0) {
                        return byBank;
                    }
                    int byConfidence = Integer.compare(b._2.confidence(), a._2.confidence());
                    if (byConfidence != 0) {
                        return byConfidence;
                    }
                    int byDedication = Boolean.compare(b._1.dedicated(), a._1.dedicated());
                    return byDedication != 0 ? byDedication : a._1.id().compareTo(b._1.id());
                });
    }

    /** The best parser for a bank named by the caller: the forced parser, else its dedicated parser, else a fallback. */
    public Option<StatementParser> forBank(String bankId) {
        if (forced.isDefined()) {
            return forced;
        }
        List<StatementParser> readers = parsers.filter(p -> p.banks().exists(b -> b.id().equals(bankId)));
        return readers.find(StatementParser::dedicated).orElse(readers.headOption());
    }

    /** Every bank the installed parsers read, ordered by id; a dedicated parser's entry wins. */
    public List<CatalogueEntry> catalogue() {
        return parsers.flatMap(p -> p.banks().map(b -> new CatalogueEntry(b, p.dedicated())))
                .groupBy(e -> e.bank().id())
                .values()
                .map(entries -> entries.find(CatalogueEntry::dedicatedParser).getOrElse(entries.head()))
                .toList()
                .sortBy(e -> e.bank().id());
    }

    public boolean knowsBank(String bankId) {
        return parsers.exists(p -> p.banks().exists(b -> b.id().equals(bankId)));
    }

    private static Detection safeDetect(StatementParser parser, Document document) {
        return PluginCalls.guarded("parser " + parser.id(), "detect", () -> parser.detect(document),
                failure -> Detection.none(parser.id()));
    }
}
