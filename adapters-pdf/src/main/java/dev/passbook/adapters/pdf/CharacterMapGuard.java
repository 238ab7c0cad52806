package dev.passbook.adapters.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDResources;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Looks at a font's CMaps before PDFBox loads the font. PDFBox expands every {@code bfrange} of a
 * ToUnicode CMap into one map entry per code, inside the font's constructor, with no limit: a
 * 60-byte line mapping a range of four-byte codes asks for a billion entries — the heap fills from
 * a file of a few kilobytes and no deadline check runs meanwhile. So the first time a read meets a
 * font (through {@code Tf}, or the {@code /Font} of an ExtGState set with {@code gs}), its ToUnicode
 * CMap and, for a composite font, its embedded encoding CMap (with any {@code /UseCMap} streams) are
 * decoded — metered like every stream — and their mappings counted without being built. Over
 * {@link DecodeLimits#characterMapBytes()} or {@link DecodeLimits#characterMapEntries()} is
 * {@code PDF_TOO_COMPLEX}. A CMap that cannot be decoded is left to PDFBox (it ignores it).
 */
final class CharacterMapGuard {

    private static final int MAX_USE_CMAP_CHAIN = 8;

    private CharacterMapGuard() {
    }

    /** Before {@code /Name size Tf}. */
    static void checkFont(PDResources resources, List<COSBase> operands, ReadBudget budget) {
        if (resources == null || operands.isEmpty() || !(operands.get(0) instanceof COSName name)) {
            return;
        }
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts != null && fonts.getDictionaryObject(name) instanceof COSDictionary font) {
            check(font, budget);
        }
    }

    /** Before {@code /Name gs}: an ExtGState may set the font too. */
    static void checkGraphicsStateFont(PDResources resources, List<COSBase> operands, ReadBudget budget) {
        if (resources == null || operands.isEmpty() || !(operands.get(0) instanceof COSName name)) {
            return;
        }
        COSDictionary states = resources.getCOSObject().getCOSDictionary(COSName.EXT_G_STATE);
        if (states != null && states.getDictionaryObject(name) instanceof COSDictionary state
                && state.getDictionaryObject(COSName.FONT) instanceof COSArray font && font.size() > 0
                && font.getObject(0) instanceof COSDictionary fontDictionary) {
            check(fontDictionary, budget);
        }
    }

    static void check(COSDictionary font, ReadBudget budget) {
        if (!budget.firstLookAt(font)) {
            return;
        }
        if (font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream toUnicode) {
            scan(toUnicode, budget, 0);
        }
        if (COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))
                && font.getDictionaryObject(COSName.ENCODING) instanceof COSStream encoding) {
            scan(encoding, budget, 0);
        }
    }

    private static void scan(COSStream cmap, ReadBudget budget, int depth) {
        if (depth > MAX_USE_CMAP_CHAIN || !budget.firstLookAt(cmap)) {
            return;
        }
        long maxBytes = budget.limits().characterMapBytes();
        byte[] data;
        try (InputStream in = cmap.createInputStream()) {
            data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException unreadable) {
            return; // PDFBox will not be able to read it either and goes on without it
        }
        if (data.length > maxBytes) {
            throw budget.tooComplex("a character map larger than " + ReadBudget.megabytes(maxBytes));
        }
        long entries = entries(data);
        if (entries > budget.limits().characterMapEntries()) {
            throw budget.tooComplex("a character map of more than " + budget.limits().characterMapEntries() + " entries");
        }
        if (cmap.getDictionaryObject(COSName.USE_CMAP) instanceof COSStream used) {
            scan(used, budget, depth + 1);
        }
    }

    private enum Section { NONE, BF_CHAR, BF_RANGE, CID_CHAR, CID_RANGE }

    /**
     * The number of mappings PDFBox would create from a CMap: one per {@code bfchar} and
     * {@code cidchar} pair, one per code of every {@code bfrange}, one per {@code cidrange} (PDFBox
     * keeps CID ranges as ranges). A tokenizer, not a parser: it needs only hex strings, numbers,
     * arrays and the section keywords.
     */
    static long entries(byte[] d) {
        long total = 0;
        Section section = Section.NONE;
        int operands = 0;
        long low = 0;
        long high = 0;
        int i = 0;
        while (i < d.length) {
            int c = d[i] & 0xff;
            if (c == '%') {
                while (i < d.length && d[i] != '\n' && d[i] != '\r') {
                    i++;
                }
            } else if (c == '<' && i + 1 < d.length && d[i + 1] == '<') {
                i += 2;
            } else if (c == '<') {
                long value = 0;
                i++;
                while (i < d.length && d[i] != '>') {
                    int digit = Character.digit(d[i], 16);
                    if (digit >= 0) {
                        value = ((value << 4) | digit) & 0xffffffffL; // codes are at most four bytes
                    }
                    i++;
                }
                i++;
                switch (section) {
                    case BF_CHAR -> {
                        // a source code, or the hex destination of the previous one
                        if (operands == 0) {
                            total++;
                            operands = 1;
                        } else {
                            operands = 0;
                        }
                    }
                    case BF_RANGE -> {
                        if (operands == 0) {
                            low = value;
                            operands = 1;
                        } else if (operands == 1) {
                            high = value;
                            operands = 2;
                        } else {
                            total += high >= low ? high - low + 1 : 0;
                            operands = 0;
                        }
                    }
                    case CID_CHAR, CID_RANGE -> operands++;
                    default -> {
                        // a codespace range or a dictionary value
                    }
                }
                continue;
            } else if (c == '[') {
                if (section == Section.BF_RANGE && operands == 2) {
                    total += high >= low ? high - low + 1 : 0;
                    operands = 0;
                }
                // the destinations of a range: not codes of their own
                while (i < d.length && d[i] != ']') {
                    i++;
                }
                i++;
            } else if (c == '(' || c == '/') {
                // a string or name destination of a bfchar pair
                i = c == '(' ? skipLiteral(d, i) : skipName(d, i + 1);
                if (section == Section.BF_CHAR) {
                    operands = 0;
                }
                continue;
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < d.length && Character.isLetter(d[i] & 0xff)) {
                    i++;
                }
                String word = new String(d, start, i - start, java.nio.charset.StandardCharsets.ISO_8859_1);
                Section next = switch (word) {
                    case "beginbfchar" -> Section.BF_CHAR;
                    case "beginbfrange" -> Section.BF_RANGE;
                    case "begincidchar" -> Section.CID_CHAR;
                    case "begincidrange" -> Section.CID_RANGE;
                    case "endbfchar", "endbfrange", "endcidchar", "endcidrange" -> Section.NONE;
                    default -> section;
                };
                if (next != section) {
                    section = next;
                    operands = 0;
                }
                continue;
            } else if (c >= '0' && c <= '9' && (section == Section.CID_CHAR || section == Section.CID_RANGE)) {
                while (i < d.length && d[i] >= '0' && d[i] <= '9') {
                    i++;
                }
                // the CID closes a cidchar pair or a cidrange triple
                total++;
                operands = 0;
                continue;
            } else {
                i++;
            }
        }
        return total;
    }

    private static int skipName(byte[] d, int i) {
        while (i < d.length && d[i] > ' ' && "/[]<>()%{}".indexOf(d[i]) < 0) {
            i++;
        }
        return i;
    }

    private static int skipLiteral(byte[] d, int i) {
        int depth = 0;
        while (i < d.length) {
            byte b = d[i++];
            if (b == '\\') {
                i++;
            } else if (b == '(') {
                depth++;
            } else if (b == ')' && --depth == 0) {
                return i;
            }
        }
        return i;
    }
}
