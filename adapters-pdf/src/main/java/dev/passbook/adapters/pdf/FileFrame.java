package dev.passbook.adapters.pdf;

import java.nio.charset.StandardCharsets;

/**
 * The frame Acrobat itself insists on: {@code %PDF-} within the first 1024 bytes and {@code %%EOF}
 * within the last 1024. PDFBox's lenient parser would otherwise rebuild a truncated upload from the
 * objects that survived and hand back a statement with pages silently missing.
 */
final class FileFrame {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int WINDOW = 1024;

    private FileFrame() {
    }

    static boolean looksComplete(byte[] file) {
        int header = RevisionCounter.indexOf(file, HEADER, 0);
        if (header < 0 || header > WINDOW) {
            return false;
        }
        return RevisionCounter.indexOf(file, EOF, Math.max(header + HEADER.length, file.length - WINDOW - EOF.length)) >= 0;
    }
}
