package dev.passbook.adapters.pdf.archviolation;

import dev.passbook.adapters.persistence.archviolation.PersistenceThing;

/** Bad sample: one adapter depending on another. */
public final class PdfUsingPersistence {

    public Object borrow() {
        return new PersistenceThing();
    }
}
