package dev.passbook.parsers.zenith.archviolation;

import dev.passbook.parsers.hdfc.archviolation.HdfcUsingGeneric;

/** Bad sample of a plugin written after the rules: one plugin reaching into another. */
public final class ZenithUsingHdfc {
    public Object borrow() {
        return new HdfcUsingGeneric();
    }
}
