package dev.passbook.redact;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Word;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.spi.support.StatementDates;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The new text of every word that is not money: dates shifted by one offset and printed in their own
 * form; IFSC codes with their bank part kept; the MICR's bank digits kept; every other letter or digit
 * run replaced by {@link Inventor} unless the vocabulary keeps it, it is a mask ({@code XXXX}), or it is a
 * number of fewer than four digits (page numbers, counts, times) or a year not written against letters.
 */
final class TextPlan {

    /** An IFSC standing alone (not inside a longer run of letters and digits): bank code, 0, branch code. */
    static final Pattern IFSC = Pattern.compile("(?<![A-Za-z0-9])([A-Z]{4}0)([A-Z0-9]{6})(?![A-Za-z0-9])");

    /** Counts of what was done to the text, by kind (no values). */
    record Counts(int wordsKept, int wordsReplaced, int datesShifted, int datesNotShifted, int ifscCodes) {
    }

    private final Vocabulary vocabulary;
    private final Inventor inventor;
    private final long dayOffset;
    private final Option<String> micr;
    private final java.util.Set<String> forced;
    private final Option<DateRange> period;
    private final Map<WordRef, Set<String>> fragments;
    /** The year of the first full date the document prints: places a year-less date when no period is known. */
    private Option<Integer> printedYear = Option.none();
    /** Whether {@code MON yy} (a month, a space, two digits) is a month and year in this document, not a day ({@link #monthYearsBySpace}). */
    private boolean monthYearsBySpace;
    private int kept;
    private int replaced;
    private int shifted;
    private int notShifted;
    private int ifscCodes;
    /** Whether the line being planned prints the word BANK (see {@link #NAME_LIKE}). */
    private boolean bankLine = true;

    /**
     * @param forced    letter runs (upper case) replaced even when the vocabulary has them: the holder's name
     * @param period    the statement's period, which places a date printed without a year
     * @param fragments per word, the letter runs it prints as they are because they are part of a vocabulary
     *                  word wrapped over two lines ({@link #splitWords})
     */
    TextPlan(Vocabulary vocabulary, Inventor inventor, long dayOffset, Option<Identity> identity, Set<String> forced,
             Option<DateRange> period, Map<WordRef, Set<String>> fragments) {
        this.forced = forced;
        this.period = period;
        this.fragments = fragments;
        this.vocabulary = vocabulary;
        this.inventor = inventor;
        this.dayOffset = dayOffset;
        this.micr = identity.flatMap(Identity::micr).filter(m -> m.matches("\\d{9}"));
    }

    Counts counts() {
        return new Counts(kept, replaced, shifted, notShifted, ifscCodes);
    }

    /** New text for every word of {@code doc} not in {@code money}, which is added to as well. */
    Map<WordRef, String> plan(Document doc, Map<WordRef, String> money) {
        Map<WordRef, String> out = new TreeMap<>(money);
        printedYear = firstYear(doc);
        monthYearsBySpace = monthYearsBySpace(doc);
        stackedDates(doc, out);
        for (int p = 0; p < doc.pages().size(); p++) {
            List<Line> lines = doc.pages().get(p).lines().toJavaList();
            for (int l = 0; l < lines.size(); l++) {
                List<Word> words = lines.get(l).words().toJavaList();
                int page = p;
                int line = l;
                bankLine = words.stream().anyMatch(w -> w.text().toUpperCase(Locale.ROOT).contains("BANK"));
                Map<Integer, String> dated = dates(words, w -> out.containsKey(new WordRef(page, line, w)));
                for (int w = 0; w < words.size(); w++) {
                    WordRef ref = new WordRef(p, l, w);
                    if (out.containsKey(ref)) {
                        continue;
                    }
                    String text = dated.containsKey(w) ? dated.get(w) : word(words.get(w).text(), fragments.getOrDefault(ref, Set.of()));
                    if (!dated.containsKey(w)) {
                        if (text.equals(words.get(w).text())) {
                            kept++;
                        } else {
                            replaced++;
                        }
                    }
                    out.put(ref, text);
                }
            }
        }
        return out;
    }

