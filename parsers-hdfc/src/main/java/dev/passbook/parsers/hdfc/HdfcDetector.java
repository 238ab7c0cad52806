package dev.passbook.parsers.hdfc;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.spi.Detection;
import dev.passbook.parserkit.TableEngine;
import dev.passbook.parserkit.TableHeader;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an HDFC statement from its text alone (the bank's name is mostly in the logo image): a
 * labelled IFSC starting {@code HDFC0}, the fixed footer sentences, the NetBanking page title, and an HDFC
 * column header. Reads the first two pages and the last one, so a long statement costs no more than a
 * short one.
 *
 * <p>An {@code HDFC0} IFSC alone does not make an HDFC statement: co-operative banks print their sponsor
 * bank's IFSC. The bank is claimed with the IFSC and another HDFC mark (a footer sentence, an HDFC column
 * header), or with the registered-office sentence or the NetBanking page title; never when the page above
 * the table names a co-operative bank.
 */
final class HdfcDetector {

    /** A co-operative bank's name: {@code Co-operative Bank}, {@code Co-op. Bank}, {@code Sahakari Bank}. */
    private static final Pattern COOPERATIVE = Pattern.compile(
            "(?i)\\b(co\\s*-?\\s*op(erative)?\\.?|sahakari|nagrik|urban)\\s+bank\\b");

    private HdfcDetector() {
    }

    static Detection detect(String parserId, Document doc, TableEngine engine) {
        List<Page> pages = doc.pages().size() <= 3 ? doc.pages() : doc.pages().take(2).append(doc.pages().last());
        String plain = pages.map(Page::text).mkString("\n");
        String text = HdfcText.squeeze(plain);
        Option<TableHeader> header = engine.header(doc);
        int score = 0;
        List<String> evidence = List.empty();

        // The account's IFSC is the first labelled one: the header block comes before any narration.
        Matcher labelled = HdfcText.LABELLED_IFSC.matcher(plain);
        Option<String> accountIfsc = labelled.find() ? Option.some(labelled.group(1).toUpperCase(Locale.ROOT)) : Option.none();
        boolean ifsc = accountIfsc.exists(code -> code.startsWith("HDFC0"));
        if (ifsc) {
            score += 40;
            evidence = evidence.append("IFSC " + accountIfsc.get() + " has HDFC's prefix HDFC0");
        }
        boolean registered = text.contains(HdfcText.squeeze(HdfcText.REGISTERED_OFFICE)) || text.contains("hdfcbankhouse");
        int sentences = 0;
        for (String sentence : HdfcText.FOOTER) {
            if (text.contains(HdfcText.squeeze(sentence))) {
                sentences++;
                evidence = evidence.append("footer: \"" + sentence + "\"");
            }
        }
        score += registered ? 20 : 0;
        score += Math.min(3, sentences - (registered ? 1 : 0)) * 5;
        boolean netbanking = HdfcText.NETBANKING.exists(t -> text.contains(HdfcText.squeeze(t)));
        if (netbanking) {
            score += 40;
            evidence = evidence.append("HDFC NetBanking page");
        }
        Option<HdfcLayout> layout = header.flatMap(HdfcLayout::of);
        if (layout.isDefined()) {
            score += 25;
            evidence = evidence.append("column header of layout " + layout.get().id());
        }
        if (text.contains(HdfcText.squeeze(HdfcText.SUMMARY_TITLE))) {
            score += 5;
            evidence = evidence.append("STATEMENT SUMMARY block");
        }
        Option<String> cooperative = cooperative(doc, header);
        if (accountIfsc.isDefined() && !ifsc || cooperative.isDefined()) {
            // another bank's IFSC, or a co-operative bank's name (its sponsor's IFSC may be HDFC0...)
            return new Detection(parserId, Option.none(), Math.min(score, 5), evidence.append(
                    cooperative.map(c -> "the statement names a co-operative bank: " + c)
                            .getOrElse(() -> "IFSC " + accountIfsc.get() + " belongs to another bank")));
        }
        boolean hdfc = registered || netbanking || ifsc && (sentences > 0 || layout.isDefined());
        int confidence = Math.min(100, hdfc ? score : Math.min(score, 20));
        return new Detection(parserId, hdfc ? Option.some(HdfcStatementParser.BANK.id()) : Option.none(), confidence, evidence);
    }

    /** A co-operative bank named above the table on its first page (narrations below are not read). */
    private static Option<String> cooperative(Document doc, Option<TableHeader> header) {
        int page = header.map(TableHeader::page).getOrElse(1);
        int until = header.map(h -> h.lines().min().get()).getOrElse(Integer.MAX_VALUE);
        return doc.pages().find(p -> p.number() == page).map(p -> p.lines().take(until)).getOrElse(List.empty())
                .map(Line::text).iterator().map(COOPERATIVE::matcher).find(Matcher::find).map(Matcher::group);
    }
}
