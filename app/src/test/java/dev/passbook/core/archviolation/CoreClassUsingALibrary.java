package dev.passbook.core.archviolation;

import org.junit.jupiter.api.Assertions;

/** Bad sample: a "core" class using a library other than vavr. Only ArchitectureTest imports it. */
public final class CoreClassUsingALibrary {

    public void check() {
        Assertions.fail("never called");
    }
}
