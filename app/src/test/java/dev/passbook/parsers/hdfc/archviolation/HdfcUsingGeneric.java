package dev.passbook.parsers.hdfc.archviolation;

import dev.passbook.parsers.generic.archviolation.GenericThing;

/** Bad sample: the HDFC plugin reaching into the generic plugin. */
public final class HdfcUsingGeneric {

    public Object borrow() {
        return new GenericThing();
    }
}
