package dev.passbook.spring;

import dev.passbook.embed.Passbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The auto-configuration in a plain application context: no web server, no Spring Boot application. */
class PassbookAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PassbookAutoConfiguration.class));

    @Test
    void oneFacadeBeanFromTheDefaults() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Passbook.class);
            assertThat(context.getBean(Passbook.class).parsers()).contains("hdfc", "generic");
            PassbookProperties properties = context.getBean(PassbookProperties.class);
            assertThat(properties.getMaxPages()).isEqualTo(2000);
            assertThat(properties.getTimeBudget()).isEqualTo(Duration.ofSeconds(60));
        });
    }

    @Test
    void propertiesReachTheFacade() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("..", "docs", "samples", "hdfc-legacy.pdf"));
        runner.withPropertyValues("passbook.max-size=1KB").run(context -> {
            // the sample is larger than 1 KB: the limit of the property refuses it before reading
            assertThat(context.getBean(Passbook.class).read(pdf).refusal()).hasValueSatisfying(
                    refusal -> assertThat(refusal.code()).isEqualTo("FILE_TOO_LARGE"));
        });
        runner.withPropertyValues("passbook.max-pages=1").run(context ->
                assertThat(context.getBean(Passbook.class).read(pdf).refusal()).hasValueSatisfying(
                        refusal -> assertThat(refusal.code()).isEqualTo("PDF_TOO_COMPLEX")));
    }

    @Test
    void analysisKeysAreBoundWithBracketsAndAnUnknownOneFailsTheStart() {
        runner.withPropertyValues("passbook.analysis[severity.author_fraud]=0", "passbook.analysis[name.threshold]=90")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(PassbookProperties.class).getAnalysis())
                            .containsEntry("severity.author_fraud", "0").containsEntry("name.threshold", "90");
                });
        runner.withPropertyValues("passbook.analysis[severity.no_such_signal]=5").run(context ->
                assertThat(context).hasFailed());
        runner.withPropertyValues("passbook.parser=no-such-parser").run(context -> assertThat(context).hasFailed());
    }

    @Test
    void aFacadeOfTheHostWins() {
        Passbook own = Passbook.builder().maxPages(3).build();
        runner.withBean(Passbook.class, () -> own).run(context ->
                assertThat(context.getBean(Passbook.class)).isSameAs(own));
    }

    @Test
    void aHealthContributorOnlyWithActuator() {
        runner.run(context -> {
            HealthIndicator indicator = context.getBean("passbookHealthIndicator", HealthIndicator.class);
            Health health = indicator.health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsKey("parsers").containsKey("banks");
        });
        runner.withPropertyValues("management.health.passbook.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("passbookHealthIndicator"));
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(context -> {
                    assertThat(context).hasSingleBean(Passbook.class);
                    assertThat(context).doesNotHaveBean("passbookHealthIndicator");
                });
    }

    @Test
    void noParserInstalledIsDown() {
        runner.withBean(Passbook.class, () -> Passbook.builder().classLoader(new ClassLoader(null) { }).build())
                .run(context -> assertThat(context.getBean("passbookHealthIndicator", HealthIndicator.class).health().getStatus())
                        .isEqualTo(Status.DOWN));
    }

    @Test
    void configurationMetadataIsGeneratedForIdes() throws Exception {
        try (var in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("spring-boot-configuration-processor output").isNotNull();
            String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String name : new String[] {"passbook.max-size", "passbook.max-pages", "passbook.time-budget",
                    "passbook.fraud-analysis", "passbook.parser", "passbook.analysis"}) {
                assertThat(json).contains("\"name\": \"" + name + "\"");
            }
            assertThat(json).contains("Largest PDF accepted");
        }
    }
}
