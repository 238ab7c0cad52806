package dev.passbook.parsers.generic;

import dev.passbook.core.document.Line;
import dev.passbook.core.document.Word;
import dev.passbook.core.spi.support.StatementDates;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.util.ArrayList;
import java.util.Locale;

/**
 * The holder's name and address printed without labels at the top left of the first page, the way
 * many statements open (a name, then two or more address lines, one of them with a number: a house
 * number or PIN code), often on other baselines than the labelled fields beside them.
 *
 * <p>Only the first group of words of each line counts (the labelled fields to the right are other
 * groups). The block's lines start at one x, near the page's left margin; it starts with a name-like
 * line (letters only, no statement title words, not a label) that has no line of the block above it,
 * may step over labelled lines at the same x ({@code Joint Holder :-}), and ends at a gap, a date, a
 * title, or a line starting further left.
 */
record HolderBlock(String name, String address) {

    /** How far right of the leftmost text the block may start, in points. */
    private static final double LEFT_MARGIN_SLACK = 60;
    /** Lines of one block start within this many points of each other. */
    private static final double SAME_X = 1.5;
    /** A gap wider than this many font sizes ends the block. */
    private static final double BLOCK_GAP_EMS = 6.5;
    private static final double GROUP_GAP_EMS = 0.8;
    private static final int MIN_ADDRESS_LINES = 2;
    /** Words of statement titles and furniture: a line holding one is not the holder's name. */
    private static final Set<String> TITLE_WORDS = HashSet.of("STATEMENT", "ACCOUNT", "ACCOUNTS", "A/C", "BANK", "PAGE",
            "PERIOD", "BRANCH", "CUSTOMER", "SUMMARY", "DETAILED", "DETAILS", "SEARCH", "TRANSACTION", "TRANSACTIONS",
            "IFSC", "MICR", "DATE", "BALANCE", "REPORT", "DEAR", "LEDGER", "PASSBOOK", "GSTIN", "SCHEDULED", "HISTORY");
    /** Words that end an address block (an address may name a bank or a branch: {@code OPP. SBI COLONY}). */
    private static final Set<String> END_WORDS = HashSet.of("STATEMENT", "ACCOUNT", "A/C", "PERIOD", "PAGE", "SUMMARY",
            "TRANSACTION", "TRANSACTIONS", "DEAR", "IFSC", "MICR", "BALANCE");

    /** The block, when the first page opens with one. */
    static Option<HolderBlock> find(List<Line> lines, FieldReader fields) {
        java.util.List<Group> groups = firstGroups(lines);
        if (groups.isEmpty()) {
            return Option.none();
        }
        double leftmost = groups.stream().mapToDouble(g -> g.x).min().orElse(0);
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            if (g.x > leftmost + LEFT_MARGIN_SLACK || !nameLike(g.text) || labelled(g, fields) || continuesAbove(groups, i, fields)) {
                continue;
            }
            Option<HolderBlock> block = blockFrom(groups, i, fields);
            if (block.isDefined()) {
                return block;
            }
        }
        return Option.none();
    }

    private static Option<HolderBlock> blockFrom(java.util.List<Group> groups, int start, FieldReader fields) {
        Group head = groups.get(start);
        java.util.List<String> address = new ArrayList<>();
        for (int k = start + 1; k < groups.size(); k++) {
            Group g = groups.get(k);
            // a blank stretch of the page ends the block; lines of other columns in between do not
            if (g.y - groups.get(k - 1).y > BLOCK_GAP_EMS * head.size || g.x < head.x - SAME_X) {
                break;
            }
            if (Math.abs(g.x - head.x) > SAME_X) {
                continue;
            }
            if (labelled(g, fields)) {
                if (address.isEmpty()) {
                    continue; // Joint Holder :- between the name and the address
                }
                break;
            }
            if (StatementDates.find(g.text).nonEmpty() || has(g.text, END_WORDS)) {
                break;
            }
            address.add(g.text);
        }
        boolean numbered = address.stream().anyMatch(a -> a.chars().anyMatch(Character::isDigit));
        if (address.size() < MIN_ADDRESS_LINES || !numbered) {
            return Option.none();
        }
        return Option.some(new HolderBlock(head.text, String.join("\n", address)));
    }

    /** Another line of the same x just above (within the block gap) that is not a title: the name is not the block's first line. */
    private static boolean continuesAbove(java.util.List<Group> groups, int i, FieldReader fields) {
        Group g = groups.get(i);
        for (int k = i - 1; k >= 0; k--) {
            Group above = groups.get(k);
            if (g.y - above.y > BLOCK_GAP_EMS * g.size) {
                return false;
            }
            if (Math.abs(above.x - g.x) <= SAME_X) {
                return !hasTitleWord(above.text) && !labelled(above, fields);
            }
        }
        return false;
    }

    private static boolean labelled(Group g, FieldReader fields) {
        return fields.hasLabelAt(0, g.y, g.x - 0.5, g.right + 0.5) || g.text.contains(":");
    }

    static boolean nameLike(String text) {
        if (text.length() < 3 || hasTitleWord(text) || Label.ofKey(Label.key(text)).isDefined()) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (Character.isDigit(c) || c == ':' || c == '@' || c == '#' || c == '₹') {
                return false;
            }
        }
        int words = text.split("\\s+").length;
        return letters >= 3 && words <= 10;
    }

    private static boolean hasTitleWord(String text) {
        return has(text, TITLE_WORDS);
    }

    private static boolean has(String text, Set<String> words) {
        for (String w : text.toUpperCase(Locale.ROOT).split("[\\s,()\\-]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A line's first group of words, on the first page of {@code lines}. */
    private record Group(String text, double x, double right, double y, double size) {
    }

    private static java.util.List<Group> firstGroups(List<Line> lines) {
        java.util.List<Group> out = new ArrayList<>();
        double previousY = Double.NEGATIVE_INFINITY;
        for (Line line : lines) {
            if (line.y() < previousY - 1) {
                break; // the next page
            }
            previousY = line.y();
            if (line.words().isEmpty()) {
                continue;
            }
            List<Word> ws = line.words();
            StringBuilder sb = new StringBuilder(ws.head().text());
            Word last = ws.head();
            for (Word w : ws.tail()) {
                if (w.x() - last.right() > GROUP_GAP_EMS * size(w)) {
                    break;
                }
                sb.append(' ').append(w.text());
                last = w;
            }
            out.add(new Group(sb.toString(), ws.head().x(), last.right(), line.y(), size(ws.head())));
        }
        return out;
    }

    private static double size(Word w) {
        return w.size() > 1 ? w.size() : Math.max(w.height(), 6);
    }
}
