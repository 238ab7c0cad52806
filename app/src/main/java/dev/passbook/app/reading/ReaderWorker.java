package dev.passbook.app.reading;

import dev.passbook.adapters.pdf.PdfDocumentReader;
import dev.passbook.adapters.pdf.ReaderLimits;
import dev.passbook.core.document.Document;
import dev.passbook.core.error.UploadError;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The main class of a reader process: reads requests (a PDF and its password) from stdin, answers
 * each with {@link PdfDocumentReader} on stdout, one at a time, until stdin closes — which is also
 * what happens when {@code passbook serve} dies, so a reader never outlives its service. Its heap is
 * small and it exits on the first {@link OutOfMemoryError} ({@code -XX:+ExitOnOutOfMemoryError}); the
 * service then answers {@code PDF_TOO_COMPLEX} and starts another one. stdout carries frames only:
 * {@code System.out} is pointed at stderr, which the service logs at DEBUG.
 *
 * <p>Arguments: time budget in milliseconds, largest file in bytes, most pages.
 */
public final class ReaderWorker {

    static final int HELLO = 0x50425257;    // "PBRW": started and warmed up
    static final int REQUEST = 0x50425251;  // "PBRQ"
    static final int ANSWER = 0x50425241;   // "PBRA"

    private ReaderWorker() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err);
        quietLogging();
        ReaderLimits limits = new ReaderLimits(Long.parseLong(args[1]), Integer.parseInt(args[2]),
                Duration.ofMillis(Long.parseLong(args[0])));
        PdfDocumentReader reader = new PdfDocumentReader(limits);
        warmUp(reader);
        out.writeInt(HELLO);
        out.flush();
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        while (true) {
            int magic;
            try {
                magic = in.readInt();
            } catch (EOFException serviceGone) {
                return;
            }
            if (magic != REQUEST) {
                throw new IOException("not a request");
            }
            int length = in.readInt();
            if (length < 0 || length > limits.maxBytes()) {
                throw new IOException("request length out of range: " + length);
            }
            byte[] file = new byte[length];
            in.readFully(file);
            Option<String> password = in.readBoolean() ? Option.some(DocumentCodec.readString(in)) : Option.none();
            Either<UploadError, Document> answer = reader.read(file, password);
            file = null; // NOPMD: let the file go before the answer is serialised
            out.writeInt(ANSWER);
            DocumentCodec.write(answer, out);
            out.flush();
        }
    }

    /** PDFBox reports every defect it recovers from; in a reader process nobody reads them. */
    private static void quietLogging() {
        Logger.getLogger("org.apache.pdfbox").setLevel(Level.OFF);
        Logger.getLogger("org.apache.fontbox").setLevel(Level.OFF);
        KEEP.add(Logger.getLogger("org.apache.pdfbox"));
        KEEP.add(Logger.getLogger("org.apache.fontbox"));
    }

    // JUL holds loggers weakly: a level set on a collected logger is lost
    private static final java.util.List<Logger> KEEP = new java.util.ArrayList<>();

    /**
     * The first read in a JVM loads PDFBox, its font mapper and BouncyCastle: seconds of work that
     * would otherwise land on the first upload's time budget.
     */
    private static void warmUp(PdfDocumentReader reader) {
        Either<UploadError, Document> answer = reader.read(warmUpPdf(), Option.none());
        if (answer.isLeft()) {
            System.err.println("reader warm-up answered " + answer.getLeft().code());
        }
    }

    /** One page of Helvetica text, written by hand so that the reader process needs no PDF writer. */
    static byte[] warmUpPdf() {
        String content = "BT /F1 10 Tf 50 700 Td (01/04/2024 Opening balance 1,000.00) Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                    + "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
