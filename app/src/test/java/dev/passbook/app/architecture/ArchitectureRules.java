package dev.passbook.app.architecture;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The hexagon in one readable block. */
final class ArchitectureRules {

    static final ArchRule CORE_USES_ONLY_JDK_AND_VAVR = classes()
            .that().resideInAPackage("dev.passbook.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "dev.passbook.core..")
            .because("the core knows nothing of PDFs, HTTP or SQL (ARCHITECTURE.md)");

    static final ArchRule PARSER_KIT_USES_ONLY_CORE = classes()
            .that().resideInAPackage("dev.passbook.parserkit..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "dev.passbook.core..",
                    "dev.passbook.parserkit..")
            .because("the table engine is shared by every plugin and, like them, sees only the neutral document model");

    static final ArchRule HDFC_PLUGIN_IS_INDEPENDENT = noClasses()
            .that().resideInAPackage("dev.passbook.parsers.hdfc..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.passbook.parsers.generic..", "dev.passbook.adapters..",
                    "dev.passbook.analysis..", "dev.passbook.app..")
            .because("plugins see only the core SPI");

    static final ArchRule GENERIC_PLUGIN_IS_INDEPENDENT = noClasses()
            .that().resideInAPackage("dev.passbook.parsers.generic..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.passbook.parsers.hdfc..", "dev.passbook.adapters..",
                    "dev.passbook.analysis..", "dev.passbook.app..")
            .because("plugins see only the core SPI");

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
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "dev.passbook.core..",
                    "dev.passbook.analysis..", "org.apache.commons.codec..")
            .because("analysis reads the neutral document model; it knows no PDF library, database or transport");

    static final ArchRule REDACT_SEES_ONLY_CORE_AND_PDFBOX = classes()
            .that().resideInAPackage("dev.passbook.redact..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "dev.passbook.core..",
                    "dev.passbook.redact..", "org.apache.pdfbox..")
            .because("the redactor reads through the core's ports and draws with PDFBox; parsers and adapters are wired in by the app");

    static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("dev.passbook.(**)")
            .should().beFreeOfCycles()
            .because("every package must be understandable without the ones that use it");

    private ArchitectureRules() {
    }
}
