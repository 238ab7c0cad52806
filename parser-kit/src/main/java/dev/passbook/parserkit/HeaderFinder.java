package dev.passbook.parserkit;

import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Finds a table's column header on a page. A header is one to three consecutive baselines whose words,
 * stacked where they overlap horizontally (a title split over baselines: {@code Withdra} / {@code wal (Dr)},
 * {@code Cheque no /} / {@code Ref No}, {@code TRANSACTION} / {@code DATE}) and read left to right, spell
 * vocabulary phrases naming a date, an amount or balance, and at least three roles in all. Header
 * positions are kept only to name columns: where columns lie comes from the rows.
 *
 * <p>One finder serves one statement: it remembers the cells it read from each window of lines, so a header
 * printed again at the top of every page (the same lines, word for word) is read once.
 */
final class HeaderFinder {

    /** Lines of one header sit closer than this many font sizes apart. */
    static final double MAX_LINE_GAP = 1.9;

    private final Vocabulary vocabulary;
    /** The cells of each window tried (none: not a header), by the window's lines and its main line. */
    private final java.util.Map<Window, Option<List<HeaderCell>>> read = new java.util.HashMap<>();

    private record Window(List<Line> lines, int main) {
    }

    HeaderFinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The topmost header on {@code page}. */
    Option<TableHeader> find(Page page) {
        for (int i = 0; i < page.lines().size(); i++) {
            Option<TableHeader> h = at(page, i);
            if (h.isDefined()) {
                return h;
            }
        }
        return Option.none();
    }

    /** The header whose main baseline is line {@code i} of {@code page}, if it is one. */
    Option<TableHeader> at(Page page, int i) {
        List<Line> lines = page.lines();
        Line main = lines.get(i);
        if (holdsData(main) || main.words().count(w -> vocabulary.startsAPhrase(Vocabulary.key(w.text()))) < 2) {
            return Option.none();
        }
        double size = Math.max(4, main.words().map(Word::size).filter(s -> s > 0).average().getOrElse(8.0));
        Option<Tuple2<TableHeader, Integer>> best = Option.none();
        for (int above = 0; above <= 2; above++) {
            for (int below = 0; below + above <= 2; below++) {
                int from = i - above;
                int to = i + below;
                if (from < 0 || to >= lines.size() || !contiguous(lines, from, to, size)) {
                    continue;
                }
                List<Integer> window = List.rangeClosed(from, to);
                if (window.exists(j -> j != i && holdsData(lines.get(j)))) {
                    continue;
                }
                Option<TableHeader> h = header(page, window, i - from);
                if (h.isDefined()) {
                    int score = h.get().cells().count(c -> c.role() != Role.OTHER) * 10 - h.get().cells().count(c -> c.role() == Role.OTHER)
                            - window.size();
                    if (best.isEmpty() || score > best.get()._2) {
                        best = Option.some(Tuple.of(h.get(), score));
                    }
                }
            }
        }
        return best.map(Tuple2::_1);
    }

    private static boolean contiguous(List<Line> lines, int from, int to, double size) {
        for (int j = from + 1; j <= to; j++) {
            if (lines.get(j).y() - lines.get(j - 1).y() > MAX_LINE_GAP * size) {
                return false;
            }
        }
        return true;
    }

    /** A line carrying an amount or a date is a row, not a header line. */
    private static boolean holdsData(Line line) {
        return line.words().exists(w -> Tokens.isMoney(w.text()) || Tokens.isDate(w.text()));
    }

    /**
     * Runs of words that overlap across the window's baselines (line index, word), read as one title. Matching reads
     * each stack in every {@link Kind} several times: what a kind reads of it is worked out once.
     */
    private static final class Stack {
        private final double x0;
        private final double x1;
        private final List<Tuple2<Integer, Word>> words;
        /** {@link #words} top to bottom, left to right. */
        private final List<Tuple2<Integer, Word>> reading;
        /** The window line that is the header's main baseline, which the kinds are relative to. */
        private final int main;
        private final String[] texts = new String[Kind.values().length];
        private final String[] keys = new String[Kind.values().length];
        private final Double[] lefts = new Double[Kind.values().length];
        private final Double[] rights = new Double[Kind.values().length];
        private Double size;

