package dev.passbook.core.archviolation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Bad sample: a "core" class logging through the facade (allowed) and reaching into SLF4J's SPI (not
 * allowed: only {@code org.slf4j} itself is). Only ArchitectureTest imports it.
 */
public final class CoreClassUsingTheLoggingSpi {

    private static final Logger LOG = LoggerFactory.getLogger(CoreClassUsingTheLoggingSpi.class);

    public void log() {
        LOG.warn("allowed");
        LoggingEventBuilder event = LOG.atWarn();
        event.log("not allowed");
    }
}
