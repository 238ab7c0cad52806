package dev.passbook.app.robustness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The hostile corpus of issue 21, built in code (never committed as files): one small PDF per way of
 * making PDFBox decode or build far more than the file holds, plus the unreadable and
 * self-referencing structures. Every probe carries the codes a correct reader may answer; none of
 * them may be answered {@code PDF_IS_IMAGE} unless it really is a page with an image and no text.
 * Files are built once per JVM and cached; together they take a few seconds of deflating.
 *
 * <p>{@code main(DIR)} writes them all to {@code DIR} for measuring (docs/reliability.md).
 */
final class HostileCorpus {

    static final Set<String> TOO_COMPLEX = Set.of("PDF_TOO_COMPLEX");
    static final Set<String> UNREADABLE = Set.of("PDF_TOO_COMPLEX", "INVALID_FILE_OBJECT");

    /** One hostile file: what it attacks, and which answers are right. */
    record Probe(String name, String attack, Set<String> expected, Supplier<byte[]> build) {
        byte[] bytes() {
            return CACHE.computeIfAbsent(name, n -> build.get());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Map<String, byte[]> CACHE = Collections.synchronizedMap(new LinkedHashMap<>());
    private static final long MB = 1024L * 1024;
    private static final String TEXT = "BT /F1 12 Tf 50 700 Td (Statement of account) Tj ET\n";

    private HostileCorpus() {
    }

    static List<Probe> all() {
        List<Probe> probes = new ArrayList<>();
        probes.add(new Probe("string-literal", "one 200 MB string literal in deflated page content", TOO_COMPLEX,
                () -> page(deflate(out -> {
                    write(out, "BT /F1 12 Tf 50 700 Td (");
                    repeat(out, "A", 200 * MB);
                    write(out, ") Tj ET\n");
                }), "/Filter /FlateDecode")));
        probes.add(new Probe("text-operators", "2,000,000 text-showing operators on one page", TOO_COMPLEX,
                () -> page(deflate(out -> {
                    write(out, "BT /F1 12 Tf 50 700 Td ");
                    repeat(out, "(A) Tj ", 2_000_000L * 7);
                    write(out, "ET\n");
                }), "/Filter /FlateDecode")));
        probes.add(new Probe("path-operators", "3,000,000 path operators on one page", TOO_COMPLEX,
                () -> page(deflate(out -> {
                    write(out, TEXT);
                    repeat(out, "1 1 m\n", 3_000_000L * 6);
                }), "/Filter /FlateDecode")));
        probes.add(new Probe("graphics-state-nesting", "1,000,000 graphics states saved and never restored", TOO_COMPLEX,
                () -> page(deflate(out -> {
                    write(out, TEXT);
                    repeat(out, "q\n", 2_000_000L);
                }), "/Filter /FlateDecode")));
        probes.add(new Probe("marked-content-nesting", "1,000,000 marked-content sequences never closed", TOO_COMPLEX,
                () -> page(deflate(out -> {
                    write(out, TEXT);
                    repeat(out, "/P BMC\n", 7_000_000L);
                }), "/Filter /FlateDecode")));
        probes.add(new Probe("inline-image", "an inline image of 200 MB in deflated page content", TOO_COMPLEX,
                () -> page(deflate(out -> {
                    write(out, TEXT + "q 100 0 0 100 50 500 cm BI /W 20000 /H 10000 /CS /G /BPC 8 ID\n");
                    repeat(out, "x", 200 * MB);
                    write(out, "\nEI Q\n");
                }), "/Filter /FlateDecode")));
        probes.add(new Probe("font-bomb", "an embedded TrueType font that inflates to 256 MB", TOO_COMPLEX,
                HostileCorpus::fontBomb));
        probes.add(new Probe("cid-maps", "six composite fonts sharing one 30 MB CIDToGIDMap (each under the stream cap; "
                + "PDFBox keeps an int per code for each font)", TOO_COMPLEX, HostileCorpus::cidMaps));
        probes.add(new Probe("cmap-range-bomb", "a 300-byte ToUnicode CMap whose bfrange spans a billion four-byte codes",
                TOO_COMPLEX, () -> toUnicode(("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange\n"
                + "1 beginbfrange <00000000> <3FFFFFFF> <00000000> endbfrange\n"
                + "endcmap CMapName currentdict /CMap defineresource pop end end\n").getBytes(StandardCharsets.US_ASCII), "")));
        probes.add(new Probe("cmap-deflate-bomb", "a ToUnicode CMap that inflates to 256 MB of mappings", TOO_COMPLEX,
                () -> toUnicode(deflate(out -> {
                    write(out, "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                            + "1 begincodespacerange <00> <FF> endcodespacerange\n100 beginbfchar\n");
                    repeat(out, "<41> <0041>\n", 256 * MB);
                    write(out, "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end\n");
                }), "/Filter /FlateDecode")));
        probes.add(new Probe("object-stream-bomb", "the catalog inside an object stream that inflates to 256 MB", TOO_COMPLEX,
                () -> crossReferenceStreamFile(true, 7)));
        probes.add(new Probe("xref-stream-bomb", "a cross-reference stream of 20,000,000 entries (140 MB inflated)",
                TOO_COMPLEX, () -> crossReferenceStreamFile(false, 20_000_000)));
        probes.add(new Probe("filter-chain", "page content through Flate then RunLength: 4 MB that become 256 MB",
                TOO_COMPLEX, () -> page(deflate(out -> {
                    byte[] text = TEXT.getBytes(StandardCharsets.US_ASCII);
                    out.write(text.length - 1);
                    out.write(text);
                    repeat(out, new byte[] {(byte) 129, ' '}, 4 * MB); // each pair: 128 spaces
                    out.write(128);
                }), "/Filter [/FlateDecode /RunLengthDecode]")));
        // PDFBox drops a repeated filter, so the inner deflate is read as content: unreadable, never inflated
        probes.add(new Probe("double-deflate", "page content deflated twice, 256 MB inside", UNREADABLE,
                () -> page(deflateBytes(deflate(out -> {
                    write(out, TEXT);
                    repeat(out, " ", 256 * MB);
                })), "/Filter [/FlateDecode /FlateDecode]")));
        probes.add(new Probe("nested-arrays", "page text, then arrays nested 100,000 deep", UNREADABLE,
                () -> page(ascii(TEXT + "[".repeat(100_000) + "]".repeat(100_000) + "\n" + TEXT), "")));
        probes.add(new Probe("self-referencing-length", "a content stream whose /Length is a reference to itself",
                UNREADABLE, HostileCorpus::selfReferencingLength));
        probes.add(new Probe("page-tree-cycle", "a page tree that contains itself", UNREADABLE, () -> {
            RawPdf cycle = new RawPdf();
            cycle.add("<< /Type /Catalog /Pages 2 0 R >>");
            cycle.add("<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>");
            cycle.add("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 2 >>");
            return cycle.bytes();
        }));
        probes.add(new Probe("self-drawing-form", "a form XObject that draws itself", UNREADABLE, () -> {
            RawPdf form = new RawPdf();
            form.add("<< /Type /Catalog /Pages 2 0 R >>");
            form.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
            form.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                    + "/Resources << /XObject << /Fm0 5 0 R >> >> >>");
            form.stream("", ascii("/Fm0 Do"));
            form.stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /Fm0 5 0 R >> "
                    + "/Font << /F1 6 0 R >> >>", ascii(TEXT + "/Fm0 Do /Fm0 Do"));
            form.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
            return form.bytes();
        }));
        probes.add(new Probe("nested-dictionaries", "page text, then a marked-content property list nested 100,000 deep",
                UNREADABLE, () -> page(ascii(TEXT + "/P " + "<< /A ".repeat(100_000) + ">> ".repeat(100_000) + "BDC EMC\n"
                + TEXT), "")));
        probes.add(new Probe("image-bomb", "a page whose only content is an image that inflates to 256 MB",
                Set.of("PDF_IS_IMAGE"), () -> {
            RawPdf image = new RawPdf();
            image.add("<< /Type /Catalog /Pages 2 0 R >>");
            image.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
            image.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                    + "/Resources << /XObject << /Im0 5 0 R >> >> >>");
            image.stream("", ascii("q 595 0 0 842 0 0 cm /Im0 Do Q"));
            image.stream("/Type /XObject /Subtype /Image /Width 16384 /Height 16384 /ColorSpace /DeviceGray "
                    + "/BitsPerComponent 8 /Filter /FlateDecode", deflate(out -> repeat(out, "\0", 256 * MB)));
            return image.bytes();
        }));
        return probes;
    }

