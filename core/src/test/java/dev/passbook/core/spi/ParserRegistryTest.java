package dev.passbook.core.spi;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Forensics;
import dev.passbook.core.document.Metadata;
import dev.passbook.core.spi.RegistryTestParsers.Stub;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParserRegistryTest {

    private static final Document DOC = new Document(List.empty(), Metadata.empty(), Forensics.none());
    /**
     * The broken, future and duplicate providers are registered in {@code src/test/registry-plugins}, not on
     * the test class path: core's test fixtures are shared with other modules (a test-jar), and these
     * providers must not reach their registries.
     */
    private static final ClassLoader PLUGINS = registryPlugins();

    private static ClassLoader registryPlugins() {
        try {
            return new URLClassLoader(new URL[] {Path.of("src/test/registry-plugins").toUri().toURL()},
                    ParserRegistryTest.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void brokenMissingFutureAndDuplicateProvidersAreSkippedAndTheRestLoad() {
        ParserRegistry registry = ParserRegistry.load(PLUGINS);
        assertEquals(List.of("good", "fallback"), registry.parsers().map(StatementParser::id));
        assertEquals(RegistryTestParsers.Good.class, registry.byId("good").get().getClass());
    }

    @Test
    void catalogueListsEveryBankOnceByIdPreferringTheDedicatedParser() {
        ParserRegistry registry = ParserRegistry.load(PLUGINS);
        List<CatalogueEntry> catalogue = registry.catalogue();
        assertEquals(List.of("goodbank", "otherbank"), catalogue.map(e -> e.bank().id()));
        assertEquals(List.of(true, false), catalogue.map(CatalogueEntry::dedicatedParser));
        assertTrue(registry.knowsBank("otherbank"));
        assertTrue(!registry.knowsBank("futurebank"));
    }

    @Test
    void forBankPrefersTheDedicatedParserAndFallsBackToTheGenericOne() {
        ParserRegistry registry = ParserRegistry.load(PLUGINS);
        assertEquals("good", registry.forBank("goodbank").get().id());
        assertEquals("fallback", registry.forBank("otherbank").get().id());
        assertTrue(registry.forBank("nobank").isEmpty());
    }

    @Test
    void highestConfidenceWins() {
        ParserRegistry registry = ParserRegistry.of(new Stub("low", true, 30, false), new Stub("high", true, 80, false),
                new Stub("mid", true, 50, false));
        assertEquals("high", registry.detect(DOC).get()._1.id());
        assertEquals(80, registry.detect(DOC).get()._2.confidence());
    }

    @Test
    void tieGoesToTheDedicatedParserThenTheLowerId() {
        assertEquals("zeta", ParserRegistry.of(new Stub("alpha", false, 40, false), new Stub("zeta", true, 40, false))
                .detect(DOC).get()._1.id());
        assertEquals("alpha", ParserRegistry.of(new Stub("zeta", true, 40, false), new Stub("alpha", true, 40, false))
                .detect(DOC).get()._1.id());
    }

    @Test
    void fallbacksAreNotAskedWhenADedicatedParserIsCertain() {
        Stub fallback = new Stub("generic", false, 10, false);
        ParserRegistry registry = ParserRegistry.of(fallback, new Stub("bank", true, 100, false));
        assertEquals("bank", registry.detect(DOC).get()._1.id());
        assertEquals(0, fallback.detectCalls());
    }

    @Test
    void fallbacksAreAskedWhenNoDedicatedParserIsCertain() {
        Stub fallback = new Stub("generic", false, 10, false);
        ParserRegistry registry = ParserRegistry.of(new Stub("bank", true, 99, false), fallback);
        assertEquals("bank", registry.detect(DOC).get()._1.id());
        assertEquals(1, fallback.detectCalls());
        assertEquals("generic", ParserRegistry.of(new Stub("bank", true, 0, false), fallback).detect(DOC).get()._1.id());
    }

    @Test
    void parserThatThrowsFromDetectCountsAsNotMatching() {
        ParserRegistry registry = ParserRegistry.of(new Stub("crashy", true, 99, true), new Stub("calm", true, 10, false));
        assertEquals("calm", registry.detect(DOC).get()._1.id());
    }

    @Test
    void aDetectionNamingABankBeatsAHigherOneNamingNone() {
        ParserRegistry registry = ParserRegistry.of(Stub.namingNoBank("tables", false, 90), new Stub("acme", true, 40, false));
        assertEquals("acme", registry.detect(DOC).get()._1.id());
        assertEquals(List.of("acme", "tables"), registry.ranked(DOC).map(t -> t._1.id()));
    }

    @Test
    void rankedListsUnmatchedParsersLastWithConfidenceZero() {
        ParserRegistry registry = ParserRegistry.of(new Stub("blind", true, 0, false), new Stub("seer", true, 70, false),
                new Stub("crashy", true, 99, true));
        assertEquals(List.of("seer", "blind", "crashy"), registry.ranked(DOC).map(t -> t._1.id()));
        assertEquals(List.of(70, 0, 0), registry.ranked(DOC).map(t -> t._2.confidence()));
    }

    @Test
    void nothingMatchingMeansNoDetection() {
        assertTrue(ParserRegistry.of(new Stub("none", true, 0, false)).detect(DOC).isEmpty());
    }

    @Test
    void aParserForcedAtWiringTimeIsTheOnlyCandidate() {
        ParserRegistry registry = ParserRegistry.of(new Stub("usual", true, 90, false), new Stub("forced", true, 5, false));
        assertEquals("usual", registry.detect(DOC).get()._1.id());
        ParserRegistry forcing = registry.forcing("forced");
        assertEquals("forced", forcing.detect(DOC).get()._1.id());
        assertEquals(List.of("forced"), forcing.ranked(DOC).map(t -> t._1.id()));
        assertEquals(registry.parsers(), forcing.parsers(), "the catalogue still lists every parser");
    }

    @Test
    void forcingAnUninstalledParserIsAWiringError() {
        ParserRegistry registry = ParserRegistry.of(new Stub("usual", true, 90, false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.forcing("not-installed"));
        assertTrue(e.getMessage().contains("installed: usual"), e.getMessage());
    }
}
