package dev.passbook.parsers.generic;

import dev.passbook.core.document.Line;
import dev.passbook.core.document.Word;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.ArrayList;

/**
 * Reads labelled fields from positioned text, the way statements print them around their table:
 * <ul>
 *   <li>a label with a colon after it, glued to it ({@code Name:}), as a word of its own
 *   ({@code Name  :  value}, the colon often at a fixed x), or glued to the value
 *   ({@code IFSC Code :UTIB0001234}, {@code IFSC:UTIB0001234}); a lone dash counts as a colon after a
 *   label that starts its group of words ({@code CUSTOMER ID - 1234});</li>
 *   <li>a label without a colon, when it stands as its own group of words (a gap wider than a word
 *   space before and after it): {@code Account Number        1234567890};</li>
 *   <li>the value beside the label on its line, or on a line a few points off that baseline; below the
 *   label when nothing is beside it (a value in the label's column on one of the next lines: a
 *   labels row {@code ACCOUNT NUMBER  ACCOUNT TYPE  IFSC} over a values row, a label stacked over its
 *   value); above it only for a row of labels with nothing below (summary figures printed over their
 *   labels).</li>
 * </ul>
 * A value runs until the next label on its line or a gap of several word spaces. Labels inside values
 * ({@code Name : MR BRANCH NAME}) are not labels: without a colon a label must stand alone.
 *
 * <p>The lines may come from several pages, in page order; a line higher on the page than the one
 * before it starts a new page, and values are never looked for across pages.
 */
final class FieldReader {

    /** Where the value was found, relative to its label. */
    enum Placement { BESIDE, BELOW, ABOVE }

    /** One labelled value and where it sits. */
    record Field(Label label, String value, Placement placement, int segment, double labelX, double labelY,
                 double valueX, double valueY, double bandRight, double size) {
    }

    /** Wider than this many font sizes, the gap between words separates groups (label from value). */
    private static final double GROUP_GAP_EMS = 0.8;
    /** A value stops at a gap wider than this many font sizes. */
    private static final double VALUE_GAP_EMS = 3.0;
    /** Lines this close (font sizes) to a label's baseline count as its line. */
    private static final double NEAR_BASELINE_EMS = 0.6;
    /** How far below (or above) a label its value may sit, in font sizes. */
    private static final double STACK_EMS = 4.0;
    /** A value's next line sits within this many font sizes of the line before. */
    private static final double CONTINUATION_EMS = 3.5;
    /** Points a continuation line may start left of its value. */
    private static final double INDENT_TOLERANCE = 3;

    private final java.util.List<Row> rows = new ArrayList<>();
    private final java.util.List<Field> fields = new ArrayList<>();

    private FieldReader(List<Line> lines) {
        int segment = 0;
        double previousY = Double.NEGATIVE_INFINITY;
        for (Line line : lines) {
            if (line.y() < previousY - 1) {
                segment++;
            }
            previousY = line.y();
            if (!line.words().isEmpty()) {
                rows.add(new Row(segment, line.y(), tokens(line)));
            }
        }
        for (Row row : rows) {
            row.findLabels();
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            row.labelRow = row.labelRow || (row.bareLabels() >= 2 && !row.anySeparated() && !row.digitsBesideLabels()
                    && alignedValuesBelow(r));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            for (Found f : row.labels) {
                value(r, f).forEach(fields::add);
            }
        }
    }

    /** Every labelled value in {@code lines}, in reading order (page, line, left to right). */
    static FieldReader read(List<Line> lines) {
        return new FieldReader(lines);
    }

    List<Field> fields() {
        return List.ofAll(fields);
    }

    /** The values printed for {@code label}, in reading order. */
    List<Field> all(Label label) {
        return fields().filter(f -> f.label() == label);
    }

    Option<Field> first(Label label) {
        return all(label).headOption();
    }

