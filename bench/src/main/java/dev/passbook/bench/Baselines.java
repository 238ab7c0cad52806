package dev.passbook.bench;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What the pipeline is compared with: PDFBox's own sorted text extraction, and poppler's pdftotext. */
public final class Baselines {

    private Baselines() {
    }

    /**
     * PDFBox's {@link PDFTextStripper} with {@code sortByPosition}, the closest off-the-shelf equivalent
     * of our reader's positioned lines, loaded from the same bytes (same default stream cache).
     */
    public static String pdfTextStripper(byte[] pdf) {
        return pdfTextStripper(pdf, io.vavr.control.Option.none());
    }

    /** The same, opening the file with {@code password} when one is given. */
    public static String pdfTextStripper(byte[] pdf, io.vavr.control.Option<String> password) {
        try (PDDocument doc = password.isDefined() ? Loader.loadPDF(pdf, password.get()) : Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code pdftotext} (poppler-utils) is on the PATH. */
    public static boolean popplerInstalled() {
        try {
            Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * {@code pdftotext -layout file -}, output discarded: a whole process per call, so process start
     * (a few ms) is included, as it would be for a service shelling out to poppler.
     */
    public static int pdftotext(Path pdf) {
        try {
            Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.to(new File("/dev/null"))).start();
            int exit = p.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("pdftotext exited with " + exit + " on " + pdf);
            }
            return exit;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
