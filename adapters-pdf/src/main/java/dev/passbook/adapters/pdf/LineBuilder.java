package dev.passbook.adapters.pdf;

import dev.passbook.core.document.Line;
import dev.passbook.core.document.Word;
import io.vavr.collection.List;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;

/**
 * Turns a page's glyphs into lines of words by position only, never by the order the PDF drew them:
 * bank generators draw column by column, and a centred narration block puts text above and below
 * the row's baseline, so content-stream order means nothing.
 *
 * <p>A line is a cluster of glyphs whose baselines lie within {@link #tolerance} of the cluster's mean
 * baseline (comparing with the mean, not the previous glyph, stops slow drift chaining two real lines
 * together). Words split on whitespace glyphs and on horizontal gaps wider than a fraction of the
 * font's space (or average character) width, because many generators position words with
 * {@code TJ} offsets instead of drawing spaces.
 */
final class LineBuilder {

    private LineBuilder() {
    }

    /** Baseline jitter tolerated within one line: a quarter of the font size, kept within 1..2.5 pt. */
    static double tolerance(double size) {
        return Math.max(1.0, Math.min(2.5, 0.25 * size));
    }

    static List<Line> lines(java.util.List<Glyph> glyphs) {
        java.util.List<Glyph> byBaseline = new ArrayList<>(glyphs);
        byBaseline.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        java.util.List<Line> lines = new ArrayList<>();
        java.util.List<Glyph> cluster = new ArrayList<>();
        double sumY = 0;
        int counted = 0;
        double minSize = Double.MAX_VALUE;
        for (Glyph g : byBaseline) {
            if (!cluster.isEmpty()) {
                double mean = counted == 0 ? cluster.get(0).y() : sumY / counted;
                if (Math.abs(g.y() - mean) > tolerance(Math.min(minSize, g.size()))) {
                    toLine(cluster).forEach(lines::add);
                    cluster.clear();
                    sumY = 0;
                    counted = 0;
                    minSize = Double.MAX_VALUE;
                }
            }
            cluster.add(g);
            if (!g.isBlank()) {
                sumY += g.y();
                counted++;
                minSize = Math.min(minSize, g.size());
            }
        }
        toLine(cluster).forEach(lines::add);
        return List.ofAll(lines);
    }

    private static io.vavr.control.Option<Line> toLine(java.util.List<Glyph> cluster) {
        java.util.List<Glyph> byX = withoutOverdrawn(cluster);
        java.util.List<Word> words = new ArrayList<>();
        WordGlyphs word = new WordGlyphs();
        double sumY = 0;
        int counted = 0;
        for (Glyph g : byX) {
            if (g.isBlank()) {
                flush(word, words);
                continue;
            }
            if (!word.isEmpty() && g.x() - word.last().right() > gapThreshold(word, g)) {
                flush(word, words);
            }
            word.add(g);
            sumY += g.y();
            counted++;
        }
        flush(word, words);
        if (words.isEmpty()) {
            return io.vavr.control.Option.none();
        }
        return io.vavr.control.Option.of(new Line(round(sumY / counted), List.ofAll(words)));
    }

    /**
     * Sorted by x, minus glyphs drawn again on top of an identical one: generators fake bold by
     * painting the same text two or three times a fraction of a point apart. Same rule as
     * PDFTextStripper's duplicate suppression (same text within a third of a character width in x and
     * y), but done here on one line's glyphs after sorting, which costs far less than PDFBox's
     * page-wide tree of every character seen.
     */
    static java.util.List<Glyph> withoutOverdrawn(java.util.List<Glyph> glyphs) {
        java.util.List<Glyph> byX = new ArrayList<>(glyphs);
        byX.sort(Comparator.comparingDouble(Glyph::x));
        java.util.List<Glyph> kept = new ArrayList<>(byX.size());
        for (Glyph g : byX) {
            if (!overdraws(g, kept)) {
                kept.add(g);
            }
        }
        return kept;
    }

    private static boolean overdraws(Glyph g, java.util.List<Glyph> kept) {
        double tolerance = g.width() / Math.max(1, g.text().length()) / 3.0;
        for (int i = kept.size() - 1; i >= 0; i--) {
            Glyph k = kept.get(i);
            if (g.x() - k.x() >= tolerance) {
                return false;
            }
            if (Math.abs(g.y() - k.y()) < tolerance && k.text().equals(g.text())) {
                return true;
            }
        }
        return false;
    }

    /** Mirrors PDFTextStripper's heuristic: half a space or 0.3 of an average character, never under 0.1 em. */
    private static double gapThreshold(WordGlyphs word, Glyph next) {
        Glyph last = word.last();
        double size = Math.max(1e-3, Math.min(last.size(), next.size()));
        double space = last.spaceWidth() > 0 && Double.isFinite(last.spaceWidth()) ? last.spaceWidth() : 0.25 * size;
        double chars = word.width;
        int n = word.chars;
        double average = n == 0 ? 0.5 * size : chars / n;
        double threshold = Math.min(0.5 * space, average > 0 ? 0.3 * average : 0.5 * space);
        return Math.max(0.1 * size, threshold);
    }

    /**
     * The glyphs of the word being built, with the running sums of their widths and characters that
     * {@link #gapThreshold} needs for each next glyph (summed in the same order as a loop over the word would).
     */
    private static final class WordGlyphs {
        final java.util.List<Glyph> glyphs = new ArrayList<>();
        double width;
        int chars;

        void add(Glyph g) {
            glyphs.add(g);
            width += g.width();
            chars += Math.max(1, g.text().length());
        }

        boolean isEmpty() {
            return glyphs.isEmpty();
        }

        Glyph last() {
            return glyphs.get(glyphs.size() - 1);
        }

        void clear() {
            glyphs.clear();
            width = 0;
            chars = 0;
        }
    }

    private static void flush(WordGlyphs pending, java.util.List<Word> words) {
        if (pending.isEmpty()) {
            return;
        }
        java.util.List<Glyph> word = pending.glyphs;
        StringBuilder text = new StringBuilder();
        double right = Double.NEGATIVE_INFINITY;
        double height = 0;
        double size = 0;
        for (Glyph g : word) {
            text.append(g.text());
            right = Math.max(right, g.right());
            height = Math.max(height, g.height());
            size = Math.max(size, g.size());
        }
        Glyph first = word.get(0);
        pending.clear();
        String normalised = normalise(text.toString());
        if (normalised.isBlank()) {
            return;
        }
        words.add(new Word(normalised, round(first.x()), round(first.y()),
                round(right - first.x()), round(height), first.font(), round(size)));
    }

    /** Unfolds ligatures and other presentation forms (fi, ffl, Arabic forms) as PDFTextStripper does. */
    private static String normalise(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFB00' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF') {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