    /** Whether a label starts at {@code (segment, y, x)}: used to keep labelled lines out of unlabelled blocks. */
    boolean hasLabelAt(int segment, double y, double fromX, double toX) {
        for (Row row : rows) {
            if (row.segment == segment && Math.abs(row.y - y) < 0.01) {
                for (Found f : row.labels) {
                    double x = row.tokens.get(f.first).x;
                    if (x >= fromX && x < toX) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The lines that continue {@code field}'s value below it: text in the value's column starting where
     * the value starts (or, unless {@code alignedOnly}, further right), until a line with something in
     * the label's column, a label, or a gap. Lines with text only in other columns are stepped over.
     */
    List<String> continuation(Field field, int max, boolean alignedOnly) {
        java.util.List<String> out = new ArrayList<>();
        double previousY = field.valueY();
        for (Row row : rows) {
            if (row.segment != field.segment() || row.y <= previousY + 0.01) {
                continue;
            }
            if (out.size() >= max || row.y - previousY > CONTINUATION_EMS * field.size()) {
                break;
            }
            java.util.List<Token> inBand = new ArrayList<>();
            boolean labelColumn = false;
            for (Token t : row.tokens) {
                if (t.x >= field.valueX() - INDENT_TOLERANCE && t.x < field.bandRight()) {
                    inBand.add(t);
                } else if (t.right > field.labelX() - INDENT_TOLERANCE && t.x < field.valueX() - INDENT_TOLERANCE) {
                    labelColumn = true;
                }
            }
            if (labelColumn) {
                break;
            }
            if (inBand.isEmpty()) {
                continue;
            }
            Token first = inBand.get(0);
            if (row.isLabelStart(first) || (alignedOnly && Math.abs(first.x - field.valueX()) > INDENT_TOLERANCE)) {
                break;
            }
            out.add(run(inBand, 0, row, field.size()));
            previousY = row.y;
        }
        return List.ofAll(out);
    }

    // ---- finding values ----

    private Option<Field> value(int r, Found f) {
        Row row = rows.get(r);
        Token head = row.tokens.get(f.first);
        Token tail = row.tokens.get(f.end - 1);
        double size = head.size;
        double bandRight = f.valueFrom < row.tokens.size() ? nextGroupX(row, f) : Double.POSITIVE_INFINITY;
        if (!row.labelRow) {
            java.util.List<Token> beside = new ArrayList<>();
            for (int j = f.valueFrom; j < row.tokens.size() && !row.isLabelStart(j); j++) {
                Token t = row.tokens.get(j);
                if (!beside.isEmpty() && t.x - beside.get(beside.size() - 1).right > VALUE_GAP_EMS * size) {
                    break;
                }
                beside.add(t);
            }
            if (!beside.isEmpty()) {
                double right = Math.min(nextLabelX(row, f), labelColumnRight(row, beside.get(0).x, size));
                return Option.some(field(f.label, text(beside), Placement.BESIDE, row, head, beside.get(0), row.y, right, size));
            }
            Option<Field> near = nearBaseline(r, f, head, tail, size);
            if (near.isDefined()) {
                return near;
            }
        }
        if (f.separated) {
            return Option.none(); // "Label :" with nothing after it: an empty field, not a label over a value
        }
        Option<Field> below = stacked(r, f, head, size, bandRight, true);
        if (below.isDefined() || !row.labelRow) {
            return below;
        }
        return stacked(r, f, head, size, bandRight, false);
    }

    /** A value on a line a few points off the label's baseline, right of the label. */
    private Option<Field> nearBaseline(int r, Found f, Token head, Token tail, double size) {
        Row row = rows.get(r);
        double right = nextLabelX(row, f);
        for (Row other : rows) {
            if (other == row || other.segment != row.segment || Math.abs(other.y - row.y) > NEAR_BASELINE_EMS * size) {
                continue;
            }
            for (int j = 0; j < other.tokens.size(); j++) {
                Token t = other.tokens.get(j);
                if (t.x > tail.right && t.x < right) {
                    if (other.isLabelStart(j)) {
                        return Option.none();
                    }
                    java.util.List<Token> value = new ArrayList<>();
                    for (int k = j; k < other.tokens.size() && other.tokens.get(k).x < right && !other.isLabelStart(k); k++) {
                        Token v = other.tokens.get(k);
                        if (!value.isEmpty() && v.x - value.get(value.size() - 1).right > VALUE_GAP_EMS * size) {
                            break;
                        }
                        value.add(v);
                    }
                    return Option.some(field(f.label, text(value), Placement.BESIDE, row, head, value.get(0), other.y, right, size));
                }
            }
        }
        return Option.none();
    }

    /** The value in the label's column on the nearest line below ({@code down}) or above. */
    private Option<Field> stacked(int r, Found f, Token head, double size, double bandRight, boolean down) {
        Row row = rows.get(r);
        double bandLeft = head.x - size;
        int step = down ? 1 : -1;
        for (int k = r + step; k >= 0 && k < rows.size(); k += step) {
            Row other = rows.get(k);
            double dy = down ? other.y - row.y : row.y - other.y;
            if (other.segment != row.segment || dy > STACK_EMS * size) {
                break;
            }
            if (dy < NEAR_BASELINE_EMS * size) {
                continue;
            }
            int first = -1;
            for (int j = 0; j < other.tokens.size(); j++) {
                Token t = other.tokens.get(j);
                boolean inColumn = t.x >= bandLeft && t.x < bandRight;
                boolean overLabel = t.x < head.x && t.right > head.x + 1;
                if (inColumn || overLabel) {
                    first = j;
                    break;
                }
            }
            if (first < 0) {
                continue;
            }
            if (other.isLabelStart(first) || other.labelRow) {
                return Option.none();
            }
            Token start = other.tokens.get(first);
            boolean underLabel = start.x <= head.right + size || Math.abs(lastInBand(other, first, bandRight).right - head.right) <= size;
            if (!underLabel) {
                return Option.none(); // text further right is another column's, not this label's value
            }
            java.util.List<Token> value = new ArrayList<>();
            for (int j = first; j < other.tokens.size() && other.tokens.get(j).x < bandRight && !other.isLabelStart(j); j++) {
                Token t = other.tokens.get(j);
                if (!value.isEmpty() && t.x - value.get(value.size() - 1).right > VALUE_GAP_EMS * size) {
                    break;
                }
                value.add(t);
            }
            return Option.some(field(f.label, text(value), down ? Placement.BELOW : Placement.ABOVE, row, head, value.get(0),
                    other.y, bandRight, size));
        }
        return Option.none();
    }

    /** The last token of the group starting at {@code first} that stays left of {@code bandRight}. */
    private static Token lastInBand(Row row, int first, double bandRight) {
        Token last = row.tokens.get(first);
        for (int j = first + 1; j < row.tokens.size() && row.tokens.get(j).x < bandRight; j++) {
            if (row.tokens.get(j).x - last.right > GROUP_GAP_EMS * last.size) {
                break;
            }
            last = row.tokens.get(j);
        }
        return last;
    }

    private static Field field(Label label, String value, Placement placement, Row row, Token head, Token first,
                               double valueY, double bandRight, double size) {
        return new Field(label, value, placement, row.segment, head.x, row.y, first.x, valueY, bandRight, size);
    }

    /** Where the next group of words after the label starts (its column's right edge in a labels row). */
    private static double nextGroupX(Row row, Found f) {
        int j = f.valueFrom;
        return j < row.tokens.size() ? row.tokens.get(j).x : Double.POSITIVE_INFINITY;
    }

    /**
     * The left edge of the next column of labels right of {@code x}: the nearest label start right of it
     * on lines around {@code row} (two-column field blocks), so that a value's next lines stop there.
     */
    private double labelColumnRight(Row row, double x, double size) {
        double right = Double.POSITIVE_INFINITY;
        for (Row other : rows) {
            if (other.segment != row.segment || Math.abs(other.y - row.y) > STACK_EMS * size) {
                continue;
            }
            for (Found f : other.labels) {
                double lx = other.tokens.get(f.first).x;
                if (lx > x + size && lx < right) {
                    right = lx;
                }
            }
        }
        return right;
    }

    /**
     * Whether the next line below holds, at two labels' places or more, text that is no label: the row
     * of values under a row of labels (told apart from {@code Name  RAVI  Branch  MG ROAD}, whose values
     * stand beside their labels, by what is under them).
     */
    private boolean alignedValuesBelow(int r) {
        Row row = rows.get(r);
        for (int k = r + 1; k < rows.size(); k++) {
            Row below = rows.get(k);
            if (below.segment != row.segment) {
                return false;
            }
            int aligned = 0;
            for (Found f : row.labels) {
                Token head = row.tokens.get(f.first);
                Token tail = row.tokens.get(f.end - 1);
                for (int j = 0; j < below.tokens.size(); j++) {
                    Token t = below.tokens.get(j);
                    if (!below.isLabelStart(j) && (Math.abs(t.x - head.x) <= head.size || Math.abs(t.right - tail.right) <= head.size)) {
                        aligned++;
                        break;
                    }
                }
            }
            return below.y - row.y <= STACK_EMS * row.tokens.get(0).size && aligned >= 2;
        }
        return false;
    }

    /** Where the next label on the row starts. */
    private static double nextLabelX(Row row, Found f) {
        for (Found other : row.labels) {
            if (other.first >= f.end) {
                return row.tokens.get(other.first).x;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private static String run(java.util.List<Token> tokens, int from, Row row, double size) {
        java.util.List<Token> out = new ArrayList<>();
        for (int j = from; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (!out.isEmpty() && t.x - out.get(out.size() - 1).right > VALUE_GAP_EMS * size) {
                break;
            }
            out.add(t);
        }
        return text(out);
    }

    private static String text(java.util.List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.text);
        }
        return sb.toString().strip();
    }

    // ---- tokens and labels ----

    /** A printed word, with a colon glued between a label and its value split off. */
    private record Token(String text, double x, double right, double y, double size) {

        boolean isColon() {
            return text.equals(":") || text.equals(":-");
        }

        boolean isDash() {
            return text.equals("-") || text.equals("\u2013");
        }
    }

    private static java.util.List<Token> tokens(Line line) {
        java.util.List<Token> out = new ArrayList<>();
        for (Word w : line.words()) {
            double size = w.size() > 1 ? w.size() : Math.max(w.height(), 6);
            String t = w.text();
            int colon = t.indexOf(':');
            if (colon >= 0 && t.length() > 1 && splittable(t, colon)) {
                double perChar = w.width() / t.length();
                String before = t.substring(0, colon + 1);
                String after = t.substring(colon + 1);
                if (colon == 0) {
                    out.add(new Token(":", w.x(), w.x() + perChar, w.y(), size));
                    out.add(new Token(after, w.x() + perChar, w.right(), w.y(), size));
                } else {
                    double cut = w.x() + perChar * before.length();
                    out.add(new Token(before, w.x(), cut, w.y(), size));
                    out.add(new Token(after, cut + 0.01, w.right(), w.y(), size));
                }
                continue;
            }
            out.add(new Token(t, w.x(), w.right(), w.y(), size));
        }
        return out;
    }

    /** {@code IFSC:X}, {@code :X} split; times ({@code 10:22}), URLs ({@code https://}) and {@code :-} stay whole. */
    private static boolean splittable(String t, int colon) {
        if (colon == t.length() - 1 || t.startsWith(":-")) {
            return false;
        }
        char next = t.charAt(colon + 1);
        if (next == '/' || next == ':') {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            if (!Character.isLetter(t.charAt(i)) && t.charAt(i) != '.' && t.charAt(i) != '/') {
                return false;
            }
        }
        return true;
    }

    /** A label found on a row: tokens {@code [first, end)}, and where its value may start. */
    private record Found(Label label, int first, int end, boolean separated, int valueFrom) {
    }

    private static final class Row {
        final int segment;
        final double y;
        final java.util.List<Token> tokens;
        final java.util.List<Found> labels = new ArrayList<>();
        boolean[] labelStarts;
        boolean labelRow;

        Row(int segment, double y, java.util.List<Token> tokens) {
            this.segment = segment;
            this.y = y;
            this.tokens = tokens;
        }

        boolean isLabelStart(int j) {
            return labelStarts[j];
        }

        int bareLabels() {
            return (int) labels.stream().filter(f -> !f.separated).count();
        }

        boolean anySeparated() {
            return labels.stream().anyMatch(Found::separated);
        }

        /** Whether the words between the labels hold a digit (values beside their labels). */
        boolean digitsBesideLabels() {
            for (int j = 0; j < tokens.size(); j++) {
                boolean inLabel = false;
                for (Found f : labels) {
                    inLabel |= j >= f.first && j < f.end;
                }
                if (!inLabel && tokens.get(j).text.chars().anyMatch(Character::isDigit)) {
                    return true;
                }
            }
            return false;
        }

        boolean isLabelStart(Token t) {
            int j = tokens.indexOf(t);
            return j >= 0 && labelStarts[j];
        }

        private boolean groupBreakBefore(int j) {
            return j == 0 || tokens.get(j).x - tokens.get(j - 1).right > GROUP_GAP_EMS * tokens.get(j).size;
        }

        void findLabels() {
            int n = tokens.size();
            labelStarts = new boolean[n];
            int i = 0;
            while (i < n) {
                Found f = labelAt(i);
                if (f == null) {
                    i++;
                    continue;
                }
                labels.add(f);
                labelStarts[f.first] = true;
                i = f.valueFrom;
            }
            int bare = 0;
            boolean adjacent = false;
            boolean anySeparated = false;
            for (int k = 0; k < labels.size(); k++) {
                Found f = labels.get(k);
                anySeparated |= f.separated;
                if (!f.separated) {
                    bare++;
                    adjacent |= k + 1 < labels.size() && labels.get(k + 1).first == f.end;
                }
            }
            labelRow = !anySeparated && bare >= 2 && adjacent;
        }

        /** The longest label starting at token {@code i} that the colon rules accept, or null. */
        private Found labelAt(int i) {
            int n = tokens.size();
            for (int k = Math.min(Label.MAX_WORDS, n - i); k >= 1; k--) {
                StringBuilder key = new StringBuilder();
                boolean glued = false;
                boolean ok = true;
                for (int j = i; j < i + k && ok; j++) {
                    Token t = tokens.get(j);
                    if (j > i && groupBreakBefore(j)) {
                        ok = false;
                        break;
                    }
                    String text = t.text;
                    if (text.endsWith(":")) {
                        if (j != i + k - 1 || text.length() == 1) {
                            ok = false;
                            break;
                        }
                        glued = true;
                        text = text.substring(0, text.length() - 1);
                    }
                    key.append(Label.key(text));
                }
                if (!ok) {
                    continue;
                }
                Option<Label> label = Label.ofKey(key.toString());
                if (label.isEmpty()) {
                    continue;
                }
                int end = i + k;
                int valueFrom = end;
                boolean separated = glued;
                boolean dash = false;
                if (!separated && end < n && tokens.get(end).isColon()) {
                    separated = true;
                    valueFrom = end + 1;
                } else if (!separated && end < n && tokens.get(end).isDash()) {
                    dash = true;
                    valueFrom = end + 1;
                }
                boolean startsGroup = groupBreakBefore(i);
                boolean endsGroup = end == n || groupBreakBefore(end);
                if (separated || (dash && startsGroup) || (startsGroup && endsGroup && !dash)) {
                    return new Found(label.get(), i, end, separated || dash, valueFrom);
                }
            }
            return null;
        }
    }
}
