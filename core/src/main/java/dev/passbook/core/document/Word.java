package dev.passbook.core.document;

/**
 * One run of text without spaces, in points with the origin at the top-left of the page;
 * {@code y} is the baseline, {@code height} the glyph height above it.
 */
public record Word(String text, double x, double y, double width, double height, String font, double size) {

    public double right() {
        return x + width;
    }

    public double centerX() {
        return x + width / 2;
    }
}
