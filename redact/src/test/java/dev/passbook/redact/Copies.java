package dev.passbook.redact;

import dev.passbook.core.application.ReadRequest;
import dev.passbook.core.application.StatementRead;
import dev.passbook.core.document.Document;
import dev.passbook.core.document.Word;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Transaction;
import io.vavr.control.Option;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks on a redacted copy that do not trust the redactor's own report. */
final class Copies {

    private static final Vocabulary VOCABULARY = Vocabulary.standard();
    private static final Set<String> TITLES = Set.of("MR", "MRS", "MS", "DR", "SMT", "SHRI", "MISS", "KUM");

    private Copies() {
    }

    static Document document(byte[] pdf) {
        return Redactors.READER.read(pdf, Option.none()).get();
    }

    static StatementRead read(byte[] pdf) {
        return Redactors.READING.read(ReadRequest.of(pdf)).get();
    }

    /** Same pages, lines and words; every word's left edge, baseline and width within the tolerance. */
    static void sameWordBoxes(Document original, Document copy) {
        assertEquals(original.pageCount(), copy.pageCount(), "pages");
        for (int p = 0; p < original.pageCount(); p++) {
            var a = original.pages().get(p).lines();
            var b = copy.pages().get(p).lines();
            assertEquals(a.size(), b.size(), "lines on page " + (p + 1));
            for (int l = 0; l < a.size(); l++) {
                assertEquals(a.get(l).words().size(), b.get(l).words().size(), "words on page " + (p + 1) + " line " + l);
                for (int w = 0; w < a.get(l).words().size(); w++) {
                    Word x = a.get(l).words().get(w);
                    Word y = b.get(l).words().get(w);
                    assertTrue(Math.abs(x.x() - y.x()) <= 0.5 && Math.abs(x.y() - y.y()) <= 0.5
                                    && Math.abs(x.width() - y.width()) <= 0.5,
                            "word box moved on page " + (p + 1) + " line " + l + " word " + w);
                }
            }
        }
    }

    /** The truth's identity and narration tokens: name and address words, account and customer numbers. */
    static Set<String> personalTokens(Identity identity, Iterable<Transaction> rows) {
        Set<String> out = new HashSet<>();
        add(identity.name(), out);
        add(identity.address(), out);
        add(identity.accountNumber(), out);
        identity.customerId().forEach(c -> add(c, out));
        for (Transaction t : rows) {
            add(t.note(), out);
            t.reference().forEach(r -> add(r, out));
        }
        return out;
    }

    private static void add(String text, Set<String> out) {
        for (String run : LeakCheck.runs(text)) {
            boolean digits = Character.isDigit(run.charAt(0));
            // the documented policy: numbers of four or more significant digits, words of three or more letters
            // outside the vocabulary and titles; masks (XXXX) print no personal data
            if (digits ? run.replaceFirst("^0+", "").length() >= 4 && !TextPlan.isYear(run)
                    : run.length() >= 3 && !VOCABULARY.keeps(run) && !TITLES.contains(run) && !run.matches("[Xx]+")) {
                out.add(run.toUpperCase(Locale.ROOT));
            }
        }
    }

    /** Tokens of {@code tokens} the copy's text layer prints. */
    static Set<String> surviving(Set<String> tokens, Document copy) {
        Set<String> found = new HashSet<>();
        for (String run : LeakCheck.runs(copy.text())) {
            if (tokens.contains(run)) {
                found.add(run);
            }
        }
        return found;
    }
}
