package dev.passbook.core.document;

import io.vavr.collection.List;

/** The neutral model every parser reads: positioned text, metadata and forensics. No PDF library types. */
public record Document(List<Page> pages, Metadata metadata, Forensics forensics) {

    public int pageCount() {
        return pages.size();
    }

    /** All text, pages separated by a form feed; handy for keyword detection. */
    public String text() {
        return pages.map(Page::text).mkString("\f");
    }
}
