package dev.passbook.parserkit.archviolation;

import dev.passbook.adapters.http.archviolation.HttpThing;

/** Bad sample: the table engine depending on an adapter. */
public final class KitUsingAdapter {

    public Object borrow() {
        return new HttpThing();
    }
}
