package dev.passbook.parsers.generic.archviolation;

import dev.passbook.adapters.http.archviolation.HttpThing;

/** Bad sample: a plugin depending on an adapter. */
public final class GenericUsingAdapter {

    public Object borrow() {
        return new HttpThing();
    }
}
