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
            // test jars (core's shared fixtures) are tests too; under verify they arrive as *-tests.jar, not test-classes
            .withImportOption(location -> !location.contains("-tests.jar"))
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
    void everyPluginSeesOnlyCoreAndTheKit() {
        assertTrue(PRODUCTION.contain("dev.passbook.parsers.hdfc.HdfcStatementParser")
                && PRODUCTION.contain("dev.passbook.parsers.generic.GenericStatementParser"), "the plugins were imported");
        ArchitectureRules.PLUGINS_SEE_ONLY_CORE_AND_THE_KIT.check(PRODUCTION);
    }

    @Test
    void coreLayersDependOnlyDownwards() {
        ArchitectureRules.CORE_LAYERS.check(PRODUCTION);
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
        void coreRuleAllowsTheLoggingFacadeButNotItsSpi() {
            EvaluationResult result = evaluate(ArchitectureRules.CORE_USES_ONLY_JDK_AND_VAVR,
                    "dev.passbook.core.archviolation");
            assertViolation(result, "org.slf4j.spi.LoggingEventBuilder");
            String report = String.join("\n", result.getFailureReport().getDetails());
            assertFalse(report.contains("org.slf4j.LoggerFactory"), "the facade is allowed:\n" + report);
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
        void pluginRuleReportsTheHdfcPluginUsingTheGenericOne() {
            assertViolation(evaluate(ArchitectureRules.PLUGINS_SEE_ONLY_CORE_AND_THE_KIT,
                    "dev.passbook.parsers.hdfc.archviolation", "dev.passbook.parsers.generic.archviolation"), "HdfcUsingGeneric");
        }

        @Test
        void pluginRuleReportsTheGenericPluginUsingAnAdapter() {
            assertViolation(evaluate(ArchitectureRules.PLUGINS_SEE_ONLY_CORE_AND_THE_KIT,
                    "dev.passbook.parsers.generic.archviolation"), "GenericUsingAdapter");
        }

        /** "zenith" is named by no rule: it stands for a plugin written after the rules. */
        @Test
        void pluginRuleCoversAPluginThatDidNotExistWhenItWasWritten() {
            EvaluationResult result = evaluate(ArchitectureRules.PLUGINS_SEE_ONLY_CORE_AND_THE_KIT,
                    "dev.passbook.parsers.zenith", "dev.passbook.parsers.hdfc.archviolation");
            assertViolation(result, "ZenithUsingAnalysis");
            assertViolation(result, "ZenithUsingHdfc");
            String report = String.join("\n", result.getFailureReport().getDetails());
            assertFalse(report.contains("ZenithParser"), "the well-behaved new plugin passes:\n" + report);
        }

        @Test
        void coreLayerRuleReportsTheDomainUsingAPort() {
            // the whole core with the bad sample among it (the sample's package is inside the model layer)
            assertViolation(evaluate(ArchitectureRules.CORE_LAYERS, "dev.passbook.core"), "DomainUsingAPort");
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
