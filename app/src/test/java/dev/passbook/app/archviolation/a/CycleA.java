package dev.passbook.app.archviolation.a;

import dev.passbook.app.archviolation.b.CycleB;

/** Bad sample: half of a package cycle. */
public final class CycleA {

    public CycleB next() {
        return new CycleB();
    }
}
