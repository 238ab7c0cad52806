package dev.passbook.app.archviolation.b;

import dev.passbook.app.archviolation.a.CycleA;

/** Bad sample: the other half of a package cycle. */
public final class CycleB {

    public CycleA back() {
        return new CycleA();
    }
}
