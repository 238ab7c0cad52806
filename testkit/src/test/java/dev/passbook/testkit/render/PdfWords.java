package dev.passbook.testkit.render;

import io.vavr.collection.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Test helper: the words of a PDF with their positions, read by PDFBox's own text stripper. */
public record PdfWords(List<PdfWords.W> words, int pages) {

    /** A word: page (1-based), left x, baseline y from the top, in points. */
    public record W(int page, String text, double x, double y, double right) {
    }

    public static PdfWords of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return of(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PdfWords of(PDDocument doc) throws IOException {
        java.util.List<W> out = new java.util.ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            int page = p;
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<TextPosition> positions) {
                    // the stripper hands over runs split at its word separator; split again on spaces
                    int start = 0;
                    for (int i = 0; i <= positions.size(); i++) {
                        boolean end = i == positions.size() || positions.get(i).getUnicode().isBlank();
                        if (end && i > start) {
                            TextPosition first = positions.get(start);
                            TextPosition last = positions.get(i - 1);
                            StringBuilder sb = new StringBuilder();
                            positions.subList(start, i).forEach(t -> sb.append(t.getUnicode()));
                            out.add(new W(page, sb.toString(), first.getXDirAdj(), first.getYDirAdj(),
                                    last.getXDirAdj() + last.getWidthDirAdj()));
                        }
                        if (end) {
                            start = i + 1;
                        }
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            stripper.getText(doc);
        }
        return new PdfWords(List.ofAll(out), doc.getNumberOfPages());
    }

    public List<W> onPage(int page) {
        return words.filter(w -> w.page() == page);
    }

    /** Lines of a page: words grouped by baseline (within half a point), left to right, top to bottom. */
    public List<String> lines(int page) {
        return onPage(page).groupBy(w -> Math.round(w.y() * 2) / 2.0).toList()
                .sortBy(t -> t._1)
                .map(t -> t._2.sortBy(W::x).map(W::text).mkString(" "));
    }

    public String text(int page) {
        return lines(page).mkString("\n");
    }

    public String allText() {
        return List.range(1, pages + 1).map(this::text).mkString("\n");
    }

    /** The first word equal to {@code text} on {@code page}. */
    public io.vavr.control.Option<W> find(int page, String text) {
        return onPage(page).find(w -> w.text().equals(text));
    }
}