        Stack(List<Tuple2<Integer, Word>> words, int main) {
            this.x0 = words.map(t -> t._2.x()).min().get();
            this.x1 = words.map(t -> t._2.right()).max().get();
            this.words = words;
            this.reading = words.sortBy(t -> t._1 * 100_000.0 + t._2.x());
            this.main = main;
        }

        double x0() {
            return x0;
        }

        double x1() {
            return x1;
        }

        List<Tuple2<Integer, Word>> words() {
            return words;
        }

        /** The words of the kind's window lines, top to bottom, left to right; empty when none. */
        String text(Kind kind) {
            if (texts[kind.ordinal()] == null) {
                StringBuilder out = new StringBuilder();
                boolean first = true;
                for (Tuple2<Integer, Word> t : reading) {
                    if (kind.takes(t._1, main)) {
                        out.append(first ? "" : " ").append(t._2.text());
                        first = false;
                    }
                }
                texts[kind.ordinal()] = out.toString();
            }
            return texts[kind.ordinal()];
        }

        /** {@link Vocabulary#key} of {@link #text(Kind)}. */
        String key(Kind kind) {
            if (keys[kind.ordinal()] == null) {
                keys[kind.ordinal()] = Vocabulary.key(text(kind));
            }
            return keys[kind.ordinal()];
        }

        double x0(Kind kind) {
            if (lefts[kind.ordinal()] == null) {
                lefts[kind.ordinal()] = words.filter(t -> kind.takes(t._1, main)).map(t -> t._2.x()).min().getOrElse(x0);
            }
            return lefts[kind.ordinal()];
        }

        double x1(Kind kind) {
            if (rights[kind.ordinal()] == null) {
                rights[kind.ordinal()] = words.filter(t -> kind.takes(t._1, main)).map(t -> t._2.right()).max().getOrElse(x1);
            }
            return rights[kind.ordinal()];
        }

        /** The words' mean font size (at least 4; 8 when none is known). */
        double size() {
            if (size == null) {
                size = Math.max(4, words.map(t -> t._2.size()).filter(x -> x > 0).average().getOrElse(8.0));
            }
            return size;
        }
    }

    /** Ways of reading a stack: all its baselines, or only some, so a title line above the header does not spoil it. */
    private enum Kind {
        ALL, MAIN, MAIN_AND_BELOW, ABOVE_AND_MAIN, BELOW, ABOVE;

        /** Whether this kind reads window line {@code line} when {@code main} is the main baseline. */
        boolean takes(int line, int main) {
            return switch (this) {
                case ALL -> true;
                case MAIN -> line == main;
                case MAIN_AND_BELOW -> line >= main;
                case ABOVE_AND_MAIN -> line <= main;
                case BELOW -> line > main;
                case ABOVE -> line < main;
            };
        }
    }

    private Option<TableHeader> header(Page page, List<Integer> window, int mainIndex) {
        List<Line> lines = window.map(j -> page.lines().get(j));
        return read.computeIfAbsent(new Window(lines, mainIndex), w -> cells(w.lines(), w.main(), vocabulary))
                .map(cells -> new TableHeader(page.number(), window, lines.head().y(), lines.last().y(), cells));
    }

    /** The cells of a header on {@code lines}, {@code mainIndex} being its main baseline; none when they are no header. */
    private static Option<List<HeaderCell>> cells(List<Line> lines, int mainIndex, Vocabulary vocabulary) {
        List<Stack> stacks = stacks(lines, mainIndex);
        // stacks may be split further while matching, see below
        List<HeaderCell> cells = List.empty();
        int k = 0;
        while (k < stacks.size()) {
            Option<Tuple2<HeaderCell, Integer>> match = longestMatch(stacks, k, vocabulary);
            if (match.isDefined()) {
                cells = cells.append(match.get()._1);
                k = match.get()._2 + 1;
            } else if (stacks.get(k).words().map(t -> t._1).distinct().size() == 1 && stacks.get(k).words().size() > 1) {
                // one baseline, several words, no phrase: the titles may sit closer than the run gap
                List<Stack> single = stacks.get(k).words().map(t -> new Stack(List.of(t), mainIndex));
                stacks = stacks.removeAt(k).insertAll(k, single);
            } else {
                Stack s = stacks.get(k);
                String text = s.text(Kind.ALL);
                if (!Vocabulary.key(text).isEmpty()) {
                    cells = cells.append(new HeaderCell(Role.OTHER, s.x0(), s.x1(), text));
                }
                k++;
            }
        }
        io.vavr.collection.Set<Role> roles = cells.map(HeaderCell::role).filter(r -> r != Role.OTHER).toSet();
        boolean dated = roles.contains(Role.DATE) || roles.contains(Role.VALUE_DATE);
        boolean money = roles.exists(Role::money);
        if (!dated || !money || roles.size() < 3) {
            return Option.none();
        }
        return Option.some(cells);
    }

