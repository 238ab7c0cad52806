package dev.passbook.embed;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why a statement was not read. {@code code} and {@code message} are the error catalogue's
 * ({@code PASSWORD_INCORRECT}, {@code BANK_NAME_UNDETECTED}, {@code STATEMENT_UNSUPPORTED_FORMAT}, ...;
 * see {@code docs/api.md}); {@code stage} ({@code open}, {@code password}, {@code image-only},
 * {@code text layer}, {@code bank detection}, {@code header}, {@code rows}, {@code identity}) and
 * {@code reason} say what stopped it in words a person can act on, and {@code page} where, when known.
 * {@code detections} lists every installed parser's detection ({@code id: confidence}), empty when the
 * file could not be opened. The reason never quotes statement data.
 */
public record Refusal(String code, String message, String stage, String reason, OptionalInt page,
                      Optional<String> bankId, List<String> detections) {

    public Refusal {
        detections = List.copyOf(detections);
    }

    /** {@code CODE (stage: reason)}. */
    public String describe() {
        return code + " (" + stage + ": " + reason + page.stream().mapToObj(p -> ", page " + p).findFirst().orElse("") + ")";
    }
}