    static Probe named(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name));
    }

    // ------------------------------------------------------------------ builders

    /** One page showing {@code content} with Helvetica as /F1. */
    private static byte[] page(byte[] content, String filter) {
        return RawPdf.onePage(content, filter).bytes();
    }

    private static byte[] fontBomb() {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >>");
        pdf.stream("", ascii(TEXT));
        pdf.add("<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 126 /Widths ["
                + "600 ".repeat(95) + "] /Encoding /WinAnsiEncoding /FontDescriptor 6 0 R >>");
        pdf.add("<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 "
                + "/Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>");
        pdf.stream("/Filter /FlateDecode /Length1 268435456", deflate(out -> repeat(out, "\0", 256 * MB)));
        return pdf.bytes();
    }

    /**
     * Six Type0 fonts whose CID fonts share one CIDToGIDMap of 30 MB: each decode stays under the
     * 32 MB stream cap, but PDFBox decodes it once per font and keeps 60 MB of ints for each — no
     * single bound of the reader is crossed, only the heap. The case for reader processes.
     */
    private static byte[] cidMaps() {
        RawPdf pdf = new RawPdf();
        int fonts = 6;
        StringBuilder fontResources = new StringBuilder();
        StringBuilder content = new StringBuilder("BT 50 700 Td\n");
        for (int i = 1; i <= fonts; i++) {
            fontResources.append("/F").append(i).append(' ').append(5 + 2 * i).append(" 0 R ");
            content.append("/F").append(i).append(" 12 Tf <0041> Tj\n");
        }
        content.append("ET\n");
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << "
                + fontResources + ">> >> >>");
        pdf.stream("", ascii(content.toString()));
        pdf.stream("/Filter /FlateDecode", deflate(out -> repeat(out, "\0", 30 * MB)));          // 5: the map
        pdf.add("<< /Type /FontDescriptor /FontName /Cid /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 "
                + "/Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>");                            // 6
        for (int i = 1; i <= fonts; i++) {
            pdf.add("<< /Type /Font /Subtype /Type0 /BaseFont /Cid" + i + " /Encoding /Identity-H /DescendantFonts ["
                    + (6 + 2 * i) + " 0 R] >>");                                                         // 5 + 2i
            pdf.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Cid" + i + " /CIDSystemInfo << /Registry (Adobe) "
                    + "/Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /CIDToGIDMap 5 0 R >>"); // 6 + 2i
        }
        return pdf.bytes();
    }

    /** Helvetica with {@code cmap} as its ToUnicode stream. */
    private static byte[] toUnicode(byte[] cmap, String filter) {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >>");
        pdf.stream("", ascii(TEXT));
        pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>");
        pdf.stream(filter, cmap);
        return pdf.bytes();
    }

    private static byte[] selfReferencingLength() {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >>");
        pdf.add("<< /Length 4 0 R >>\nstream\n" + TEXT + "endstream");
        pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return pdf.bytes();
    }

    /**
     * A PDF 1.5 file indexed by a cross-reference stream (/W [1 4 2]). With {@code objectStreamBomb}
     * the catalog lives in an object stream padded to 256 MB; otherwise the cross-reference stream
     * declares {@code entries} entries, all but the real ones pointing at offset 0.
     */
    private static byte[] crossReferenceStreamFile(boolean objectStreamBomb, int entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] offsets = new long[6];
        write(out, "%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n");
        String catalog = "<< /Type /Catalog /Pages 2 0 R >>";
        if (!objectStreamBomb) {
            offsets[1] = out.size();
            write(out, "1 0 obj\n" + catalog + "\nendobj\n");
        }
        offsets[2] = out.size();
        write(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        offsets[3] = out.size();
        write(out, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                + "/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>\nendobj\n");
        offsets[4] = out.size();
        write(out, "4 0 obj\n<< /Length " + TEXT.length() + " >>\nstream\n" + TEXT + "\nendstream\nendobj\n");
        if (objectStreamBomb) {
            byte[] objects = deflate(o -> {
                write(o, "1 0 " + catalog);
                repeat(o, " ", 256 * MB);
            });
            offsets[5] = out.size();
            write(out, "5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + objects.length
                    + " >>\nstream\n");
            out.writeBytes(objects);
            write(out, "\nendstream\nendobj\n");
        }
        long xref = out.size();
        int size = Math.max(entries, 7);
        byte[] table = deflate(o -> {
            writeEntry(o, 0, 0, 65535);
            if (objectStreamBomb) {
                writeEntry(o, 2, 5, 0);
            } else {
                writeEntry(o, 1, offsets[1], 0);
            }
            for (int n = 2; n <= 4; n++) {
                writeEntry(o, 1, offsets[n], 0);
            }
            writeEntry(o, objectStreamBomb ? 1 : 0, offsets[5], 0);
            writeEntry(o, 1, xref, 0);
            byte[] filler = {1, 0, 0, 0, 0, 0, 0};
            repeat(o, filler, (long) (size - 7) * filler.length);
        });
        write(out, "6 0 obj\n<< /Type /XRef /Size " + size + " /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length "
                + table.length + " >>\nstream\n");
        out.writeBytes(table);
        write(out, "\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void writeEntry(OutputStream out, int type, long field2, int field3) {
        try {
            out.write(type);
            out.write(new byte[] {(byte) (field2 >>> 24), (byte) (field2 >>> 16), (byte) (field2 >>> 8), (byte) field2});
            out.write(new byte[] {(byte) (field3 >>> 8), (byte) field3});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ bytes

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Whatever {@code writer} writes, deflated at the best compression, without holding it inflated. */
    static byte[] deflate(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (OutputStream out = new DeflaterOutputStream(bytes, deflater, 1 << 16)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    static byte[] deflateBytes(byte[] data) {
        return deflate(out -> out.write(data));
    }

    static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void repeat(OutputStream out, String pattern, long totalBytes) {
        repeat(out, pattern.getBytes(StandardCharsets.ISO_8859_1), totalBytes);
    }

    /** {@code pattern} repeated until {@code totalBytes} are written. */
    static void repeat(OutputStream out, byte[] pattern, long totalBytes) {
        byte[] chunk = new byte[(int) Math.min(1 << 20, Math.max(pattern.length, totalBytes)) / pattern.length * pattern.length];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = pattern[i % pattern.length];
        }
        try {
            for (long left = totalBytes; left > 0; ) {
                int n = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, n);
                left -= n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Writes every probe to {@code args[0]} as NAME.pdf, for measuring by hand. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (Probe probe : all()) {
            long t0 = System.nanoTime();
            byte[] bytes = probe.bytes();
            Files.write(dir.resolve(probe.name() + ".pdf"), bytes);
            System.out.printf("%-26s %,12d bytes  built in %,6d ms  expected %s%n", probe.name(), bytes.length,
                    (System.nanoTime() - t0) / 1_000_000, probe.expected());
        }
        System.out.println(Arrays.toString(args));
    }
}