    /**
     * The dates of one line, shifted: word index to its new text (the date's part of it replaced, any
     * text glued before or after kept). A date in a form that cannot be printed again is left to the word rule.
     */
    private Map<Integer, String> dates(List<Word> words, java.util.function.IntPredicate done) {
        StringBuilder line = new StringBuilder();
        int[] starts = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                line.append(' ');
            }
            starts[i] = line.length();
            line.append(words.get(i).text());
        }
        // per word: the date pieces inside it, {from, to} in the word's own characters, and their new text
        Map<Integer, TreeMap<Integer, Object[]>> spans = new TreeMap<>();
        List<int[]> found = new java.util.ArrayList<>();
        List<Option<String>> moves = new java.util.ArrayList<>();
        for (StatementDates.Found f : StatementDates.find(line.toString())) {
            found.add(new int[]{f.start(), f.end()});
            moves.add(shiftedDate(line.substring(f.start(), f.end()), f.date()));
        }
        yearless(line.toString(), found, moves);
        for (int d = 0; d < found.size(); d++) {
            int[] at = found.get(d);
            Option<String> moved = moves.get(d);
            int first = wordAt(starts, at[0]);
            int last = wordAt(starts, at[1] - 1);
            boolean taken = false;
            for (int w = first; w <= last; w++) {
                taken |= done.test(w);
            }
            if (taken) {
                continue;
            }
            String[] pieces = moved.map(m -> m.split(" ", -1)).getOrElse(new String[0]);
            if (pieces.length != last - first + 1) {
                notShifted++;
                continue;
            }
            for (int w = first; w <= last; w++) {
                int from = w == first ? at[0] - starts[w] : 0;
                int to = w == last ? at[1] - starts[w] : words.get(w).text().length();
                spans.computeIfAbsent(w, k -> new TreeMap<>()).put(from, new Object[]{to, pieces[w - first]});
            }
            shifted++;
        }
        // the text around a date inside a word goes through the word rule like any other text
        Map<Integer, String> out = new TreeMap<>();
        spans.forEach((w, inWord) -> {
            String original = words.get(w).text();
            StringBuilder b = new StringBuilder();
            int at = 0;
            for (Map.Entry<Integer, Object[]> span : inWord.entrySet()) {
                b.append(fragment(original.substring(at, span.getKey()))).append((String) span.getValue()[1]);
                at = (Integer) span.getValue()[0];
            }
            out.put(w, b.append(fragment(original.substring(at))).toString());
        });
        return out;
    }

    private String fragment(String text) {
        return text.isEmpty() ? text : word(text, Set.of());
    }

    private static int wordAt(int[] starts, int offset) {
        int i = 0;
        while (i + 1 < starts.length && starts[i + 1] <= offset) {
            i++;
        }
        return i;
    }

    /** The date moved by the offset, in the form it was printed in (the case of its month name kept). */
    private Option<String> shiftedDate(String printed, LocalDate date) {
        for (StatementDates.Form form : StatementDates.Form.values()) {
            if (form.parse(printed).isDefined() && form.format(date).equalsIgnoreCase(printed)) {
                String moved = form.format(date.plusDays(dayOffset));
                String letters = printed.replaceAll("[^A-Za-z]", "");
                if (!letters.isEmpty() && letters.equals(letters.toUpperCase(Locale.ROOT))) {
                    moved = moved.toUpperCase(Locale.ROOT);
                } else if (!letters.isEmpty() && letters.equals(letters.toLowerCase(Locale.ROOT))) {
                    moved = moved.toLowerCase(Locale.ROOT);
                }
                return Option.some(moved);
            }
        }
        return Option.none();
    }

    /** One word that is neither money nor a date; {@code kept}: letter runs (upper case) it prints as they are. */
    String word(String text, Set<String> kept) {
        if (vocabulary.keeps(text) && LeakCheck.runs(text).stream().noneMatch(r -> forced.contains(r) || nameOutsideBank(r))) {
            return text;
        }
        Matcher ifsc = IFSC.matcher(text);
        if (ifsc.find()) {
            ifscCodes++;
            return word(text.substring(0, ifsc.start()), kept) + ifsc.group(1)
                    + inventor.word(ifsc.group(2), (pieces, i) -> false) + word(text.substring(ifsc.end()), kept);
        }
        if (micr.isDefined() && text.contains(micr.get())) {
            int at = text.indexOf(micr.get());
            String m = micr.get();
            return word(text.substring(0, at), kept) + inventor.digits(m.substring(0, 3)) + m.substring(3, 6)
                    + inventor.digits(m.substring(6)) + word(text.substring(at + 9), kept);
        }
        Matcher date = UNSHIFTED_DATE.matcher(text);
        if (date.find()) {
            return word(text.substring(0, date.start()), kept) + inventor.word(date.group(), (pieces, i) -> false)
                    + word(text.substring(date.end()), kept);
        }
        return inventor.word(text, (pieces, i) -> {
            String run = pieces.get(i).toUpperCase(Locale.ROOT);
            return kept.contains(run) || !forced.contains(run) && !nameOutsideBank(run)
                    && keepsRun(pieces.get(i), vocabulary) && !digitsGluedToLetters(pieces, i);
        });
    }

    /**
     * Words of bank names that are also people's given names or surnames. On real statements they appear as
     * a counterparty's name in narrations ({@code ... SRI LAKSHMI}, {@code Gautam Jana/salary}), where the
     * vocabulary would keep them. They are kept only on a line that prints BANK (a bank's name, a heading).
     */
    static final Set<String> NAME_LIKE = Set.of("LAKSHMI", "DHANLAXMI", "JANA", "KOTAK",
            "MAHINDRA", "SARASWAT", "VIJAYA", "UTKARSH", "VILAS", "ABHYUDAYA", "BANDHAN", "UJJIVAN", "SURYODAY");

    private boolean nameOutsideBank(String upperRun) {
        return !bankLine && NAME_LIKE.contains(upperRun);
    }

    /**
     * Three numbers joined like a date ({@code 4/05/2021}) in a word the date rule did not shift (a form
     * {@link StatementDates} does not read, or cannot print back): its numbers are short and would be kept,
     * so the original's date would survive. Its digits are invented instead.
     */
    static final Pattern UNSHIFTED_DATE = Pattern.compile("(?<![0-9])[0-9]{1,4}([-/.])[0-9]{1,2}\\1[0-9]{2,4}(?![0-9])");

    /**
     * A digit run written against letters in one word is part of an identifier, whatever its size: the tail
     * of a masked number ({@code XXXXXX0123}, {@code **2046}, which would otherwise pass for a year), the
     * digits of a UPI handle or e-mail ({@code name954@}, {@code 184@BARB}: a handle's tail wrapped onto the
     * next line), a terminal id ({@code MC000709}), a month and year run together ({@code JAN2022}). Such a
     * run is invented; short numbers standing on their own (page numbers, serials, counts, times) are kept.
     */
    static boolean digitsGluedToLetters(List<String> pieces, int i) {
        return Character.isDigit(pieces.get(i).charAt(0))
                && (i > 0 && (Character.isLetter(pieces.get(i - 1).charAt(0)) || pieces.get(i - 1).matches("[*@]"))
                || i + 1 < pieces.size() && (Character.isLetter(pieces.get(i + 1).charAt(0)) || pieces.get(i + 1).equals("@")));
    }

    /**
     * Dates printed over two lines of one cell ({@code 03-Sep-} over {@code 19}, {@code 2 Jun} over
     * {@code 2021}, {@code 12/Mar/202} over {@code 2}), as the parsers read them: up to three words of a line
     * and up to two words under them, joined with or without a space. Shifted as one date; each piece keeps
     * its line and the same share of the new text.
     */
    private void stackedDates(Document doc, Map<WordRef, String> out) {
        for (int p = 0; p < doc.pages().size(); p++) {
            List<Line> lines = doc.pages().get(p).lines().toJavaList();
            for (int l = 0; l + 1 < lines.size(); l++) {
                List<Word> top = lines.get(l).words().toJavaList();
                for (int j = 0; j < top.size(); j++) {
                    stacked(p, l, lines, j, out);
                }
            }
        }
    }

    /**
     * The line that continues a cell spanning {@code x0..x1} of line {@code l}: the next line with a word
     * under it, close enough to continue the cell (the one right under it, or the one after when that
     * prints nothing there, as a row's anchor line between a narration's two lines).
     */
    private static int lineUnder(List<Line> lines, int l, double x0, double x1) {
        double size = Math.max(4, lines.get(l).words().get(0).size());
        for (int d = 1; d <= 2 && l + d < lines.size(); d++) {
            Line next = lines.get(l + d);
            if (next.y() - lines.get(l).y() > 2.5 * d * size) {
                return -1;
            }
            if (next.words().exists(w -> w.x() < x1 && x0 < w.right())) {
                return l + d;
            }
        }
        return -1;
    }

    /** What to do with a line {@code l} of page {@code p} and the line right under it. */
    private interface StackedLines {
        void accept(int p, int l, List<Word> top, List<Word> below);
    }

    /** Each non-empty line with the line under it, where that one is close enough to continue its cells. */
    private static void stackedLines(Document doc, StackedLines each) {
        for (int p = 0; p < doc.pages().size(); p++) {
            List<Line> lines = doc.pages().get(p).lines().toJavaList();
            for (int l = 0; l + 1 < lines.size(); l++) {
                List<Word> top = lines.get(l).words().toJavaList();
                if (!top.isEmpty() && lines.get(l + 1).y() - lines.get(l).y() <= 2.5 * Math.max(4, top.get(0).size())) {
                    each.accept(p, l, top, lines.get(l + 1).words().toJavaList());
                }
            }
        }
    }

    /** The day and month of a date cut before or inside its year: {@code 01-02-}, {@code 03-Sep-2}, {@code 12/Mar/}. */
    private static final Pattern DATE_HEAD = Pattern.compile("\\d{1,2}([-/.])[0-9A-Za-z]{1,9}\\1\\d{0,3}");

    /** A date whose top piece ends with word {@code j} of line {@code l}, shifted into {@code out}; false when none. */
    private boolean stacked(int p, int l, List<Line> lines, int j, Map<WordRef, String> out) {
        for (int k = j; k >= Math.max(0, j - 2); k--) {
            for (int cut : k == j ? dateStarts(lines.get(l).words().get(j).text()) : List.of(0)) {
                Boolean done = stacked(p, l, lines, k, j, cut, out);
                if (done != null) {
                    return done;
                }
            }
        }
        return false;
    }

    /**
     * Where a date may start inside a word: its start, and each digit after a non-digit that begins a day and
     * a month cut before the year ({@code IntPd01-02-} over {@code 2024}: a narration glued to the start of a
     * wrapped date).
     */
    private static List<Integer> dateStarts(String word) {
        List<Integer> out = new java.util.ArrayList<>(List.of(0));
        for (int i = 1; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i)) && !Character.isDigit(word.charAt(i - 1))
                    && DATE_HEAD.matcher(word.substring(i)).matches()) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * A date whose top piece is words {@code k..j} of line {@code l}, word {@code k} from character {@code cut}
     * (the text before it goes through the word rule): true when shifted into {@code out}; false when no date
     * can end there; null when this top piece makes no date but another may.
     */
    private Boolean stacked(int p, int l, List<Line> lines, int k, int j, int cut, Map<WordRef, String> out) {
        List<Word> top = lines.get(l).words().toJavaList();
        List<WordRef> refs = new java.util.ArrayList<>();
        List<String> pieces = new java.util.ArrayList<>();
        for (int w = k; w <= j; w++) {
            refs.add(new WordRef(p, l, w));
            pieces.add(w == k ? top.get(w).text().substring(cut) : top.get(w).text());
        }
        if (refs.stream().anyMatch(out::containsKey)) {
            return false;
        }
        if (StatementDates.parse(String.join(" ", pieces)).isDefined()) {
            return cut == 0 ? Boolean.FALSE : null;
        }
        double x0 = top.get(k).x();
        double x1 = top.get(j).right();
        int under = lineUnder(lines, l, x0, x1);
        if (under < 0) {
            return null;
        }
        List<Word> below = lines.get(under).words().toJavaList();
        for (int m = 0; m < below.size(); m++) {
            for (int m2 = m; m2 < Math.min(below.size(), m + 2); m2++) {
                List<WordRef> all = new java.util.ArrayList<>(refs);
                List<String> texts = new java.util.ArrayList<>(pieces);
                boolean inCell = true;
                for (int u = m; u <= m2; u++) {
                    Word b = below.get(u);
                    WordRef ref = new WordRef(p, under, u);
                    inCell &= b.x() < x1 && x0 < b.right() && !out.containsKey(ref);
                    all.add(ref);
                    texts.add(b.text());
                }
                if (!inCell) {
                    continue;
                }
                for (String glue : new String[]{"", " "}) {
                    Option<String[]> moved = shiftedPieces(texts, pieces.size(), glue);
                    if (moved.isDefined()) {
                        String before = fragment(top.get(k).text().substring(0, cut));
                        for (int i = 0; i < all.size(); i++) {
                            out.put(all.get(i), (i == 0 ? before : "") + moved.get()[i]);
                        }
                        shifted++;
                        return true;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The pieces of a date printed over lines, shifted: {@code texts} joined by spaces except between the top
     * ({@code topCount} pieces) and the rest, which {@code glue} joins. None when they do not print a date in
     * a form that prints back, or the new text cannot be cut where the old was.
     */
    private Option<String[]> shiftedPieces(List<String> texts, int topCount, String glue) {
        StringBuilder joined = new StringBuilder();
        int[] from = new int[texts.size()];
        int[] to = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                joined.append(i == topCount ? glue : " ");
            }
            from[i] = joined.length();
            joined.append(texts.get(i));
            to[i] = joined.length();
        }
        String printed = joined.toString();
        Option<String> moved = StatementDates.parse(printed).flatMap(d -> shiftedDate(printed, d));
        if (moved.isEmpty()) {
            return Option.none();
        }
        String[] out = new String[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            int a = cut(printed, moved.get(), from[i]);
            int b = cut(printed, moved.get(), to[i]);
            if (a < 0 || b <= a) {
                return Option.none();
            }
            out[i] = moved.get().substring(a, b);
        }
        return Option.some(out);
    }

    /**
     * Where {@code moved} (the same date in the same form, shifted) is cut when {@code printed} is cut at
     * {@code at}: the same place when both are as long; else after as many digit or letter fields and as
     * many separators; -1 when the cut falls inside a field whose length changed.
     */
    static int cut(String printed, String moved, int at) {
        if (printed.length() == moved.length() || at == 0) {
            return at;
        }
        if (at == printed.length()) {
            return moved.length();
        }
        if (Character.isLetterOrDigit(printed.charAt(at - 1)) && Character.isLetterOrDigit(printed.charAt(at))) {
            return -1;
        }
        int fields = 0;
        int separators = 0;
        for (int i = 0; i < at; i++) {
            boolean field = Character.isLetterOrDigit(printed.charAt(i));
            if (field && (i == 0 || !Character.isLetterOrDigit(printed.charAt(i - 1)))) {
                fields++;
                separators = 0;
            } else if (!field) {
                separators++;
            }
        }
        int seen = 0;
        for (int i = 0; i < moved.length(); i++) {
            if (Character.isLetterOrDigit(moved.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(moved.charAt(i - 1)))) {
                seen++;
            }
            if (seen == fields && (i + 1 == moved.length() || !Character.isLetterOrDigit(moved.charAt(i + 1)))) {
                int end = i + 1 + separators;
                return end <= moved.length() ? end : -1;
            }
        }
        return -1;
    }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,2})( +)" + MONTH + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}\\p{N}])" + MONTH + "( +)(\\d{1,2})(?![\\p{L}\\p{N}]|[.,]\\d)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A month and year: a four-digit year after spaces, a dash, a slash, an apostrophe or a comma
     * ({@code Mar 2021}, {@code MARCH-2021}, {@code Jan, 2021}); two digits after a dash, a slash or an
     * apostrophe ({@code JAN-21}, {@code Mar'21}). Two digits after a space are a month-year or a day
     * ({@link #monthYearsBySpace}). Not an amount's digits ({@code Mar 12.50}).
     */
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])" + MONTH
            + "( +|-'?|/|'|, *)(\\d{4}|(?<=[-/'])\\d{2})(?![\\p{L}\\p{N}]|[.,]\\d)", Pattern.CASE_INSENSITIVE);

    /**
     * Dates printed without a year ({@code 14 Apr}, {@code Apr 14}, {@code 5 April}) outside the full dates
     * already {@code found}: added with their shifted text. The year is the one the statement period gives
     * the day (the nearest when it gives none), else the first year the document prints, so the day moves by
     * exactly the file's offset. Months with a year ({@code JAN-21}, {@code Mar 2021}) are moved as months.
     */
    private void yearless(String line, List<int[]> found, List<Option<String>> moves) {
        for (Reading reading : readings(line, found)) {
            java.util.regex.MatchResult m = reading.match();
            int start = m.start();
            int end = m.end();
            if (reading.pattern() == MONTH_YEAR || reading.pattern() == MONTH_DAY && monthYearsBySpace && m.group(3).length() == 2) {
                found.add(new int[]{start, end});
                moves.add(Option.some(monthYear(m.group(1), m.group(2), m.group(3))));
                continue;
            }
            Option<java.time.MonthDay> md = StatementDates.parseDayMonth(m.group());
            if (md.isEmpty()) {
                continue;
            }
            boolean dayFirst = reading.pattern() == DAY_MONTH;
            String day = m.group(dayFirst ? 1 : 3);
            String month = m.group(dayFirst ? 3 : 1);
            LocalDate date = place(md.get()).plusDays(dayOffset);
            String newDay = day.length() == 2 ? String.format(Locale.ROOT, "%02d", date.getDayOfMonth())
                    : Integer.toString(date.getDayOfMonth());
            String newMonth = monthLike(month, date.getMonth());
            found.add(new int[]{start, end});
            moves.add(Option.some(dayFirst ? newDay + m.group(2) + newMonth : newMonth + m.group(2) + newDay));
        }
    }

    /**
     * The readings of a line as year-less dates and month-years outside its full dates, overlapping ones left
     * out: in two cells side by side ({@code Jan 05 Jan 06}) the middle words also read as a date
     * ({@code 05 Jan}); the leftmost reading wins, as the cells are read.
     */
    private static List<Reading> readings(String line, List<int[]> fullDates) {
        TreeMap<Integer, Reading> all = new TreeMap<>();
        for (Pattern pattern : new Pattern[]{MONTH_YEAR, MONTH_DAY, DAY_MONTH}) {
            Matcher m = pattern.matcher(line);
            for (int from = 0; from < line.length() && m.find(from); from = m.start() + 1) {
                int start = m.start();
                int end = m.end();
                if (fullDates.stream().noneMatch(f -> start < f[1] && f[0] < end)
                        && (pattern != MONTH_YEAR || m.group(3).length() == 2 || isYear(m.group(3)))) {
                    all.putIfAbsent(m.start(), new Reading(m.toMatchResult(), pattern));
                }
            }
        }
        List<Reading> out = new java.util.ArrayList<>();
        int end = 0;
        for (Reading r : all.values()) {
            if (r.match().start() >= end) {
                out.add(r);
                end = r.match().end();
            }
        }
        return out;
    }

    /** A year-less date or a month-year found in a line, and the pattern that found it. */
    private record Reading(java.util.regex.MatchResult match, Pattern pattern) {
    }

    /**
     * A month and year ({@code JAN 21}, {@code Mar-2021}, {@code MARCH'21}) moved by the file's offset (its
     * middle day moved), printed in its own form: the month word as printed, the separator, two or four digits.
     */
    private String monthYear(String month, String separator, String year) {
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            y += y < 50 ? 2000 : 1900;
        }
        LocalDate moved = LocalDate.of(y, monthNumber(month), 15).plusDays(dayOffset);
        String newYear = year.length() == 2 ? String.format(Locale.ROOT, "%02d", moved.getYear() % 100)
                : Integer.toString(moved.getYear());
        return monthLike(month, moved.getMonth()) + separator + newYear;
    }

    /** The month (1-12) a {@link #MONTH} word names, as the reader's date rules name it. */
    private static int monthNumber(String month) {
        return StatementDates.parseDayMonth("1 " + month).get().getMonthValue();
    }

    /**
     * Whether a month followed by a space and two digits ({@code JAN 21}) is a month and year in {@code doc}:
     * when every such reading's number is the last two digits of a year the document prints in its dates (or
     * the year before or after), as in {@code SMS CHARGES FOR JAN 21}. A statement that prints its row dates
     * without a year ({@code Jan 05}) has days that are no year, and reads them as days.
     */
    private static boolean monthYearsBySpace(Document doc) {
        Set<Integer> years = new java.util.HashSet<>();
        List<String> numbers = new java.util.ArrayList<>();
        for (var page : doc.pages()) {
            for (var line : page.lines()) {
                String text = line.text();
                List<int[]> found = new java.util.ArrayList<>();
                for (StatementDates.Found f : StatementDates.find(text)) {
                    years.add(f.date().getYear());
                    found.add(new int[]{f.start(), f.end()});
                }
                for (Reading r : readings(text, found)) {
                    if (r.pattern() == MONTH_DAY) {
                        numbers.add(r.match().group(3));
                    }
                }
            }
        }
        Set<String> twoDigitYears = new java.util.HashSet<>();
        years.forEach(y -> {
            for (int d = -1; d <= 1; d++) {
                twoDigitYears.add(String.format(Locale.ROOT, "%02d", (y + d) % 100));
            }
        });
        return !numbers.isEmpty() && twoDigitYears.containsAll(numbers);
    }

    /** The full date of a year-less day: inside the period when it can be, else nearest to it, else in the printed year. */
    private LocalDate place(java.time.MonthDay md) {
        if (period.isDefined()) {
            DateRange r = period.get();
            LocalDate best = null;
            for (int year = r.from().getYear() - 1; year <= r.to().getYear() + 1; year++) {
                if (md.isValidYear(year)) {
                    LocalDate d = md.atYear(year);
                    long distance = r.contains(d) ? 0 : Math.min(Math.abs(d.toEpochDay() - r.from().toEpochDay()),
                            Math.abs(d.toEpochDay() - r.to().toEpochDay()));
                    if (best == null || distance < (r.contains(best) ? 0 : Math.min(Math.abs(best.toEpochDay() - r.from().toEpochDay()),
                            Math.abs(best.toEpochDay() - r.to().toEpochDay())))) {
                        best = d;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        int year = printedYear.getOrElse(2001);
        return md.isValidYear(year) ? md.atYear(year) : md.atYear(2000);
    }

    /** {@code month} printed as the original month word was: abbreviation, {@code Sept}-style or full name, and its case. */
    private static String monthLike(String printed, java.time.Month month) {
        String full = month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        String text = printed.length() == 3 ? full.substring(0, 3)
                : printed.length() == 4 && printed.toLowerCase(Locale.ROOT).equals("sept")
                ? (month == java.time.Month.SEPTEMBER ? "Sept" : full.substring(0, 3)) : full;
        if (printed.equals(printed.toUpperCase(Locale.ROOT))) {
            return text.toUpperCase(Locale.ROOT);
        }
        return printed.equals(printed.toLowerCase(Locale.ROOT)) ? text.toLowerCase(Locale.ROOT) : text;
    }

    private static Option<Integer> firstYear(Document doc) {
        for (var page : doc.pages()) {
            for (var line : page.lines()) {
                List<StatementDates.Found> found = StatementDates.find(line.text()).toJavaList();
                if (!found.isEmpty()) {
                    return Option.some(found.get(0).date().getYear());
                }
            }
        }
        return Option.none();
    }

    /**
     * Letter runs a word prints as they are because, joined with the piece under it, they spell a vocabulary
     * word: a header title wrapped inside its cell ({@code Withdra} over {@code wal}, {@code Depo} over
     * {@code sit}). Word to its kept runs (upper case); never a run of the holder's name ({@code forced}).
     */
    static Map<WordRef, Set<String>> splitWords(Document doc, Vocabulary vocabulary, Set<String> forced) {
        Map<WordRef, Set<String>> out = new java.util.HashMap<>();
        stackedLines(doc, (p, l, top, below) -> {
            for (int a = 0; a < top.size(); a++) {
                List<String> upper = Runs.pieces(top.get(a).text());
                String tail = upper.get(upper.size() - 1);
                if (!Character.isLetter(tail.charAt(0))) {
                    continue;
                }
                for (int b = 0; b < below.size(); b++) {
                    Word w = below.get(b);
                    String head = Runs.pieces(w.text()).get(0);
                    String joined = (tail + head).toUpperCase(Locale.ROOT);
                    if (Character.isLetter(head.charAt(0)) && w.x() < top.get(a).right() && top.get(a).x() < w.right()
                            && !(vocabulary.keeps(tail) && vocabulary.keeps(head)) && vocabulary.keeps(joined)
                            && !forced.contains(joined) && !forced.contains(tail.toUpperCase(Locale.ROOT))
                            && !forced.contains(head.toUpperCase(Locale.ROOT))) {
                        out.computeIfAbsent(new WordRef(p, l, a), k -> new java.util.HashSet<>()).add(tail.toUpperCase(Locale.ROOT));
                        out.computeIfAbsent(new WordRef(p, l + 1, b), k -> new java.util.HashSet<>()).add(head.toUpperCase(Locale.ROOT));
                    }
                }
            }
        });
        return out;
    }


    /**
     * Runs printed as they are: vocabulary, masks ({@code XXXX}), numbers of fewer than four digits
     * after their leading zeros ({@code 0000012}: serials, counts, times) and years.
     */
    static boolean keepsRun(String run, Vocabulary vocabulary) {
        if (Character.isDigit(run.charAt(0))) {
            return run.replaceFirst("^0+", "").length() < 4 || isYear(run);
        }
        return vocabulary.keeps(run) || run.chars().allMatch(c -> c == 'X' || c == 'x');
    }

    static boolean isYear(String digits) {
        if (digits.length() != 4) {
            return false;
        }
        int y = Integer.parseInt(digits);
        return y >= 1950 && y <= 2099;
    }
}
