package dev.passbook.app.check;

import dev.passbook.core.application.ReadRefusal;
import dev.passbook.core.application.StatementRead;
import dev.passbook.core.domain.FraudSignal;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.file.Path;

/**
 * What {@code passbook check} found for one file: the statement read (with its verdict) or the
 * refusal (with its stage and reason), and the wall time it took. {@code outcome()} is the verdict or
 * the error code, the first column of the report.
 */
public record FileCheck(Path path, Either<ReadRefusal, StatementRead> result, long millis) {

    /** {@code VERIFIED}, {@code UNVERIFIED}, or the catalogue code of the refusal. */
    public String outcome() {
        return result.fold(r -> r.error().code(), read -> read.verification().verdict().wire());
    }

    public boolean verified() {
        return result.exists(read -> read.verification().verified());
    }

    public boolean parsed() {
        return result.isRight();
    }

    public int pages() {
        return result.fold(ReadRefusal::pages, read -> read.document().pageCount());
    }

    public Option<String> bank() {
        return result.fold(ReadRefusal::bankId, read -> Option.some(read.bankId()));
    }

    public Option<String> layout() {
        return result.toOption().map(read -> read.parsed().layoutId());
    }

    public Option<Integer> rows() {
        return result.toOption().map(read -> read.parsed().transactions().size());
    }

    public List<String> flags() {
        return result.toOption().toList().flatMap(StatementRead::signals).map(FraudSignal::type).distinct();
    }
}
