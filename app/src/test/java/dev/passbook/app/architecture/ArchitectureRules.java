package dev.passbook.app.architecture;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The hexagon in one readable block. Plugin and adapter modules may still be empty while they are
 * being built, so their rules allow an empty selection; the core rule does not.
 */
final class ArchitectureRules {

    static final ArchRule CORE_USES_ONLY_JDK_AND_VAVR = classes()
            .that().resideInAPackage("dev.passbook.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "dev.passbook.core..")
            .because("the core knows nothing of PDFs, HTTP or SQL (ARCHITECTURE.md)");

    static final ArchRule HDFC_PLUGIN_IS_INDEPENDENT = noClasses()
            .that().resideInAPackage("dev.passbook.parsers.hdfc..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.passbook.parsers.generic..", "dev.passbook.adapters..")
            .because("plugins see only the core SPI")
            .allowEmptyShould(true);

    static final ArchRule GENERIC_PLUGIN_IS_INDEPENDENT = noClasses()
            .that().resideInAPackage("dev.passbook.parsers.generic..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.passbook.parsers.hdfc..", "dev.passbook.adapters..")
            .because("plugins see only the core SPI")
            .allowEmptyShould(true);

    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .matching("dev.passbook.adapters.(*)..")
            .should().notDependOnEachOther()
            .because("pdf, persistence and http adapters meet only in the core ports")
            .allowEmptyShould(true);

    static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("dev.passbook.(**)")
            .should().beFreeOfCycles()
            .because("every package must be understandable without the ones that use it");

    private ArchitectureRules() {
    }
}
