package dev.passbook.app.check;

import dev.passbook.core.application.ReadRefusal;
import dev.passbook.core.application.ReadRequest;
import dev.passbook.core.application.ReadStatement;
import dev.passbook.core.application.StatementRead;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.spi.ReadStage;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * Runs {@link ReadStatement} over files, one at a time, for {@code passbook check} and the real-corpus
 * ratchet. A file that cannot be read from disk is reported as an unopened file, not thrown.
 */
public final class StatementCheck {

    private final ReadStatement reading;

    public StatementCheck(ReadStatement reading) {
        this.reading = reading;
    }

    public FileCheck check(Path file, Option<String> password, Option<String> bank) {
        long t0 = System.nanoTime();
        Either<ReadRefusal, StatementRead> result;
        try {
            result = reading.read(ReadRequest.of(Files.readAllBytes(file)).withPassword(password).withBank(bank));
        } catch (IOException e) {
            result = Either.left(new ReadRefusal(UploadError.of(ErrorCode.INVALID_FILE_OBJECT), ReadStage.OPEN,
                    "the file could not be read from disk (" + e.getClass().getSimpleName() + ")", Option.none(),
                    List.empty(), 0, Option.none()));
        }
        return new FileCheck(file, result, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Every file in order; {@code progress} hears (files done, files in all) after each. */
    public CheckReport checkAll(List<Path> files, Passwords passwords, Option<String> bank,
                                BiConsumer<Integer, Integer> progress) {
        long t0 = System.nanoTime();
        java.util.List<FileCheck> done = new java.util.ArrayList<>(files.size());
        for (Path file : files) {
            done.add(check(file, passwords.forFile(file), bank));
            progress.accept(done.size(), files.size());
        }
        return new CheckReport(List.ofAll(done), (System.nanoTime() - t0) / 1_000_000);
    }

    /** The PDFs under {@code arguments} (files as given, folders searched recursively for {@code *.pdf}). */
    public static List<Path> pdfsUnder(java.util.List<Path> arguments) throws IOException {
        return PdfFiles.under(arguments);
    }
}
