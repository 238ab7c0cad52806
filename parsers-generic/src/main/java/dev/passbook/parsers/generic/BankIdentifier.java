package dev.passbook.parsers.generic;

import dev.passbook.core.domain.Bank;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.StatementDates;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the bank of a statement from the text printed around the transaction table (header block,
 * labels, footers), never from transaction rows: narrations are full of other banks' IFSC codes and
 * names ({@code NEFT CR-ICIC0001234-...}, {@code UPI/.../ICICI BANK}), and those are counterparties.
 *
 * <p>Order of trust, first in the text above the table, then in the page furniture under it
 * (footers, summaries, legends):
 * <ol>
 *   <li>an IFSC printed on a line with an {@code IFSC}/{@code IFS} label;</li>
 *   <li>any IFSC code (above the table only: a bare code under the header may be a narration's);</li>
 *   <li>a printed bank name, web or e-mail domain ({@code bankofbaroda.in}) or the bank's own
 *   abbreviation ({@code PPBL}): the earliest on the topmost line that has one, the longest where several
 *   start at the same place ({@code STATE BANK OF INDIA} is not {@code BANK OF INDIA}).</li>
 * </ol>
 * A name counts only as words of its own: not glued to a slash, a hyphen or an {@code @} the way
 * narrations print counterparties, and not after {@code NEAR}/{@code OPP} (a landmark in an address).
 * Lines that read like transactions (a date and an amount with decimals) are never read. A statement
 * that prints a co-operative bank's name ({@code … Co-op. Bank Ltd.}, {@code … Sahakari Bank}) is that
 * bank's: an IFSC of another kind of bank there is its sponsor's and decides nothing; the co-operative
 * bank is named when the table knows it, else no bank is named (the caller is asked).
 */
final class BankIdentifier {

    /** A recognised bank and why. */
    record Found(Bank bank, String evidence) {
    }

    private static final Pattern IFSC_LABEL = Pattern.compile("(?<![A-Z])IFSC?(?![A-Z])");
    private static final Pattern COOPERATIVE_SPELLINGS = Pattern.compile("(?<![A-Z])CO[\\s.\\-]{0,3}OP(?:ERATIVE)?(?![A-Z])\\.?");
    private static final Pattern COOPERATIVE_BANK = Pattern.compile(
            "(?<![A-Z])(?:COOPERATIVE|SAHAKARI|NAGARI|NAGARIK)(?:\\s+[A-Z.()&]+){0,3}?\\s+BANK(?![A-Z])");
    private static final Pattern LANDMARK = Pattern.compile("(?:^|\\s)(?:NEAR|NR\\.?|OPP\\.?|OPPOSITE|BEHIND|BESIDE|B/H|ADJ\\.?)\\s*$");

    private enum Kind { NAME, DOMAIN, ABBREVIATION }

    private record Candidate(Pattern pattern, Bank bank, Kind kind) {
    }

    private static final List<Candidate> CANDIDATES = IndianBanks.entries().flatMap(e -> List.<Candidate>empty()
            .appendAll(e.printedNames().map(n -> new Candidate(namePattern(normalise(n)), e.bank(), Kind.NAME)))
            .appendAll(e.domains().map(d -> new Candidate(domainPattern(d), e.bank(), Kind.DOMAIN)))
            .appendAll(e.abbreviations().map(a -> new Candidate(abbreviationPattern(a), e.bank(), Kind.ABBREVIATION))));

    private BankIdentifier() {
    }

    /** The bank named by {@code lines} (text outside the transaction table), if any. */
    static Option<Found> identify(List<String> lines) {
        return identify(lines, List::empty);
    }

    /**
     * The bank named by the text above the table, else by the page furniture under it (asked for only
     * when the text above names no bank).
     */
    static Option<Found> identify(List<String> above, Supplier<List<String>> furniture) {
        List<String> top = readable(above);
        boolean cooperative = top.exists(BankIdentifier::namesACooperativeBank);
        Option<Found> fromTop = trusted(labelledIfsc(top).orElse(() -> anyIfsc(top)), cooperative)
                .orElse(() -> printedName(top, cooperative));
        if (fromTop.isDefined()) {
            return fromTop;
        }
        List<String> under = readable(furniture.get());
        boolean cooperativeUnder = cooperative || under.exists(BankIdentifier::namesACooperativeBank);
        return trusted(labelledIfsc(under), cooperativeUnder).orElse(() -> printedName(under, cooperativeUnder));
    }

    /** Without a co-operative bank's name printed, any IFSC; with one, only a co-operative bank's own code. */
    private static Option<Found> trusted(Option<Found> byIfsc, boolean cooperative) {
        return byIfsc.filter(f -> !cooperative || IndianBanks.entry(f.bank().id()).exists(e -> e.kind() == IndianBanks.Kind.COOPERATIVE));
    }

    private static List<String> readable(List<String> lines) {
        return lines.filter(l -> l != null && !l.isBlank() && !transactionLike(l));
    }

    /** A date and an amount with decimals on one line: a transaction row that reached us, not furniture. */
    static boolean transactionLike(String line) {
        if (StatementDates.find(line).isEmpty()) {
            return false;
        }
        for (String w : line.split("\\s+")) {
            if (w.indexOf('.') > 0 && Character.isDigit(w.charAt(w.length() - 1)) && Amounts.isAmount(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean namesACooperativeBank(String line) {
        return COOPERATIVE_BANK.matcher(normalise(line)).find();
    }

    private static Option<Found> labelledIfsc(List<String> lines) {
        return lines.filter(l -> IFSC_LABEL.matcher(l.toUpperCase(Locale.ROOT)).find())
                .flatMap(Ifsc::findAll)
                .flatMap(code -> IndianBanks.byIfsc(code).map(b -> new Found(b, "IFSC " + code + " under an IFSC label")))
                .headOption();
    }

    private static Option<Found> anyIfsc(List<String> lines) {
        return lines.flatMap(Ifsc::findAll)
                .flatMap(code -> IndianBanks.byIfsc(code).map(b -> new Found(b, "IFSC " + code)))
                .headOption();
    }

    private static Option<Found> printedName(List<String> lines, boolean cooperative) {
        for (String line : lines) {
            String normal = normalise(line);
            String lower = line.toLowerCase(Locale.ROOT);
            java.util.List<Match> matches = new java.util.ArrayList<>();
            for (Candidate c : CANDIDATES) {
                String subject = switch (c.kind) {
                    case NAME -> normal;
                    case DOMAIN -> lower;
                    case ABBREVIATION -> line;
                };
                Matcher m = c.pattern.matcher(subject);
                while (m.find()) {
                    boolean landmark = c.kind != Kind.DOMAIN
                            && LANDMARK.matcher(subject.substring(0, m.start()).toUpperCase(Locale.ROOT)).find();
                    matches.add(new Match(c, m.start(), m.end(), m.group(), landmark));
                }
            }
            Match best = null;
            for (Match m : matches) {
                // a landmark hides the names inside it too: NEAR STATE BANK OF INDIA is not BANK OF INDIA
                boolean hidden = m.landmark || matches.stream().anyMatch(o -> o.landmark && o.start <= m.start && m.end <= o.end);
                if (!hidden && (best == null || m.start < best.start || (m.start == best.start && m.end - m.start > best.end - best.start))) {
                    best = m;
                }
            }
            if (best != null) {
                Bank bank = best.candidate.bank;
                boolean allowed = !cooperative || IndianBanks.entry(bank.id()).exists(e -> e.kind() == IndianBanks.Kind.COOPERATIVE);
                String what = switch (best.candidate.kind) {
                    case NAME -> "printed name";
                    case DOMAIN -> "web address";
                    case ABBREVIATION -> "abbreviation";
                };
                return allowed ? Option.some(new Found(bank, what + " \"" + best.text.strip() + "\"")) : Option.none();
            }
        }
        return Option.none();
    }

    private record Match(Candidate candidate, int start, int end, String text, boolean landmark) {
    }

    /** Upper case, whitespace runs as one space, every spelling of co-operative as {@code COOPERATIVE}. */
    static String normalise(String text) {
        String upper = text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        return COOPERATIVE_SPELLINGS.matcher(upper).replaceAll("COOPERATIVE");
    }

    /** The name as words of its own: after a space, a bracket, a quote or a colon; before those or punctuation. */
    private static Pattern namePattern(String name) {
        String words = List.of(name.split("\\s+")).map(Pattern::quote).mkString("\\s+");
        return Pattern.compile("(?<![^\\s(\"':;\\[])" + words + "(?![^\\s)\"',.:;\\]])");
    }

    private static Pattern domainPattern(String domain) {
        return Pattern.compile("(?<![a-z0-9\\-])" + Pattern.quote(domain.toLowerCase(Locale.ROOT)) + "(?![a-z0-9\\-])");
    }

    private static Pattern abbreviationPattern(String abbreviation) {
        return Pattern.compile("(?<![A-Za-z0-9/@\\-])" + Pattern.quote(abbreviation) + "(?![A-Za-z0-9/@\\-])");
    }
}
