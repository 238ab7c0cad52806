package dev.passbook.parsers.generic.archviolation;

/** Bad-sample target: something in the generic plugin. */
public final class GenericThing {
}
