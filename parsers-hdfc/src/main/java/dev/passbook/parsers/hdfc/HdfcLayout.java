package dev.passbook.parsers.hdfc;

import dev.passbook.parserkit.Ledger;
import dev.passbook.parserkit.TableHeader;
import dev.passbook.parserkit.Vocabulary;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HDFC layouts this plugin knows, each a versioned id (reported as {@code ParsedStatement.layoutId}),
 * recognised by the wording of its column header. All of them are read by the shared table engine; a
 * layout only says what is its own: the page label every page must carry and whether narrations are cut
 * at a fixed width. BANK-LAYOUTS.md describes them.
 */
enum HdfcLayout {

    /**
     * The bank's generator: 638 x 842 pt, {@code Page No .: N} (alone or on the title line), rows dated
     * dd/mm/yy with the narration below the date line, cut mid-word at a fixed width.
     */
    LEGACY_V1("hdfc-legacy-v1", List.of("chqrefno", "valuedt", "withdrawalamt"),
            Option.some(Pattern.compile("(?i)\\bPage\\s*No\\s*\\.?\\s*:\\s*(\\d{1,6})\\b")), Ledger.Narrations.CUT),

    /**
     * The newer export: 786 x 982 pt, {@code Page N of M}, rows dated dd/mm/yyyy, {@code 0.00} in the empty
     * amount column, the narration cut at a fixed width and centred on its row (the date and amounts level
     * with its middle piece, or with the last of two).
     */
    NEWER_V1("hdfc-newer-v1", List.of("chqrefno", "valuedate", "withdrawalamount"),
            Option.some(Pattern.compile("(?i)\\bPage\\s+(\\d{1,6})\\s+of\\s+(\\d{1,6})\\b")), Ledger.Narrations.CUT),

    /**
     * A browser print of the NetBanking statement page: {@code Cheque/Ref. No.}, a header on two baselines,
     * dates like {@code 14 Apr 2023}, newest row first, narrations wrapped between words; no page label of
     * its own (the web page's pager is not the PDF's pages), no summary.
     */
    NETBANKING_PRINT_V1("hdfc-netbanking-print-v1", List.of("chequerefno", "valuedate", "withdrawal"), Option.none(), Ledger.Narrations.DETECT);

    private final String id;
    private final List<String> phrases;
    private final Option<Pattern> pageLabel;
    private final Ledger.Narrations narrations;

    HdfcLayout(String id, List<String> phrases, Option<Pattern> pageLabel, Ledger.Narrations narrations) {
        this.id = id;
        this.phrases = phrases;
        this.pageLabel = pageLabel;
        this.narrations = narrations;
    }

    String id() {
        return id;
    }

    Ledger.Narrations narrations() {
        return narrations;
    }

    boolean labelsPages() {
        return pageLabel.isDefined();
    }

    /** The layout whose column titles (all of its own phrases) the header spells. */
    static Option<HdfcLayout> of(TableHeader header) {
        String titles = Vocabulary.key(header.cells().map(c -> c.text()).mkString(" "));
        return List.of(values()).find(l -> l.phrases.forAll(titles::contains));
    }

    /** The page label on this text line, if it carries one (it may share the line with the title). */
    Option<MatchResult> pageLabel(String text) {
        if (pageLabel.isEmpty()) {
            return Option.none();
        }
        Matcher m = pageLabel.get().matcher(text);
        return m.find() ? Option.some(m.toMatchResult()) : Option.none();
    }
}
