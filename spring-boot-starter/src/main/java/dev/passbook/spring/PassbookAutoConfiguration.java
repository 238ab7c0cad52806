package dev.passbook.spring;

import dev.passbook.embed.Passbook;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One {@link Passbook} bean built from {@link PassbookProperties}, unless the host defines its own;
 * with actuator on the class path, a {@code passbook} health contributor.
 */
@AutoConfiguration
@ConditionalOnClass(Passbook.class)
@EnableConfigurationProperties(PassbookProperties.class)
public class PassbookAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Passbook passbook(PassbookProperties properties) {
        Passbook.Builder builder = Passbook.builder()
                .maxBytes(properties.getMaxSize().toBytes())
                .maxPages(properties.getMaxPages())
                .timeBudget(properties.getTimeBudget());
        properties.getAnalysis().forEach(builder::analysisSetting); // unknown keys and bad values fail the start
        if (!properties.isFraudAnalysis()) {
            builder.withoutFraudAnalysis();
        }
        if (properties.getParser() != null && !properties.getParser().isBlank()) {
            builder.parser(properties.getParser().strip());
        }
        return builder.build();
    }

    /** Only when actuator is present: the starter does not bring it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class Health {

        @Bean
        @ConditionalOnMissingBean(name = "passbookHealthIndicator")
        @ConditionalOnEnabledHealthIndicator("passbook")
        PassbookHealthIndicator passbookHealthIndicator(Passbook passbook) {
            return new PassbookHealthIndicator(passbook);
        }
    }
}
