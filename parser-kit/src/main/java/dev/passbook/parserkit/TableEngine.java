package dev.passbook.parserkit;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import dev.passbook.core.spi.ParseNotes;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.spi.Place;
import dev.passbook.core.spi.ReadStage;
import dev.passbook.core.spi.support.Amounts;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The table engine every parser shares. It reads a statement's transaction table in one pass per page:
 * <ol>
 * <li>the column header is found by its wording ({@link HeaderFinder}, on the first pages);</li>
 * <li>the table region runs from under the header to the end of the table (a closing-balance row, a
 *     summary or end-of-statement line, a different table's header), skipping a repeated header and page
 *     furniture (lines printed at the same place with the same words, digits aside, on most pages);</li>
 * <li>column bands come from the rows: the lines carrying a date and an amount where the header names
 *     them are the sample ({@link ColumnBands});</li>
 * <li>every line with an amount in a money column anchors a row; the rest go to rows by the alignment
 *     that fits the table ({@link RowGrouping}); lines that fit no column are reported, never dropped.</li>
 * </ol>
 * Turning rows into transactions, with the running balance choosing between readings, is {@link Ledger}'s.
 *
 * <pre>{@code
 * Either<ParseRefusal, Table> table = TableEngine.standard().read(document);
 * Either<ParseRefusal, Ledger.Result> ledger = table.flatMap(t -> Ledger.read(t, period));
 * }</pre>
 */
public final class TableEngine {

    /** The header is looked for on this many first pages. */
    static final int HEADER_PAGES = 3;
    /** Lines at the same place on at least this share of the table's pages (and two) are furniture. */
    static final double FURNITURE_SHARE = 0.5;
    /** Lines of at least this many words repeated on most pages are furniture wherever they stand. */
    static final int TEXT_FURNITURE_WORDS = 3;
    /** Among the rows, repeated lines are furniture only in runs of at least this many lines. */
    static final int FURNITURE_BLOCK = 3;
    /** Fewer characters under a header than this say nothing about whether they read as text. */
    static final int UNREADABLE_MIN_CHARS = 40;
    /** Page margins start past a gap this many line pitches wide. */
    static final double MARGIN_GAP = 1.5;

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private static final Pattern TABLE_END = Pattern.compile(
            "^(statementsummary|endofstatement|endofthestatement|legendsused|legends|abbreviations|"
                    + "accountsummary|summaryof|importantmessage|disclaimer)");

    private final Vocabulary vocabulary;

    private TableEngine(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public static TableEngine standard() {
        return new TableEngine(Vocabulary.builtIn());
    }

    public static TableEngine with(Vocabulary vocabulary) {
        return new TableEngine(vocabulary);
    }

    /** The first table header on the first pages, for detection. */
    public Option<TableHeader> header(Document document) {
        return header(document, new HeaderFinder(vocabulary));
    }

    private static Option<TableHeader> header(Document document, HeaderFinder finder) {
        for (Page page : document.pages().take(HEADER_PAGES)) {
            Option<TableHeader> h = finder.find(page);
            if (h.isDefined()) {
                return h;
            }
        }
        return Option.none();
    }

    public Either<ParseRefusal, Table> read(Document document) {
        HeaderFinder finder = new HeaderFinder(vocabulary);
        Option<TableHeader> found = header(document, finder);
        if (found.isEmpty()) {
            return Either.left(ParseRefusal.at(ReadStage.HEADER, "no line of the first " + Math.min(HEADER_PAGES,
                    document.pageCount()) + " page(s) names a date column and an amount or balance column", Place.page(1)));
        }
        TableHeader header = found.get();
        Region region = region(document, header, finder);
        List<TableLine> sample = sample(region.lines(), header);
        if (sample.size() < 2) {
            // a block of one row under its titles (an account summary or profile laid out as a table) stands
            // above the transactions on some statements: the table is the next header's when that holds rows, or
            // holds one where only it names the amounts a transaction moves (the summary names a balance)
            for (TableHeader later : headersAfter(document, header, finder)) {
                Region laterRegion = region(document, later, finder);
                List<TableLine> laterSample = sample(laterRegion.lines(), later);
                if (laterSample.size() >= 2 || laterSample.size() == 1 && movesAmounts(later) && !movesAmounts(header)) {
                    String passed = "a block of " + sample.size() + " line(s) with an amount under the first header (page "
                            + header.page() + ": " + header.describe() + ") is not the table";
                    header = later;
                    region = new Region(laterRegion.lines(), laterRegion.decisions().prepend(passed));
                    sample = laterSample;
                    break;
                }
            }
        }
        TableHeader chosen = header;
        if (sample.isEmpty()) {
            return Either.left(ParseRefusal.at(ReadStage.ROWS, "no line under the header (" + chosen.describe()
                    + ") carries a date and an amount where the header puts them" + unreadable(region.lines()),
                    Place.page(chosen.page())));
        }
        double width = document.pages().find(p -> p.number() == chosen.page()).map(Page::width).getOrElse(612.0);
        ColumnBands bands = ColumnBands.find(sample.map(l -> usable(l.line())), chosen, width);
        return rows(region, chosen, bands);
    }

    /** Whether the header names a column of the amounts a transaction moves (debit, credit or amount). */
    private static boolean movesAmounts(TableHeader header) {
        return header.roles().exists(r -> r == Role.DEBIT || r == Role.CREDIT || r == Role.AMOUNT);
    }

    /**
     * Why no row was found when the text under the header is not text: most of its characters are
     * neither letters nor digits (a font that maps the rows' glyphs to control or stray characters,
     * while the titles read); else nothing.
     */
    private static String unreadable(List<TableLine> lines) {
        long total = 0;
        long readable = 0;
        for (TableLine line : lines) {
            for (Word word : line.line().words()) {
                for (int i = 0; i < word.text().length(); i++) {
                    char c = word.text().charAt(i);
                    total += Character.isWhitespace(c) ? 0 : 1;
                    readable += Character.isLetterOrDigit(c) ? 1 : 0;
                }
            }
        }
        return total >= UNREADABLE_MIN_CHARS && readable * 2 < total ? "; the text under it does not read as text (only "
                + readable + " of its " + total + " characters are letters or digits): the file's fonts give the rows' "
                + "glyphs no usable characters, so the rows cannot be read from its text layer" : "";
    }

    /** The headers below {@code first} on the first pages, top to bottom. */
    private static List<TableHeader> headersAfter(Document document, TableHeader first, HeaderFinder finder) {
        java.util.List<TableHeader> out = new java.util.ArrayList<>();
        for (Page page : document.pages().take(HEADER_PAGES).filter(p -> p.number() >= first.page())) {
            int i = page.number() == first.page() ? first.lines().max().get() + 1 : 0;
            while (i < page.lines().size()) {
                Option<TableHeader> h = finder.at(page, i);
                if (h.isDefined()) {
                    out.add(h.get());
                    i = h.get().lines().max().get();
                }
                i++;
            }
        }
        return List.ofAll(out);
    }

    // ---- the table region

    private record Region(List<TableLine> lines, List<String> decisions) {
    }

    /** The lines under the header to the end of the table, without furniture and repeated headers. */
    private static Region region(Document document, TableHeader header, HeaderFinder finder) {
        List<Page> pages = document.pages().filter(p -> p.number() >= header.page());
        Furniture furniture = furniture(pages);
        // mutable while reading: a statement has thousands of lines and vavr's List appends in O(n)
        java.util.List<TableLine> out = new java.util.ArrayList<>();
        List<String> decisions = List.of("column header on page " + header.page() + ": " + header.describe());
        int repeated = 0;
        outer:
        for (Page page : pages) {
            int from = page.number() == header.page() ? header.lines().max().get() + 1 : 0;
            boolean[] furnitureLines = furnitureLines(furniture, page, header, finder);
            for (int i = from; i < page.lines().size(); i++) {
                Line line = page.lines().get(i);
                if (line.words().isEmpty()) {
                    continue;
                }
                String text = line.text();
                if (text.isBlank()) {
                    continue;
                }
                if (furnitureLines[i]) {
                    continue;
                }
                Option<TableHeader> again = finder.at(page, i);
                if (again.isDefined()) {
                    if (!again.get().sameTableAs(header)) {
                        decisions = decisions.append("the table ends at another table's header on page " + page.number());
                        break outer;
                    }
                    repeated++;
                    // what a page prints above its repeated header is page furniture, not rows
                    out.removeIf(l -> l.page() == page.number());
                    i = again.get().lines().max().get();
                    continue;
                }
                if (TABLE_END.matcher(Vocabulary.key(text)).find()) {
                    decisions = decisions.append("the table ends at a summary or end-of-statement line on page "
                            + page.number());
                    break outer;
                }
                out.add(new TableLine(page.number(), i, line));
            }
        }
        if (repeated > 0) {
            decisions = decisions.append("column header repeated on " + repeated + " later page(s)");
        }
        return new Region(List.ofAll(out), decisions);
    }

    /**
     * The index of the last line of the table's column header on {@code page} when it stands above the
     * page's first amount (printed again at the top of a later page), or -1. A header further down (a report
     * restarting its heading mid-page) does not close the top margin.
     */
    private static int columnHeaderEnd(Page page, TableHeader header, int firstMoney, HeaderFinder finder) {
        if (page.number() == header.page()) {
            return header.lines().max().get() < firstMoney ? header.lines().max().get() : -1;
        }
        for (int i = 0; i < firstMoney; i++) {
            Option<TableHeader> again = finder.at(page, i);
            if (again.isDefined() && again.get().sameTableAs(header)) {
                return again.get().lines().max().get();
            }
        }
        return -1;
    }

    /**
     * The keys of repeated lines; {@code counted} holds the keys of lines repeated at their place whose
     * digits, where they differ from page to page, count the pages (a page label), the only difference a
     * line printed among the rows may show and still be furniture.
     */
    private record Furniture(java.util.Set<String> keys, java.util.Set<String> counted) {
    }

    /**
     * Lines printed at the same place (2 pt) with the same words, digits aside, on at least half of the
     * table's pages and on two: page headers, repeated holder blocks, footers, page labels. A line with
     * money in it is furniture only when repeated word for word (a summary printed on every page), so a
     * monthly row at the same place on two pages stays a row. Lines of three words or more repeated on
     * most pages are furniture wherever they stand (report-style exports restart their page heading
     * mid-page).
     */
    private static Furniture furniture(List<Page> pages) {
        if (pages.size() < 2) {
            return new Furniture(java.util.Set.of(), java.util.Set.of());
        }
        // by key, the pages a line with that key is on, with its text there (the first such line of the page)
        java.util.Map<String, java.util.Map<Integer, String>> seen = new java.util.HashMap<>();
        for (Page page : pages) {
            for (Line line : page.lines()) {
                String text = line.text();
                if (line.words().exists(w -> Tokens.isMoney(w.text()))) {
                    // money repeated word for word at one place is a summary, never a row: balances move
                    seen.computeIfAbsent(exactKey(line, text), k -> new java.util.HashMap<>()).putIfAbsent(page.number(), text);
                    continue;
                }
                String shape = shape(text);
                seen.computeIfAbsent(key(line, shape), k -> new java.util.HashMap<>()).putIfAbsent(page.number(), text);
                if (line.words().size() >= TEXT_FURNITURE_WORDS) {
                    seen.computeIfAbsent(textKey(shape), k -> new java.util.HashMap<>()).putIfAbsent(page.number(), text);
                }
            }
        }
        int need = Math.max(2, (int) Math.ceil(pages.size() * FURNITURE_SHARE));
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.Set<String> counted = new java.util.HashSet<>();
        seen.forEach((k, byPage) -> {
            if (byPage.size() >= need) {
                out.add(k);
                if (countsPages(byPage)) {
                    counted.add(k);
                }
            }
        });
        return new Furniture(out, counted);
    }

    /**
     * Whether the digit runs of one line seen on several pages are the same on every page or count the pages
     * (the run minus the page number is the same on every page: {@code Page 3 of 9}, a page label offset by a
     * cover page). Two narration pieces that differ only in their digits do not ({@code 644-SCHOOL FEES},
     * {@code 1160925-SCHOOL FEES}).
     */
    private static boolean countsPages(java.util.Map<Integer, String> byPage) {
        java.util.Map<Integer, List<String>> runs = new java.util.HashMap<>();
        byPage.forEach((page, text) -> runs.put(page, digitRuns(text)));
        java.util.Map.Entry<Integer, List<String>> first = runs.entrySet().iterator().next();
        for (int run = 0; run < first.getValue().size(); run++) {
            String same = first.getValue().get(run);
            long offset = counter(same) - first.getKey();
            boolean equal = true;
            boolean counting = counter(same) >= 0;
            for (java.util.Map.Entry<Integer, List<String>> e : runs.entrySet()) {
                String digitsHere = e.getValue().get(run);
                equal &= digitsHere.equals(same);
                counting &= counter(digitsHere) >= 0 && counter(digitsHere) - e.getKey() == offset;
            }
            if (!equal && !counting) {
                return false;
            }
        }
        return true;
    }

    /** A run of digits short enough to be a page number, as a number; else -1. */
    private static long counter(String run) {
        return run.length() <= 6 ? Long.parseLong(run) : -1;
    }

    /** The runs of digits of a line, in order (as many as its {@link #shape} has {@code #}). */
    private static List<String> digitRuns(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return List.ofAll(out);
    }

    /**
     * Which lines of {@code page} are furniture: lines repeated at their place (and rules without a letter
     * or digit) and lines of three words or more repeated on most pages wherever they stand, in the page's
     * margins (above its first amount or below its last, past a gap wider than the line pitch, so a row's
     * wrapped text right under it is not taken); and, among the rows, repeated lines that
     * come in a block with another repeated line (a report's page heading restarting mid-page: date and
     * page line, title, account line), including lines of three words or more repeated on most pages
     * wherever they stand. A lone repeated line between rows is a narration that happens to recur at the
     * same place. The column header printed above the page's first amount closes the top margin, so the
     * first line of a row right under it is never taken for a block repeated with it.
     */
    private static boolean[] furnitureLines(Furniture furniture, Page page, TableHeader header, HeaderFinder finder) {
        List<Line> lines = page.lines();
        int n = lines.size();
        boolean[] placed = new boolean[n];
        boolean[] counted = new boolean[n];
        boolean[] anywhere = new boolean[n];
        int firstMoney = n;
        int lastMoney = -1;
        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            String text = line.text();
            String shape = shape(text);
            boolean rule = line.words().forAll(w -> w.text().chars().noneMatch(Character::isLetterOrDigit));
            placed[i] = furniture.keys().contains(key(line, shape)) || furniture.keys().contains(exactKey(line, text)) || rule;
            counted[i] = furniture.counted().contains(key(line, shape)) || furniture.keys().contains(exactKey(line, text)) || rule;
            anywhere[i] = line.words().size() >= TEXT_FURNITURE_WORDS && furniture.keys().contains(textKey(shape));
            if (line.words().exists(w -> Tokens.isMoney(w.text())) && !placed[i]) {
                firstMoney = Math.min(firstMoney, i);
                lastMoney = i;
            }
        }
        // the margins: above the first amount and below the last, past the first gap wider than the line pitch
        double pitch = pitch(lines);
        int topEnd = -1;
        for (int i = Math.min(firstMoney, n) - 1; i >= 0; i--) {
            if (i + 1 < n && lines.get(i + 1).y() - lines.get(i).y() > MARGIN_GAP * pitch) {
                topEnd = i;
                break;
            }
        }
        int bottomStart = n;
        for (int i = lastMoney + 1; i < n; i++) {
            if (i > 0 && lines.get(i).y() - lines.get(i - 1).y() > MARGIN_GAP * pitch) {
                bottomStart = i;
                break;
            }
        }
        // the column header closes the top margin: a row's first line right under it is not part of a
        // repeated block with it, even where the header's gap to that line is narrower than a margin gap
        topEnd = Math.max(topEnd, columnHeaderEnd(page, header, Math.min(firstMoney, n), finder));
        boolean[] margin = new boolean[n];
        boolean[] candidate = new boolean[n];
        for (int i = 0; i < n; i++) {
            margin[i] = i <= topEnd || i >= bottomStart || lastMoney < 0;
            candidate[i] = !margin[i] && (placed[i] || anywhere[i]);
        }
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            // in a margin, past a gap from the rows, a line repeated elsewhere is furniture as surely as one repeated
            // at its place: a report heading that moves from page to page and stands apart on a short page
            out[i] = (placed[i] || anywhere[i]) && margin[i];
        }
        // among the rows, runs of at least FURNITURE_BLOCK repeated lines: a row's wrapped text between two
        // anchors may recur at its place when rows recur, a footer or page heading is a block of its own (a
        // report's heading restarting mid-page mixes lines repeated at their place with lines repeated
        // elsewhere). Lines repeated elsewhere that open a run whose lines repeated at their place are a block
        // by themselves belong to the row above, not to the block: a row's last piece of text that recurs on
        // other pages (a narration cut at a fixed width repeats its pieces) right above a footer. So do lines at
        // their place whose digits differ from page to page without counting the pages: two pieces that differ
        // only in their digits ending two pages at the same height are no page label
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && candidate[j]) {
                j++;
            }
            int start = i;
            while (start < j && !counted[start]) {
                start++;
            }
            if (start == j || j - start < FURNITURE_BLOCK) {
                start = i;
            }
            if (j - start >= FURNITURE_BLOCK) {
                for (int k = start; k < j; k++) {
                    out[k] = true;
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /** The usual distance between consecutive baselines of a page: the median gap. */
    private static double pitch(List<Line> lines) {
        double[] gaps = new double[Math.max(0, lines.size() - 1)];
        for (int i = 1; i < lines.size(); i++) {
            gaps[i - 1] = lines.get(i).y() - lines.get(i - 1).y();
        }
        if (gaps.length == 0) {
            return 12;
        }
        java.util.Arrays.sort(gaps);
        return Math.max(1, gaps[gaps.length / 2]);
    }

    private static String exactKey(Line line, String text) {
        return Math.round(line.y() / 2) + "=" + text;
    }

    /** Report-style exports repeat their page heading wherever a report page starts, not at one place. */
    private static String textKey(String shape) {
        return "*|" + shape;
    }

    private static String key(Line line, String shape) {
        return Math.round(line.y() / 2) + "|" + shape;
    }

    /** The line's text in lower case with each run of digits as one {@code #} (page numbers, dates aside). */
    private static String shape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inDigits = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit) {
                out.append(Character.toLowerCase(c));
            } else if (!inDigits) {
                out.append('#');
            }
            inDigits = digit;
        }
        return out.toString();
    }

    // ---- the sample the bands are found from

    /**
     * Lines that are surely rows: an amount within reach of a money title and a date left of the first
     * money title. Without enough of those (dates wrapped, left blank), lines with such an amount.
     */
    private static List<TableLine> sample(List<TableLine> lines, TableHeader header) {
        List<TableLine> sample = sample(lines, header, Tokens::isMoney);
        // statements in whole rupees print no decimal point
        return sample.isEmpty() ? sample(lines, header, Tokens::isAmount) : sample;
    }

    private static List<TableLine> sample(List<TableLine> lines, TableHeader header,
                                          java.util.function.Predicate<String> money) {
        List<HeaderCell> titles = header.cells().filter(c -> c.role().money());
        double firstMoney = titles.map(HeaderCell::x0).min().getOrElse(Double.MAX_VALUE);
        List<TableLine> withMoney = lines.filter(l -> usable(l.line()).exists(w -> money.test(w.text())
                && titles.exists(c -> w.right() >= c.x0() - 20 && w.x() <= c.x1() + 35)));
        List<TableLine> dated = withMoney.filter(l -> usable(l.line()).exists(w -> w.x() < firstMoney && Tokens.isDate(w.text())));
        return dated.size() >= 2 ? dated : withMoney;
    }

    private static List<Word> usable(Line line) {
        return line.words().filter(w -> Double.isFinite(w.x()) && Double.isFinite(w.width()) && !w.text().isBlank());
    }

    // ---- rows

    private Either<ParseRefusal, Table> rows(Region region, TableHeader header, ColumnBands bands) {
        List<String> decisions = region.decisions().append("columns from the rows: " + bands.describe())
                .appendAll(bands.notes());
        java.util.List<RowGrouping.Item> items = new java.util.ArrayList<>();
        java.util.List<ParseNotes.Unplaced> stray = new java.util.ArrayList<>();
        // by identity: the grouping hands back the same lines; a line's words get their columns once, here
        java.util.Map<TableLine, Option<SpecialRow>> specials = new java.util.IdentityHashMap<>();
        java.util.Map<TableLine, java.util.Map<Word, Role>> roles = new java.util.IdentityHashMap<>();
        for (TableLine l : region.lines()) {
            List<Word> words = usable(l.line());
            java.util.Map<Word, Role> lineRoles = bands.roles(words);
            roles.put(l, lineRoles);
            LineKind kind = kind(words, lineRoles, bands);
            Option<SpecialRow> special = kind == LineKind.ANCHOR || words.exists(w -> bands.isMoney(w.text()))
                    ? SpecialRow.ofWords(words.map(Word::text)) : Option.none();
            if (kind == LineKind.ANCHOR || special.isDefined()) {
                items.add(new RowGrouping.Item(l, true));
                specials.put(l, special);
                if (special.contains(SpecialRow.CLOSING)) {
                    decisions = decisions.append("the table ends at the closing balance row on page " + l.page());
                    break;
                }
            } else if (kind == LineKind.TEXT) {
                items.add(new RowGrouping.Item(l, false));
            } else {
                stray.add(new ParseNotes.Unplaced(l.place(), l.line().text()));
            }
        }
        if (items.stream().noneMatch(RowGrouping.Item::anchor)) {
            return Either.left(ParseRefusal.at(ReadStage.ROWS, "no line under the header has an amount in the "
                    + "money columns found (" + bands.describe() + ")", Place.page(header.page())));
        }
        RowGrouping.Grouping grouping = RowGrouping.best(items);
        decisions = decisions.append("rows " + grouping.alignment().name().toLowerCase(Locale.ROOT) + "-aligned"
                + " (wrapped text " + switch (grouping.alignment()) {
                    case TOP -> "below its anchor line";
                    case BOTTOM -> "above its anchor line";
                    case CENTRE -> "around its anchor line";
                } + "; " + grouping.costs() + ")");
        List<ParseNotes.Unplaced> unplaced = List.ofAll(stray).appendAll(grouping.orphans()
                .map(i -> new ParseNotes.Unplaced(i.line().place(), i.line().line().text())));
        List<Row> rows = List.ofAll(grouping.rows().map(items1 -> {
            TableLine anchor = items1.find(RowGrouping.Item::anchor).get().line();
            return Row.of(anchor, items1.map(RowGrouping.Item::line).toList(), roles,
                    specials.getOrDefault(anchor, Option.none()));
        }));
        return Either.right(new Table(header, bands, grouping.alignment(), rows, unplaced, decisions));
    }

    private enum LineKind { ANCHOR, TEXT, STRAY }

    /**
     * An anchor has an amount in a money column. A text line has words only outside the money columns,
     * or only pieces of a wrapped amount there (a digit or two, a marker, a placeholder). Anything else
     * (words in a money column that are no amount) does not fit the table.
     */
    private static LineKind kind(List<Word> words, java.util.Map<Word, Role> roles, ColumnBands bands) {
        Map<Role, List<Word>> money = HashMap.empty();
        for (Word w : words) {
            Role r = roles.get(w);
            if (r.money()) {
                money = money.put(r, money.get(r).getOrElse(List.empty()).append(w));
            }
        }
        // text of another kind in the date or serial column: a footer or notice running across the table
        boolean misplaced = words.exists(w -> {
            Role r = roles.get(w);
            return (r == Role.DATE || r == Role.VALUE_DATE) && !Tokens.isDatePart(w.text())
                    || r == Role.SERIAL && !Tokens.isSerial(w.text());
        });
        if (money.isEmpty()) {
            return misplaced ? LineKind.STRAY : LineKind.TEXT;
        }
        boolean amount = money.values().exists(ws -> {
            String text = ws.map(Word::text).mkString(" ");
            return Amounts.isAmount(text) && !fragment(ws) && ws.exists(w -> bands.isMoney(w.text()));
        });
        if (amount) {
            return LineKind.ANCHOR;
        }
        boolean pieces = money.values().forAll(ws -> ws.forAll(w -> Tokens.isMarker(w.text()) || Tokens.isPlaceholder(w.text())
                || Tokens.isShortNumber(w.text())));
        return pieces && !misplaced ? LineKind.TEXT : LineKind.STRAY;
    }

    /** One or two bare digits: the tail of an amount wrapped onto the next line, not an amount. */
    private static boolean fragment(List<Word> words) {
        return words.size() == 1 && Tokens.isShortNumber(words.head().text());
    }
}
