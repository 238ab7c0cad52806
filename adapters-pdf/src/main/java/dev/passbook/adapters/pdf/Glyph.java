package dev.passbook.adapters.pdf;

/**
 * One shown character (or ligature) copied out of PDFBox's TextPosition so that no PDFBox object
 * outlives its page. Coordinates in points, origin top-left, {@code y} the baseline.
 */
record Glyph(String text, double x, double y, double width, double height, String font, double size,
             double spaceWidth, boolean isBlank) {

    Glyph(String text, double x, double y, double width, double height, String font, double size, double spaceWidth) {
        this(text, x, y, width, height, font, size, spaceWidth, blank(text));
    }

    double right() {
        return x + width;
    }

    /** Whitespace by Java's rules or Unicode's (no-break space, figure space): a word separator, never content. */
    static boolean blank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
