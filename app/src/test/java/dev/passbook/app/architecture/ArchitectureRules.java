package dev.passbook.app.architecture;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The hexagon in one readable block. */
final class ArchitectureRules {

    /**
     * {@code org.slf4j} itself ({@code Logger}, {@code LoggerFactory}), not its subpackages: the logging
     * facade every module may use; no backend, no SPI (docs/architecture.md, Logging).
     */
    static final String LOGGING_FACADE = "org.slf4j";

    static final ArchRule CORE_USES_ONLY_JDK_AND_VAVR = classes()
            .that().resideInAPackage("dev.passbook.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", LOGGING_FACADE, "dev.passbook.core..")
            .because("the core knows nothing of PDFs, HTTP or SQL (ARCHITECTURE.md); it logs through the SLF4J facade");

    static final ArchRule PARSER_KIT_USES_ONLY_CORE = classes()
            .that().resideInAPackage("dev.passbook.parserkit..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", LOGGING_FACADE, "dev.passbook.core..",
                    "dev.passbook.parserkit..")
            .because("the table engine is shared by every plugin and, like them, sees only the neutral document model");

    /**
     * Every parser plugin, present and future: any package under {@code dev.passbook.parsers} is a plugin,
     * which sees only the core, the parser kit, vavr and the JDK, and no other plugin. Nothing here
     * names a plugin, so a new one is covered the day it is added.
     */
    static final ArchRule PLUGINS_SEE_ONLY_CORE_AND_THE_KIT = CompositeArchRule.of(classes()
                    .that().resideInAPackage("dev.passbook.parsers..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", LOGGING_FACADE, "dev.passbook.core..",
                            "dev.passbook.parserkit..", "dev.passbook.parsers..")
                    .because("plugins see only the core SPI and the shared table engine"))
            .and(slices().matching("dev.passbook.parsers.(*)..").should().notDependOnEachOther()
                    .because("each plugin can be installed or removed alone"));

    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .matching("dev.passbook.adapters.(*)..")
            .should().notDependOnEachOther()
            .because("pdf, persistence and http adapters meet only in the core ports");

    static final ArchRule ADAPTERS_SEE_NEITHER_PLUGINS_NOR_ANALYSIS = noClasses()
            .that().resideInAPackage("dev.passbook.adapters..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.passbook.parsers..", "dev.passbook.analysis..",
                    "dev.passbook.app..")
            .because("adapters serve the core's ports; only the app wires modules together");

    static final ArchRule ANALYSIS_SEES_ONLY_CORE_AND_CODEC = classes()
            .that().resideInAPackage("dev.passbook.analysis..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", LOGGING_FACADE, "dev.passbook.core..",
                    "dev.passbook.analysis..", "org.apache.commons.codec..")
            .because("analysis reads the neutral document model; it knows no PDF library, database or transport");

    static final ArchRule REDACT_SEES_ONLY_CORE_AND_PDFBOX = classes()
            .that().resideInAPackage("dev.passbook.redact..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", LOGGING_FACADE, "dev.passbook.core..",
                    "dev.passbook.redact..", "org.apache.pdfbox..")
            .because("the redactor reads through the core's ports and draws with PDFBox; parsers and adapters are wired in by the app");

    /**
     * Inside core, from the bottom: the model ({@code domain}, {@code error}, {@code document}), then the
     * plugin SPI, then the ports (which speak of parsed statements), then the use cases; the in-memory
     * adapters implement ports and see no use case. Only dependencies between these layers count.
     */
    static final ArchRule CORE_LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("dev.passbook.core.domain..", "dev.passbook.core.error..", "dev.passbook.core.document..")
            .layer("Spi").definedBy("dev.passbook.core.spi..")
            .layer("Ports").definedBy("dev.passbook.core.port..")
            .layer("UseCases").definedBy("dev.passbook.core.application..")
            .layer("InMemory").definedBy("dev.passbook.core.inmemory..")
            .whereLayer("InMemory").mayNotBeAccessedByAnyLayer()
            .whereLayer("UseCases").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ports").mayOnlyBeAccessedByLayers("UseCases", "InMemory")
            .whereLayer("Spi").mayOnlyBeAccessedByLayers("Ports", "UseCases", "InMemory")
            .because("each core package is understandable from the ones below it");

    /**
     * testkit's packages are one unit for this rule: a {@code Layout} joins a bank's generators
     * ({@code arbitraries}) to its drawing ({@code render}), and both build the statement model at its root.
     * It is test tooling that ships as one jar; cycles between its packages cannot leak into production code.
     */
    static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("dev.passbook.(**)")
            .should().beFreeOfCycles()
            .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("dev.passbook.testkit.."),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("dev.passbook.testkit.."))
            .because("every package must be understandable without the ones that use it");

    private ArchitectureRules() {
    }
}
