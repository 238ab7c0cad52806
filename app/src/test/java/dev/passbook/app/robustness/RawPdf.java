package dev.passbook.app.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Hand-built PDFs with a correct cross-reference table, for hostile structures no PDF library
 * would write: decompression bombs, deep nesting, cyclic page trees, absurd counts.
 * Object {@code n} is {@code objects.get(n - 1)}; object 1 must be the catalog.
 */
final class RawPdf {

    private final List<byte[]> objects = new ArrayList<>();
    private String trailerExtra = "";
    private String sizeOverride;

    /** Adds an object body (without {@code n 0 obj}/{@code endobj}) and returns its number. */
    int add(String body) {
        return add(body.getBytes(StandardCharsets.ISO_8859_1));
    }

    int add(byte[] body) {
        objects.add(body);
        return objects.size();
    }

    /** A stream object. */
    int stream(String dict, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("<< " + dict + " /Length " + data.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(data);
        out.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
        return add(out.toByteArray());
    }

    RawPdf trailer(String extra) {
        this.trailerExtra = extra;
        return this;
    }

    RawPdf size(String size) {
        this.sizeOverride = size;
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(objects.get(i));
            out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(sizeOverride == null ? String.valueOf(objects.size() + 1) : sizeOverride)
                .append(" /Root 1 0 R ").append(trailerExtra).append(" >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        out.writeBytes(table.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** One page whose content stream is {@code content}, Helvetica as /F1. */
    static RawPdf onePage(byte[] content, String contentDict) {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >>");
        pdf.stream(contentDict, content);
        pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return pdf;
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** {@code size} bytes of {@code fill}, deflated without materialising them. */
    static byte[] deflatedRepeat(byte fill, long size) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, fill);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (long written = 0; written < size; written += chunk.length) {
            deflater.setInput(chunk, 0, (int) Math.min(chunk.length, size - written));
            while (!deflater.needsInput()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            out.write(buffer, 0, n);
        }
        deflater.end();
        return out.toByteArray();
    }
}