    /** The longest phrase starting at stack {@code k}: the cell it makes and the last stack it used. */
    private static Option<Tuple2<HeaderCell, Integer>> longestMatch(List<Stack> stacks, int k, Vocabulary vocabulary) {
        Option<Tuple2<HeaderCell, Integer>> best = Option.none();
        int bestLength = 0;
        for (Kind lines : Kind.values()) {
            StringBuilder key = new StringBuilder();
            StringBuilder text = new StringBuilder();
            for (int j = k; j < stacks.size() && j < k + 6; j++) {
                Stack s = stacks.get(j);
                String part = s.text(lines);
                if (part.isEmpty()) {
                    break;
                }
                // one title's words sit close; a wide gap is the next column ("Debit" | "Credit" is not "Debit/Credit")
                if (j > k && s.x0(lines) - stacks.get(j - 1).x1(lines) > JOIN_GAP * stacks.get(j - 1).size()) {
                    break;
                }
                key.append(s.key(lines));
                text.append(text.length() == 0 ? "" : " ").append(part);
                String sofar = key.toString();
                if (!vocabulary.startsAPhrase(sofar)) {
                    break;
                }
                Option<Role> role = vocabulary.roleOfKey(sofar);
                if (role.isDefined() && sofar.length() > bestLength) {
                    bestLength = sofar.length();
                    double x0 = stacks.slice(k, j + 1).map(st -> st.x0(lines)).min().get();
                    double x1 = stacks.slice(k, j + 1).map(st -> st.x1(lines)).max().get();
                    best = Option.some(Tuple.of(new HeaderCell(role.get(), x0, x1, text.toString()), j));
                }
            }
        }
        return best;
    }

    /**
     * Words of the window grouped into stacks, left to right: on one baseline, words a normal space apart
     * form a run (one title's words); runs that overlap horizontally across baselines form a stack.
     */
    private static List<Stack> stacks(List<Line> lines, int main) {
        java.util.List<List<Tuple2<Integer, Word>>> runs = new java.util.ArrayList<>();
        for (int w = 0; w < lines.size(); w++) {
            List<Word> words = lines.get(w).words()
                    .filter(word -> Double.isFinite(word.x()) && Double.isFinite(word.width()) && !word.text().isBlank())
                    .sortBy(Word::x);
            List<Tuple2<Integer, Word>> run = List.empty();
            for (Word word : words) {
                if (!run.isEmpty() && word.x() - run.last()._2.right() > RUN_GAP * Math.max(4, word.size())) {
                    runs.add(run);
                    run = List.empty();
                }
                run = run.append(Tuple.of(w, word));
            }
            if (!run.isEmpty()) {
                runs.add(run);
            }
        }
        int n = runs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                List<Tuple2<Integer, Word>> ra = runs.get(a);
                List<Tuple2<Integer, Word>> rb = runs.get(b);
                boolean otherLine = !ra.head()._1.equals(rb.head()._1);
                double overlap = Math.min(ra.last()._2.right(), rb.last()._2.right()) - Math.max(ra.head()._2.x(), rb.head()._2.x());
                if (otherLine && overlap > 0.3) {
                    parent[find(parent, a)] = find(parent, b);
                }
            }
        }
        java.util.Map<Integer, List<Tuple2<Integer, Word>>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.merge(find(parent, i), runs.get(i), List::appendAll);
        }
        return List.ofAll(groups.values()).map(ws -> new Stack(ws, main)).sortBy(Stack::x0);
    }

    /** Words further apart than this many font sizes belong to different titles. */
    static final double RUN_GAP = 0.6;
    /** Stacks join into one title only when they are this close (font sizes). */
    static final double JOIN_GAP = 1.2;

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
