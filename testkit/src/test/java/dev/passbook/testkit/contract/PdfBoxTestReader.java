package dev.passbook.testkit.contract;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Forensics;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Metadata;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.DocumentReader;
import dev.passbook.testkit.render.PdfWords;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A minimal reader for testkit's own tests (the real one lives in adapters-pdf): words from
 * PDFBox's text stripper, grouped into lines by baseline.
 */
public final class PdfBoxTestReader implements DocumentReader {

    @Override
    public Either<UploadError, Document> read(byte[] file, Option<String> password) {
        try (PDDocument doc = Loader.loadPDF(file, password.getOrElse(""))) {
            PdfWords words = PdfWords.of(doc);
            List<Page> pages = List.range(1, words.pages() + 1).map(p -> new Page(p,
                    doc.getPage(p - 1).getMediaBox().getWidth(), doc.getPage(p - 1).getMediaBox().getHeight(),
                    words.onPage(p).groupBy(w -> Math.round(w.y() * 2) / 2.0).toList().sortBy(t -> t._1)
                            .map(t -> new Line(t._1, t._2.toList().sortBy(PdfWords.W::x)
                                    .map(w -> new Word(w.text(), w.x(), w.y(), w.right() - w.x(), 7, "", 7))))));
            return Either.right(new Document(pages, Metadata.empty(), Forensics.none()));
        } catch (Exception e) {
            return Either.left(UploadError.of(ErrorCode.INVALID_FILE_OBJECT));
        }
    }
}
