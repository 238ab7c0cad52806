package dev.passbook.adapters.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Hand-written PDFs with a correct cross-reference table, for structures no PDF library writes:
 * bombs in fonts, CMaps and filter chains, absurd nesting. Object 1 is the catalog, 2 the page tree,
 * 3 the page, 4 its content, 5 its font /F1; {@link #add} appends objects 6, 7, ...
 */
final class RawPdfs {

    static final String TEXT = "BT /F1 12 Tf 50 700 Td (Statement of account) Tj ET\n";

    private final List<byte[]> objects = new ArrayList<>();

    RawPdfs() {
    }

    /** One page: {@code content} (with {@code contentDict} entries such as a /Filter), font /F1 = {@code font}. */
    static RawPdfs page(byte[] content, String contentDict, String font) {
        RawPdfs pdf = new RawPdfs();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        pdf.stream(contentDict, content);
        pdf.add(font);
        return pdf;
    }

    static RawPdfs page(byte[] content, String contentDict) {
        return page(content, contentDict, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    }

    /** Several pages, each showing {@code content}. */
    static byte[] pages(int count, String content) {
        RawPdfs pdf = new RawPdfs();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < count; i++) {
            kids.append(4 + 2 * i).append(" 0 R ");
        }
        pdf.add("<< /Type /Pages /Kids [" + kids + "] /Count " + count + " >>");
        pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        for (int i = 0; i < count; i++) {
            pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " + (5 + 2 * i)
                    + " 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
            pdf.stream("", ascii(content));
        }
        return pdf.bytes();
    }

    int add(String body) {
        objects.add(ascii(body));
        return objects.size();
    }

    int stream(String dict, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("<< " + dict + " /Length " + data.length + " >>\nstream\n"));
        out.writeBytes(data);
        out.writeBytes(ascii("\nendstream"));
        objects.add(out.toByteArray());
        return objects.size();
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            out.writeBytes(ascii((i + 1) + " 0 obj\n"));
            out.writeBytes(objects.get(i));
            out.writeBytes(ascii("\nendobj\n"));
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(ascii(table.toString()));
        return out.toByteArray();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

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

    static void repeat(OutputStream out, String pattern, long times) throws IOException {
        byte[] bytes = ascii(pattern);
        for (long i = 0; i < times; i++) {
            out.write(bytes);
        }
    }
}
