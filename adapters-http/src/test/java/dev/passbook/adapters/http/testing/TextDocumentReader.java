package dev.passbook.adapters.http.testing;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Forensics;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Metadata;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.DocumentReader;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.charset.StandardCharsets;

/** Reads {@link TextStatement} files: one page, one word per line (the fake parser reads whole lines). */
public final class TextDocumentReader implements DocumentReader {

    static final String MAGIC = "%TEXTPDF";

    @Override
    public Either<UploadError, Document> read(byte[] file, Option<String> password) {
        if (file.length == 0) {
            return Either.left(UploadError.of(ErrorCode.EMPTY_FILE));
        }
        String text = new String(file, StandardCharsets.UTF_8);
        if (!text.startsWith(MAGIC + "\n")) {
            return Either.left(UploadError.of(ErrorCode.INVALID_FILE_OBJECT));
        }
        List<String> lines = List.of(text.split("\n")).tail();
        Option<String> needed = lines.find(l -> l.startsWith("PASSWORD:")).map(l -> l.substring(9));
        if (needed.isDefined() && !password.contains(needed.get())) {
            return Either.left(UploadError.of(ErrorCode.PASSWORD_INCORRECT));
        }
        if (lines.contains("SCANNED")) {
            return Either.left(UploadError.of(ErrorCode.PDF_IS_IMAGE));
        }
        List<Line> built = lines.zipWithIndex()
                .map(t -> new Line(20 + 12 * t._2, List.of(new Word(t._1, 10, 20 + 12 * t._2, 400, 8, "Helvetica", 9))));
        return Either.right(new Document(List.of(new Page(1, 595, 842, built)), Metadata.empty(), Forensics.none()));
    }
}
