package dev.passbook.adapters.pdf.archviolation;

import dev.passbook.parsers.generic.archviolation.GenericThing;

/** Deliberately bad: an adapter reaching into a parser plugin. */
public class AdapterUsingAPlugin {
    public Object plugin() {
        return new GenericThing();
    }
}
