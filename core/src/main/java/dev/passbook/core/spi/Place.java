package dev.passbook.core.spi;

/**
 * Where on the document something is: a 1-based page number and a 1-based line number within the
 * page's lines (top to bottom); 0 means not known.
 */
public record Place(int page, int line) {

    public static Place page(int page) {
        return new Place(page, 0);
    }

    @Override
    public String toString() {
        return page <= 0 ? "unknown place" : "page " + page + (line > 0 ? ", line " + line : "");
    }
}
