package dev.passbook.core.application;

import dev.passbook.core.error.UploadError;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.Place;
import dev.passbook.core.spi.ReadStage;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * Why a statement was not read: the catalogue {@code error} the API answers with, and the diagnosis
 * behind it for people — the {@link ReadStage} that stopped it, what was looked for ({@code reason}),
 * where ({@code at}), every installed parser's detection of the document (empty when the file could
 * not be opened), the document's page count (0 when it could not be opened) and the bank it was being
 * read as, if one was chosen. The reason never quotes statement data.
 */
public record ReadRefusal(UploadError error, ReadStage stage, String reason, Option<Place> at,
                          List<Detection> detections, int pages, Option<String> bankId) {

    public ReadRefusal {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(detections, "detections");
        Objects.requireNonNull(bankId, "bankId");
    }

    /** {@code stage: reason (place)}. */
    public String describe() {
        return stage.label() + ": " + reason + at.map(p -> " (" + p + ")").getOrElse("");
    }
}
