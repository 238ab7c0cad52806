package dev.passbook.redact;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Word;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.spi.support.StatementDates;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private int kept;
    private int replaced;
    private int shifted;
    private int notShifted;
    private int ifscCodes;
    /** Whether the line being planned prints the word BANK (see {@link #NAME_LIKE}). */
    private boolean bankLine = true;

    /**
     * @param forced letter runs (upper case) replaced even when the vocabulary has them: the holder's name
     */
    TextPlan(Vocabulary vocabulary, Inventor inventor, long dayOffset, Option<Identity> identity, java.util.Set<String> forced) {
        this.forced = forced;
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
        for (int p = 0; p < doc.pages().size(); p++) {
            List<Line> lines = doc.pages().get(p).lines().toJavaList();
            for (int l = 0; l < lines.size(); l++) {
                List<Word> words = lines.get(l).words().toJavaList();
                bankLine = words.stream().anyMatch(w -> w.text().toUpperCase(Locale.ROOT).contains("BANK"));
                Map<Integer, String> dated = dates(words);
                for (int w = 0; w < words.size(); w++) {
                    WordRef ref = new WordRef(p, l, w);
                    if (out.containsKey(ref)) {
                        continue;
                    }
                    String text = dated.containsKey(w) ? dated.get(w) : word(words.get(w).text());
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
    private Map<Integer, String> dates(List<Word> words) {
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
        for (StatementDates.Found found : StatementDates.find(line.toString())) {
            String printed = line.substring(found.start(), found.end());
            Option<String> moved = shiftedDate(printed, found.date());
            int first = wordAt(starts, found.start());
            int last = wordAt(starts, found.end() - 1);
            String[] pieces = moved.map(m -> m.split(" ", -1)).getOrElse(new String[0]);
            if (pieces.length != last - first + 1) {
                notShifted++;
                continue;
            }
            for (int w = first; w <= last; w++) {
                int from = w == first ? found.start() - starts[w] : 0;
                int to = w == last ? found.end() - starts[w] : words.get(w).text().length();
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
        return text.isEmpty() ? text : word(text);
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

    /** One word that is neither money nor a date. */
    String word(String text) {
        if (vocabulary.keeps(text) && LeakCheck.runs(text).stream().noneMatch(r -> forced.contains(r) || nameOutsideBank(r))) {
            return text;
        }
        Matcher ifsc = IFSC.matcher(text);
        if (ifsc.find()) {
            ifscCodes++;
            return word(text.substring(0, ifsc.start())) + ifsc.group(1)
                    + inventor.word(ifsc.group(2), (pieces, i) -> false) + word(text.substring(ifsc.end()));
        }
        if (micr.isDefined() && text.contains(micr.get())) {
            int at = text.indexOf(micr.get());
            String m = micr.get();
            return word(text.substring(0, at)) + inventor.digits(m.substring(0, 3)) + m.substring(3, 6)
                    + inventor.digits(m.substring(6)) + word(text.substring(at + 9));
        }
        Matcher date = UNSHIFTED_DATE.matcher(text);
        if (date.find()) {
            return word(text.substring(0, date.start())) + inventor.word(date.group(), (pieces, i) -> false)
                    + word(text.substring(date.end()));
        }
        return inventor.word(text, (pieces, i) -> !forced.contains(pieces.get(i).toUpperCase(Locale.ROOT))
                && !nameOutsideBank(pieces.get(i).toUpperCase(Locale.ROOT))
                && keepsRun(pieces.get(i), vocabulary) && !digitsGluedToLetters(pieces, i));
    }

    /**
     * Words of bank names that are also people's given names or surnames. On real statements they appear as
     * a counterparty's name in narrations ({@code ... SRI LAKSHMI}, {@code Gautam Jana/salary}), where the
     * vocabulary would keep them. They are kept only on a line that prints BANK (a bank's name, a heading).
     */
    static final java.util.Set<String> NAME_LIKE = java.util.Set.of("LAKSHMI", "DHANLAXMI", "JANA", "KOTAK",
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
