package dev.passbook.testkit.contract;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Forensics;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Metadata;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import io.vavr.collection.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Neutral {@link Document}s that no bank printed: empty documents and pages, random text, and
 * statement vocabulary (labels, dates, amounts, IFSCs, footer sentences) scattered at random
 * positions, including negative and huge coordinates and lines out of order. A parser's
 * {@code detect} and {@code parse} must survive every one of them.
 */
public final class RandomDocuments {

    static final java.util.List<String> VOCABULARY = java.util.List.of("HDFC", "HDFC0001234", "SBIN0000001", "ICIC0000104",
            "UTIB0000004", "KKBK0000958", "HDFC BANK LIMITED", "Statement", "of", "account", "Page", "No", ".:", "1", "of",
            "Date", "Narration", "Chq./Ref.No.", "Value", "Dt", "Withdrawal", "Amt.", "Deposit", "Closing", "Balance",
            "Balance*", "STATEMENT", "SUMMARY", ":-", "Opening", "Dr", "Cr", "Count", "Debits", "Credits", "Bal", "From", ":",
            "To", "Account", "No", "Number", "IFSC", "MICR", "Cust", "ID", "Txn", "Description", "Debit", "Credit", "Amount",
            "S", "No.", "OPENING", "BALANCE", "CLOSING", "TRANSACTION", "TOTAL", "DR", "CR", "01/04/24", "31/04/2024",
            "29/02/2023", "01-04-2024", "1", "Apr", "2024", "05.03.2024", "1,23,456.78", "1,234,567.89", "-5,000.00",
            "0.00", "(12.00)", "12,34,5.6", "999999999999999999999.99", "NaN", "", " ", "\t", "₹", "नमस्ते", "\u0000", "null");

    private RandomDocuments() {
    }

    public static Arbitrary<Document> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(new Document(List.empty(), Metadata.empty(), Forensics.none()))),
                Tuple.of(6, page().list().ofMaxSize(4).map(pages -> new Document(List.ofAll(pages), Metadata.empty(),
                        Forensics.none()))));
    }

    static Arbitrary<Page> page() {
        return Combinators.combine(Arbitraries.integers().between(-1, 5), Arbitraries.doubles().between(0, 2000),
                        Arbitraries.doubles().between(0, 2000), line().list().ofMaxSize(30))
                .as((n, w, h, lines) -> new Page(n, w, h, List.ofAll(lines)));
    }

    static Arbitrary<Line> line() {
        return Combinators.combine(coordinate(), word().list().ofMaxSize(12))
                .as((y, words) -> new Line(y, List.ofAll(words)));
    }

    static Arbitrary<Word> word() {
        Arbitrary<String> text = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(VOCABULARY)),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(20)),
                Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25)),
                Tuple.of(1, Arbitraries.strings().withChars("0123456789,./-:()").ofMaxLength(16)));
        return Combinators.combine(text, coordinate(), coordinate(), Arbitraries.doubles().between(0, 300),
                        Arbitraries.doubles().between(0, 40), Arbitraries.of("Helvetica", "", "ABCDEF+DejaVuSans"))
                .as((t, x, y, w, h, font) -> new Word(t, x, y, w, h, font, h));
    }

    private static Arbitrary<Double> coordinate() {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.doubles().between(0, 1000)),
                Tuple.of(1, Arbitraries.doubles().between(-1e6, 1e6)),
                Tuple.of(1, Arbitraries.of(0.0, -0.0, 1e12, -1e12)));
    }

    /**
     * {@code document} damaged the way a bad reader or a cropped file would: some lines and words
     * dropped, pages cut. For "parse never throws on near-miss input".
     */
    public static Document damage(Document document, java.util.Random random) {
        List<Page> pages = document.pages()
                .filter(p -> random.nextInt(6) != 0)
                .map(p -> new Page(p.number(), p.width(), p.height(), p.lines()
                        .filter(l -> random.nextInt(4) != 0)
                        .map(l -> new Line(l.y(), l.words().filter(w -> random.nextInt(8) != 0)))));
        return new Document(pages, document.metadata(), document.forensics());
    }
}
