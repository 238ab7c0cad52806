package dev.passbook.redact;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Proves that a redacted PDF holds none of the original's personal tokens: letter runs of three or more
 * and digit runs of four or more significant digits (years aside) that the original printed outside the
 * vocabulary, and the digits of its amounts with four or more significant digits. Amounts are compared
 * whole: the runs of a new amount ({@code 1398.50}) may equal a short original number by chance. Looks in the text layer as Passbook reads it,
 * in every string of the file (content-stream text operands, the document information, annotations), and in
 * every other stream decoded (XMP metadata among them). Reports where and what kind, never the token.
 */
final class LeakCheck {

    /**
     * One place a personal token was found again: {@code where} (text layer, content, metadata) and its kind.
     * {@code token} is statement data: tests may look at it, messages never print it.
     */
    record Leak(String where, String kind, String token) {
    }

    private final Set<String> runs;
    private final Set<String> amountDigits;

    /**
     * @param runs         personal letter runs (upper case) and digit runs
     * @param amountDigits the digits of personal amounts ({@code 1,23,456.78} is {@code 12345678})
     */
    LeakCheck(Set<String> runs, Set<String> amountDigits) {
        this.runs = runs;
        this.amountDigits = amountDigits;
    }

    List<Leak> check(Document copy, byte[] pdf) {
        List<Leak> leaks = new ArrayList<>();
        for (Page page : copy.pages()) {
            for (Line line : page.lines()) {
                for (Word word : line.words()) {
                    if (!MoneyText.moneyLike(word.text())) {
                        scanText(word.text(), "text layer, page " + page.number(), leaks);
                    } else if (amountDigits.contains(MoneyText.digits(word.text()))) {
                        leaks.add(new Leak("text layer, page " + page.number(), "amount", word.text()));
                    }
                }
            }
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (COSObject object : doc.getDocument().getXrefTable().keySet().stream()
                    .map(k -> doc.getDocument().getObjectFromPool(k)).toList()) {
                scanObject(object.getObject(), leaks, 0);
            }
            COSDictionary trailer = new COSDictionary(doc.getDocument().getTrailer());
            trailer.removeItem(COSName.ID); // random bytes, not text
            scanObject(trailer, leaks, 0);
        } catch (IOException e) {
            leaks.add(new Leak("file", "unreadable: the copy could not be checked", ""));
        }
        return leaks;
    }

    private void scanObject(COSBase base, List<Leak> leaks, int depth) throws IOException {
        if (base == null || depth > 8) {
            return;
        }
        if (base instanceof COSString s) {
            scanText(s.getString(), "string", leaks);
        } else if (base instanceof COSStream stream) {
            if (COSName.OBJ_STM.equals(stream.getCOSName(COSName.TYPE)) || COSName.XREF.equals(stream.getCOSName(COSName.TYPE))) {
                return; // their objects are checked one by one; the rest is offsets and object numbers
            }
            boolean content = !stream.containsKey(COSName.TYPE) && !stream.containsKey(COSName.SUBTYPE)
                    || COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE));
            if (content) {
                scanContent(stream, leaks);
            } else {
                try (InputStream in = stream.createInputStream()) {
                    scanText(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1), "stream", leaks);
                }
            }
            scanDictionary(stream, leaks, depth);
        } else if (base instanceof COSDictionary dict) {
            scanDictionary(dict, leaks, depth);
        } else if (base instanceof org.apache.pdfbox.cos.COSArray array) {
            for (COSBase item : array) {
                scanObject(item instanceof COSObject o ? null : item, leaks, depth + 1);
            }
        }
    }

    private void scanDictionary(COSDictionary dict, List<Leak> leaks, int depth) throws IOException {
        for (COSBase value : dict.getValues()) {
            if (!(value instanceof COSObject)) {
                scanObject(value, leaks, depth + 1);
            }
        }
    }

    /** The string operands of a content stream: the text it draws. */
    private void scanContent(COSStream stream, List<Leak> leaks) throws IOException {
        byte[] decoded;
        try (InputStream in = stream.createInputStream()) {
            decoded = in.readAllBytes();
        }
        PDFStreamParser parser = new PDFStreamParser(decoded);
        StringBuilder text = new StringBuilder();
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof COSString s) {
                text.append(s.getString()).append(' ');
            } else if (token instanceof org.apache.pdfbox.cos.COSArray array) {
                for (COSBase item : array) {
                    if (item instanceof COSString s) {
                        text.append(s.getString());
                    }
                }
                text.append(' ');
            }
        }
        for (String token : text.toString().split("\\s+")) {
            if (!MoneyText.moneyLike(token)) {
                scanText(token, "content stream", leaks);
            } else if (amountDigits.contains(MoneyText.digits(token))) {
                leaks.add(new Leak("content stream", "amount", token));
            }
        }
    }

    private void scanText(String text, String where, List<Leak> leaks) {
        for (String run : runs(text)) {
            if (runs.contains(run)) {
                leaks.add(new Leak(where, Character.isDigit(run.charAt(0)) ? "number" : "word", run));
            }
        }
    }

    /** Maximal letter runs (upper case) and digit runs of {@code text}. */
    static List<String> runs(String text) {
        List<String> out = new ArrayList<>();
        for (String run : Runs.pieces(text)) {
            char c = run.charAt(0);
            if (Character.isLetter(c)) {
                out.add(run.toUpperCase(Locale.ROOT));
            } else if (Character.isDigit(c)) {
                out.add(run);
            }
        }
        return out;
    }

    /** Leaks counted by place and kind, for a message. */
    static String summary(List<Leak> leaks) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        leaks.forEach(l -> counts.merge(l.kind() + " in " + l.where().replaceAll(", page \\d+", ""), 1, Integer::sum));
        return counts.toString();
    }
}
