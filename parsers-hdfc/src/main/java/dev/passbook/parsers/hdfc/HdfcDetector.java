package dev.passbook.parsers.hdfc;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Page;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.support.table.ColumnLayout;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Recognises an HDFC statement from its text alone (the bank's name is in the logo image): a labelled
 * IFSC starting {@code HDFC0}, the fixed footer sentences, and an HDFC column header. Reads the first
 * two pages and the last one, so a long statement costs no more than a short one.
 */
final class HdfcDetector {

    private HdfcDetector() {
    }

    static Detection detect(String parserId, Document doc) {
        List<Page> pages = doc.pages().size() <= 3 ? doc.pages() : doc.pages().take(2).append(doc.pages().last());
        String text = HdfcText.squeeze(pages.map(Page::text).mkString("\n"));
        String plain = pages.map(Page::text).mkString("\n");
        int score = 0;
        List<String> evidence = List.empty();

        // The account's IFSC is the first labelled one: the header block comes before any narration.
        Matcher labelled = HdfcText.LABELLED_IFSC.matcher(plain);
        Option<String> accountIfsc = labelled.find() ? Option.some(labelled.group(1).toUpperCase(Locale.ROOT)) : Option.none();
        boolean ifsc = accountIfsc.exists(code -> code.startsWith("HDFC0"));
        Option<String> otherIfsc = accountIfsc.filter(code -> !code.startsWith("HDFC0"));
        if (ifsc) {
            score += 40;
            evidence = evidence.append("IFSC " + accountIfsc.get() + " has HDFC's prefix HDFC0");
        }
        int sentences = 0;
        for (String sentence : List.of(HdfcText.REGISTERED_OFFICE, HdfcText.EARMARKED, HdfcText.BANK_LINE,
                HdfcText.COMPUTER_GENERATED)) {
            if (text.contains(HdfcText.squeeze(sentence))) {
                sentences++;
                evidence = evidence.append("footer: \"" + sentence + "\"");
            }
        }
        boolean registered = text.contains(HdfcText.squeeze(HdfcText.REGISTERED_OFFICE)) || text.contains("hdfcbankhouse");
        score += registered ? 20 : 0;
        score += Math.min(3, sentences - (registered ? 1 : 0)) * 5;
        Option<HdfcLayout> layout = layoutOf(doc);
        if (layout.isDefined()) {
            score += 25;
            evidence = evidence.append("column header of layout " + layout.get().id());
        }
        if (text.contains(HdfcText.squeeze(HdfcText.SUMMARY_TITLE))) {
            score += 5;
            evidence = evidence.append("STATEMENT SUMMARY block");
        }
        if (otherIfsc.isDefined() && !ifsc) {
            // Another bank's IFSC is printed as the account's: generic HDFC-like words are not enough.
            return new Detection(parserId, Option.none(), Math.min(score, 5),
                    evidence.append("IFSC " + otherIfsc.get() + " belongs to another bank"));
        }
        boolean hdfc = ifsc || registered;
        int confidence = Math.min(100, hdfc ? score : Math.min(score, 20));
        return new Detection(parserId, hdfc ? Option.some(HdfcStatementParser.BANK.id()) : Option.none(), confidence, evidence);
    }

    /** The layout whose column header appears in the first pages. */
    static Option<HdfcLayout> layoutOf(Document doc) {
        for (Page page : doc.pages().take(3)) {
            for (HdfcLayout layout : HdfcLayout.values()) {
                if (ColumnLayout.find(page, layout.columns()).isDefined()) {
                    return Option.some(layout);
                }
            }
        }
        return Option.none();
    }
}
