package dev.passbook.analysis;

import io.vavr.control.Either;

import java.util.Locale;

/** A page size in points, written {@code 638x842} in configuration and evidence. */
public record PageSize(double width, double height) {

    public PageSize {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("page size must be positive: " + width + "x" + height);
        }
    }

    /** Reads {@code WIDTHxHEIGHT} (points, decimals allowed). */
    public static Either<String, PageSize> parse(String text) {
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split("\\s*x\\s*");
        if (parts.length != 2) {
            return Either.left("page size must be WIDTHxHEIGHT, got '" + text + "'");
        }
        try {
            double w = Double.parseDouble(parts[0]);
            double h = Double.parseDouble(parts[1]);
            if (!(w > 0) || !(h > 0) || Double.isInfinite(w) || Double.isInfinite(h)) {
                return Either.left("page size must be positive, got '" + text + "'");
            }
            return Either.right(new PageSize(w, h));
        } catch (NumberFormatException e) {
            return Either.left("page size must be WIDTHxHEIGHT, got '" + text + "'");
        }
    }

    /** Same size within {@code tolerance} points on both sides (portrait only: statements are portrait). */
    public boolean matches(double w, double h, double tolerance) {
        return Math.abs(width - w) <= tolerance && Math.abs(height - h) <= tolerance;
    }

    @Override
    public String toString() {
        return format(width) + "x" + format(height);
    }

    /** Up to two decimals, no trailing zeros: 638, 638.04. */
    public static String format(double points) {
        String s = String.format(Locale.ROOT, "%.2f", points);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
