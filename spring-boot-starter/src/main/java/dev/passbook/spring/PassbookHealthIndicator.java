package dev.passbook.spring;

import dev.passbook.embed.Passbook;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * {@code passbook} in {@code /actuator/health}: UP when at least one statement parser is installed
 * (the facade then reads statements of {@code banks} banks), DOWN when none is: every read would be
 * refused. Reading a statement is not probed: it costs seconds of CPU and proves nothing a parser
 * count does not. Details name parser and bank ids only, never statement data.
 */
public class PassbookHealthIndicator extends AbstractHealthIndicator {

    private final Passbook passbook;

    public PassbookHealthIndicator(Passbook passbook) {
        super("Passbook health check failed");
        this.passbook = passbook;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var parsers = passbook.parsers();
        (parsers.isEmpty() ? builder.down() : builder.up())
                .withDetail("parsers", parsers)
                .withDetail("banks", passbook.banks().size());
    }
}
