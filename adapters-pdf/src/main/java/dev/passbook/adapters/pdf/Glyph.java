package dev.passbook.adapters.pdf;

/**
 * One shown character (or ligature) copied out of PDFBox's TextPosition so that no PDFBox object
 * outlives its page. Coordinates in points, origin top-left, {@code y} the baseline.
 */
record Glyph(String text, double x, double y, double width, double height, String font, double size,
             double spaceWidth) {

    double right() {
        return x + width;
    }

    boolean isBlank() {
        return text.isBlank() || text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
