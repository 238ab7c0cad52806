package dev.passbook.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks {@link ArchitectureRules} against the production classes of every module, and shows each
 * rule can fail by running it against deliberately bad sample classes in this module's test sources
 * (packages ending in {@code archviolation}).
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.passbook");

    @Test
    void productionClassesWereFound() {
        // guards against a vacuous pass: the core's services must be among the imported classes
        assertTrue(PRODUCTION.contain("dev.passbook.core.application.UploadStatementService"));
    }

    @Test
    void coreUsesOnlyJdkAndVavr() {
        ArchitectureRules.CORE_USES_ONLY_JDK_AND_VAVR.check(PRODUCTION);
    }

    @Test
    void hdfcPluginDependsNeitherOnTheGenericPluginNorOnAdapters() {
        ArchitectureRules.HDFC_PLUGIN_IS_INDEPENDENT.check(PRODUCTION);
    }

    @Test
    void genericPluginDependsNeitherOnTheHdfcPluginNorOnAdapters() {
        ArchitectureRules.GENERIC_PLUGIN_IS_INDEPENDENT.check(PRODUCTION);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.check(PRODUCTION);
    }

    @Test
    void adaptersSeeNeitherPluginsNorAnalysis() {
        ArchitectureRules.ADAPTERS_SEE_NEITHER_PLUGINS_NOR_ANALYSIS.check(PRODUCTION);
    }

    @Test
    void parserKitSeesOnlyCore() {
        ArchitectureRules.PARSER_KIT_USES_ONLY_CORE.check(PRODUCTION);
    }

    @Test
    void analysisSeesOnlyCoreAndCommonsCodec() {
        ArchitectureRules.ANALYSIS_SEES_ONLY_CORE_AND_CODEC.check(PRODUCTION);
    }

    @Test
    void redactSeesOnlyCoreAndPdfbox() {
        ArchitectureRules.REDACT_SEES_ONLY_CORE_AND_PDFBOX.check(PRODUCTION);
    }

    @Test
    void noPackageCycles() {
        ArchitectureRules.NO_PACKAGE_CYCLES.check(PRODUCTION);
    }

    /** Each rule, run against bad samples (test classes included on purpose), reports the violation. */
    @Nested
    class RulesCanFail {

        private EvaluationResult evaluate(ArchRule rule, String... packages) {
            JavaClasses samples = new ClassFileImporter().importPackages(packages);
            assertFalse(samples.isEmpty(), "bad samples were not imported");
            return rule.evaluate(samples);
        }

        private void assertViolation(EvaluationResult result, String offender) {
            assertTrue(result.hasViolation(), "expected a violation");
            String report = String.join("\n", result.getFailureReport().getDetails());
            assertTrue(report.contains(offender), "violation should name " + offender + ":\n" + report);
        }

        @Test
        void coreRuleReportsACoreClassUsingALibrary() {
            assertViolation(evaluate(ArchitectureRules.CORE_USES_ONLY_JDK_AND_VAVR, "dev.passbook.core.archviolation"),
                    "CoreClassUsingALibrary");
        }

        @Test
        void parserKitRuleReportsTheKitUsingAnAdapter() {
            assertViolation(evaluate(ArchitectureRules.PARSER_KIT_USES_ONLY_CORE, "dev.passbook.parserkit.archviolation"),
                    "KitUsingAdapter");
        }

        @Test
        void analysisRuleReportsAnalysisUsingATransportLibrary() {
            assertViolation(evaluate(ArchitectureRules.ANALYSIS_SEES_ONLY_CORE_AND_CODEC,
                    "dev.passbook.analysis.archviolation"), "AnalysisUsingJackson");
        }

        @Test
        void adapterRuleReportsAnAdapterUsingAPlugin() {
            assertViolation(evaluate(ArchitectureRules.ADAPTERS_SEE_NEITHER_PLUGINS_NOR_ANALYSIS,
                    "dev.passbook.adapters.pdf.archviolation"), "AdapterUsingAPlugin");
        }

        @Test
        void hdfcRuleReportsTheHdfcPluginUsingTheGenericOne() {
            assertViolation(evaluate(ArchitectureRules.HDFC_PLUGIN_IS_INDEPENDENT, "dev.passbook.parsers.hdfc.archviolation"),
                    "HdfcUsingGeneric");
        }

        @Test
        void genericRuleReportsTheGenericPluginUsingAnAdapter() {
            assertViolation(evaluate(ArchitectureRules.GENERIC_PLUGIN_IS_INDEPENDENT,
                    "dev.passbook.parsers.generic.archviolation"), "GenericUsingAdapter");
        }

        @Test
        void adapterRuleReportsOneAdapterUsingAnother() {
            assertViolation(evaluate(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
                    "dev.passbook.adapters.pdf.archviolation", "dev.passbook.adapters.persistence.archviolation"),
                    "PdfUsingPersistence");
        }

        @Test
        void cycleRuleReportsTwoPackagesUsingEachOther() {
            assertViolation(evaluate(ArchitectureRules.NO_PACKAGE_CYCLES, "dev.passbook.app.archviolation"),
                    "CycleA");
        }
    }
}
