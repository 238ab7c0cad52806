package dev.passbook.adapters.persistence.archviolation;

/** Bad-sample target: something in the persistence adapter. */
public final class PersistenceThing {
}
