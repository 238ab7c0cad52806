package dev.passbook.parserkit;

import dev.passbook.core.document.Word;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The columns of a table as x-ranges found from its rows, each named by the header. Cells of one
 * column overlap one another whatever their alignment (flush left, flush right, centred), and columns
 * are separated by corridors no row's text crosses; so the bands are the runs of x that the rows'
 * words cover, split at corridors at least {@value #MIN_CORRIDOR} pt wide. Header cells then name the
 * bands they overlap most (a title centred over a wide column, amounts sticking out past their title,
 * a title on several baselines all still overlap their band). A band no title names keeps
 * {@link Role#OTHER}, except a band of Cr/Dr or sign markers, which joins the money column beside it.
 */
public record ColumnBands(List<Band> bands, List<String> notes, boolean decimals) {

    /** Corridors narrower than this are the space between two words of one cell. */
    static final double MIN_CORRIDOR = 3.0;
    /** A band this far from every title is named by none. */
    static final double MAX_TITLE_DISTANCE = 45;
    private static final double BIN = 0.25;

    /** One column: its role, its x-range, and the title that named it ({@code ""} for none). */
    public record Band(Role role, double x0, double x1, String title) {
        double overlap(double a, double b) {
            return Math.max(0, Math.min(b, x1) - Math.max(a, x0));
        }

        double distance(double a, double b) {
            return Math.max(0, Math.max(x0 - b, a - x1));
        }
    }

    /**
     * The bands of rows whose words are {@code rows} (the anchor lines of the table), named by
     * {@code header}. Fewer than a few stray lines crossing a corridor do not close it.
     */
    static ColumnBands find(List<List<Word>> rows, TableHeader header, double pageWidth) {
        // text may run past the page's width (a wide report printed on a narrow page)
        double width = Math.max(pageWidth, rows.flatMap(r -> r).map(Word::right).filter(Double::isFinite).max().getOrElse(1.0));
        int bins = (int) Math.ceil(Math.min(width, 10_000) / BIN) + 1;
        // how many rows cover each bin; a row counts once per bin however many of its words cover it (the last
        // row counted is kept per bin, so a row costs its words' width, not the page's)
        int[] coverage = new int[bins];
        int[] lastRow = new int[bins];
        int rowNumber = 0;
        for (List<Word> row : rows) {
            rowNumber++;
            for (Word w : row) {
                if (!Double.isFinite(w.x()) || !Double.isFinite(w.width())) {
                    continue;
                }
                int a = Math.max(0, (int) Math.ceil(w.x() / BIN));
                int b = Math.min(bins - 1, (int) Math.floor(w.right() / BIN));
                for (int i = a; i <= b; i++) {
                    if (lastRow[i] != rowNumber) {
                        lastRow[i] = rowNumber;
                        coverage[i]++;
                    }
                }
            }
        }
        int tolerance = rows.size() / 50;
        List<double[]> runs = List.empty();
        int start = -1;
        int lastOccupied = -1;
        for (int i = 0; i < bins; i++) {
            if (coverage[i] > tolerance) {
                if (start < 0) {
                    start = i;
                } else if ((i - lastOccupied - 1) * BIN >= MIN_CORRIDOR) {
                    runs = runs.append(new double[] {start * BIN, (lastOccupied + 1) * BIN});
                    start = i;
                }
                lastOccupied = i;
            }
        }
        if (start >= 0) {
            runs = runs.append(new double[] {start * BIN, (lastOccupied + 1) * BIN});
        }
        // amounts with decimals: then a bare integer in a money column is a number of another kind (a phone, a reference)
        List<Word> all = rows.flatMap(r -> r);
        boolean decimals = all.count(w -> Tokens.isMoney(w.text())) * 2 >= all.count(w -> Tokens.isAmount(w.text()) && w.text().length() > 1);
        ColumnBands named = name(runs, rows, header);
        return widenNarration(withTextColumns(new ColumnBands(named.bands(), named.notes(), decimals), header));
    }

    private static ColumnBands name(List<double[]> runs, List<List<Word>> rows, TableHeader header) {
        List<String> notes = List.empty();
        List<HeaderCell> titles = header.cells();
        // each band: the title it overlaps most; when none overlaps, a band of amounts takes the nearest free money
        // title (below), any other the nearest title whose column its words can fill: a date title for dates, a money
        // title for amounts (sticking out past their titles), a narration or reference title for text (a short
        // narration left of a title centred over a wide column, nearer the date title than its own, is no date); when
        // no such title is within reach, the nearest money or date title (a one-letter code column beside the value
        // date, whose own title the vocabulary does not know, stays with it)
        List<Option<HeaderCell>> overlapping = runs.map(r -> titles.filter(c -> c.overlap(r[0], r[1]) > 0)
                .maxBy(c -> c.overlap(r[0], r[1])));
        java.util.Map<Integer, HeaderCell> nearest = new java.util.HashMap<>();
        // titles flush left over right-aligned amounts: a column of short amounts overlaps no title and can stand
        // nearer the next column's title than its own. A band of amounts then takes the nearest money title that
        // names no other band, the bands nearest to a title choosing first
        java.util.Set<HeaderCell> taken = new java.util.HashSet<>(overlapping.flatMap(o -> o).asJava());
        List<Integer> amountBands = List.range(0, runs.size()).filter(i -> overlapping.get(i).isEmpty() && amountsOnly(runs.get(i), rows));
        for (int i : amountBands.sortBy(i -> distanceToNearest(runs.get(i), titles.filter(c -> c.role().money())))) {
            double[] r = runs.get(i);
            titles.filter(c -> c.role().money() && !taken.contains(c) && c.distance(r[0], r[1]) <= MAX_TITLE_DISTANCE)
                    .minBy(c -> c.distance(r[0], r[1])).forEach(c -> {
                        nearest.put(i, c);
                        taken.add(c);
                    });
        }
        java.util.List<Band> bands = new java.util.ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            double[] r = runs.get(i);
            Option<HeaderCell> best = overlapping.get(i).orElse(Option.of(nearest.get(i)));
            if (best.isEmpty()) {
                // most of its words, so that a stray word across a corridor does not decide
                List<Word> inside = rows.flatMap(w -> w.filter(x -> (x.x() + x.right()) / 2 >= r[0] && (x.x() + x.right()) / 2 <= r[1]));
                boolean dates = inside.isEmpty() || inside.count(w -> Tokens.isDatePart(w.text())) * 2 > inside.size();
                boolean amounts = inside.isEmpty() || inside.count(w -> Tokens.isAmount(w.text()) || Tokens.isMarker(w.text())
                        || Tokens.isPlaceholder(w.text())) * 2 > inside.size();
                best = titles.filter(c -> (c.role().money() && amounts) || ((c.role() == Role.DATE || c.role() == Role.VALUE_DATE) && dates)
                                || ((c.role() == Role.NARRATION || c.role() == Role.REFERENCE) && !dates && !amounts))
                        .filter(c -> c.distance(r[0], r[1]) <= MAX_TITLE_DISTANCE).minBy(c -> c.distance(r[0], r[1]));
            }
            if (best.isEmpty()) {
                best = titles.filter(c -> c.role().money() || c.role() == Role.DATE || c.role() == Role.VALUE_DATE)
                        .filter(c -> c.distance(r[0], r[1]) <= MAX_TITLE_DISTANCE).minBy(c -> c.distance(r[0], r[1]));
            }
            bands.add(best.map(c -> new Band(c.role(), r[0], r[1], c.text())).getOrElse(new Band(Role.OTHER, r[0], r[1], "")));
        }
        // a title over several neighbouring bands: one column whose cells have an inner corridor (d / Mon yyyy)
        java.util.List<Band> merged = new java.util.ArrayList<>();
        for (Band b : bands) {
            Band last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !b.title().isEmpty() && last.title().equals(b.title()) && last.role() == b.role()) {
                merged.set(merged.size() - 1, new Band(b.role(), last.x0(), b.x1(), b.title()));
            } else {
                merged.add(b);
            }
        }
        // a band of markers only (Cr, Dr, +, -) belongs to the money column it touches
        java.util.List<Band> out = new java.util.ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            Band b = merged.get(i);
            if (b.role() == Role.OTHER && markersOnly(b, rows)) {
                Band left = out.isEmpty() ? null : out.get(out.size() - 1);
                Band right = i + 1 < merged.size() ? merged.get(i + 1) : null;
                if (left != null && left.role().money() && b.x0() - left.x1() <= 12) {
                    out.set(out.size() - 1, new Band(left.role(), left.x0(), b.x1(), left.title()));
                    notes = notes.append("a column of Cr/Dr or sign markers read with " + name(left.role()));
                    continue;
                }
                if (right != null && right.role().money() && right.x0() - b.x1() <= 12) {
                    merged.set(i + 1, new Band(right.role(), b.x0(), right.x1(), right.title()));
                    notes = notes.append("a column of sign markers read with " + name(right.role()));
                    continue;
                }
            }
            out.add(b);
        }
        // one title per role: the first keeps it, later ones become OTHER
        java.util.Set<Role> seen = new java.util.HashSet<>();
        List<Band> result = List.empty();
        for (Band b : out) {
            if (b.role() != Role.OTHER && !seen.add(b.role())) {
                notes = notes.append("a second " + name(b.role()) + " column is kept apart");
                result = result.append(new Band(Role.OTHER, b.x0(), b.x1(), b.title()));
            } else {
                result = result.append(b);
            }
        }
        return split(new ColumnBands(result, notes, true), titles, rows);
    }

    /**
     * Two titles over one band: the rows left no corridor between their columns (text running up to an
     * amount, or up to the next column's flush-left cells). The band is cut between the titles where the fewest
     * lines cross.
     */
    private static ColumnBands split(ColumnBands found, List<HeaderCell> titles, List<List<Word>> rows) {
        List<Band> out = List.empty();
        List<String> notes = found.notes();
        List<Role> named = found.bands().map(Band::role);
        for (Band b : found.bands()) {
            List<HeaderCell> inside = titles.filter(c -> c.role() != Role.OTHER && !named.contains(c.role())
                    && c.overlap(b.x0(), b.x1()) > 0.5 * (c.x1() - c.x0()));
            if (inside.isEmpty()) {
                out = out.append(b);
                continue;
            }
            HeaderCell own = titles.find(c -> c.text().equals(b.title())).getOrNull();
            List<HeaderCell> all = (own == null ? inside : inside.append(own)).sortBy(HeaderCell::x0);
            double x0 = b.x0();
            for (int i = 0; i < all.size(); i++) {
                double x1 = i + 1 < all.size() ? cut(all.get(i).x1(), all.get(i + 1).x0(), rows) : b.x1();
                out = out.append(new Band(all.get(i).role(), x0, x1, all.get(i).text()));
                x0 = x1;
            }
            notes = notes.append("the " + all.map(c -> name(c.role())).mkString(" and ")
                    + " columns share one band; it is cut between their titles where the fewest lines cross");
        }
        return new ColumnBands(out, notes, found.decimals());
    }

    /**
     * Where to cut between a title ending at {@code from} and the next starting at {@code to}: the x that the fewest
     * lines cover, the rightmost of those (the gap right before the next column's cells, not a gap between two words
     * of a narration); half-way when the titles overlap.
     */
    private static double cut(double from, double to, List<List<Word>> rows) {
        if (to - from <= 2 * BIN) {
            return (from + to) / 2;
        }
        double best = from;
        int fewest = Integer.MAX_VALUE;
        for (double x = from; x <= to; x += BIN) {
            double at = x;
            int crossing = rows.count(r -> r.exists(w -> w.x() < at && w.right() > at));
            if (crossing <= fewest) {
                fewest = crossing;
                best = at;
            }
        }
        return best;
    }

    /**
     * A narration or reference column the anchor lines leave empty (the text starts on the line below)
     * still owns the free space its title stands over, between its neighbouring bands.
     */
    private static ColumnBands withTextColumns(ColumnBands found, TableHeader header) {
        List<Band> bands = found.bands();
        List<String> notes = found.notes();
        for (HeaderCell title : header.cells().filter(c -> c.role() == Role.NARRATION || c.role() == Role.REFERENCE)) {
            if (bands.exists(b -> b.role() == title.role())) {
                continue;
            }
            double left = bands.filter(b -> b.x1() <= title.centre()).map(Band::x1).max().getOrElse(0.0);
            double right = bands.filter(b -> b.x0() >= title.centre()).map(Band::x0).min().getOrElse(title.x1() + 200);
            if (right - left > 2 * MIN_CORRIDOR && bands.forAll(b -> b.overlap(left + 1, right - 1) == 0)) {
                Band text = new Band(title.role(), left + 1, right - 1, title.text());
                bands = bands.append(text).sortBy(Band::x0);
                notes = notes.append("the " + name(title.role()) + " column is empty on the rows' first lines: it takes "
                        + "the free space under its title");
            }
        }
        return new ColumnBands(bands, notes, found.decimals());
    }

    /**
     * The narration band reaches the next band: its text is flush left, and when rows are centred most of it stands
     * off the anchor lines the bands come from, so a long narration line runs right of the band found. Nearer the
     * next column than the band, its last words were read as that column's (a reference {@code PUNE671139}).
     */
    private static ColumnBands widenNarration(ColumnBands found) {
        List<Band> bands = found.bands();
        int i = bands.indexWhere(b -> b.role() == Role.NARRATION);
        if (i < 0 || i + 1 >= bands.size() || bands.get(i + 1).x0() - bands.get(i).x1() <= MIN_CORRIDOR) {
            return found;
        }
        Band b = bands.get(i);
        return new ColumnBands(bands.update(i, new Band(b.role(), b.x0(), bands.get(i + 1).x0() - MIN_CORRIDOR / 2, b.title())),
                found.notes(), found.decimals());
    }

    /** Whether {@code text} reads as money in this table: with decimals when its amounts print them. */
    boolean isMoney(String text) {
        return decimals ? Tokens.isMoney(text) : Tokens.isAmount(text);
    }

    /** Whether the words within {@code run} are all amounts (with a Cr/Dr or sign marker at most). */
    private static boolean amountsOnly(double[] run, List<List<Word>> rows) {
        List<Word> inside = wordsOver(run[0], run[1], rows);
        return !inside.isEmpty() && inside.forAll(w -> Tokens.isAmount(w.text()) || Tokens.isMarker(w.text()))
                && inside.exists(w -> Tokens.isAmount(w.text()));
    }

    private static double distanceToNearest(double[] run, List<HeaderCell> titles) {
        return titles.map(c -> c.distance(run[0], run[1])).min().getOrElse(Double.MAX_VALUE);
    }

    private static boolean markersOnly(Band b, List<List<Word>> rows) {
        List<Word> inside = wordsOver(b.x0(), b.x1(), rows);
        return !inside.isEmpty() && inside.forAll(w -> Tokens.isMarker(w.text()));
    }

    /** The rows' words that overlap {@code x0..x1}. */
    private static List<Word> wordsOver(double x0, double x1, List<List<Word>> rows) {
        return rows.flatMap(r -> r.filter(w -> w.x() < x1 && w.right() > x0));
    }

    private static String name(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public Option<Band> band(Role role) {
        return bands.find(b -> b.role() == role);
    }

    /** The band {@code word} overlaps most, or the nearest one. */
    public Band bandOf(Word word) {
        double a = word.x();
        double b = word.right();
        Band best = null;
        double bestOverlap = 0;
        for (Band band : bands) {
            double o = band.overlap(a, b);
            if (o > bestOverlap) {
                best = band;
                bestOverlap = o;
            }
        }
        if (best != null) {
            return best;
        }
        return bands.minBy(band -> band.distance(a, b)).get();
    }

    /**
     * The role of each word of one printed line, left to right. A word lies in the band it overlaps most;
     * but text that runs on from a narration or reference word past the next column's edge (a long
     * narration line, wider than the rows' narrations) stays with it: a word that is no amount, date or
     * marker, one space from a text word on its left, takes that word's role.
     */
    public java.util.Map<Word, Role> roles(List<Word> words) {
        java.util.Map<Word, Role> out = new java.util.IdentityHashMap<>();
        Word previous = null;
        Role previousRole = null;
        for (Word w : byX(words)) {
            Role r = bandOf(w).role();
            if (previous != null && (previousRole == Role.NARRATION || previousRole == Role.REFERENCE)
                    && w.x() - previous.right() <= RUN_ON_GAP * Math.max(4, w.size()) && isText(r, w.text())) {
                r = previousRole;
            }
            out.put(w, r);
            previous = w;
            previousRole = r;
        }
        return out;
    }

    /** Words that may run on from a narration: outside the text columns, and no amount, date or marker. */
    private boolean isText(Role r, String text) {
        return r != Role.NARRATION && r != Role.REFERENCE && !isMoney(text)
                && !Tokens.isMarker(text) && !Tokens.isPlaceholder(text) && !Tokens.isDate(text);
    }

    /**
     * {@code words} left to right, as {@code sortBy(Word::x)} orders them (a stable sort); a printed line's words
     * already are, so they are only checked.
     */
    static List<Word> byX(List<Word> words) {
        Word previous = null;
        for (Word w : words) {
            if (previous != null && Double.compare(previous.x(), w.x()) > 0) {
                return words.sortBy(Word::x);
            }
            previous = w;
        }
        return words;
    }

    /** Text one space (this many font sizes) from a narration word runs on from it. */
    static final double RUN_ON_GAP = 1.0;

    public String describe() {
        return bands.map(b -> b.role() == Role.OTHER ? "(" + Math.round(b.x0()) + ".." + Math.round(b.x1()) + ")"
                : name(b.role())).mkString(" | ");
    }
}
