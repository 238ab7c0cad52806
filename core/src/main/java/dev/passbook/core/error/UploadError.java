package dev.passbook.core.error;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An expected failure: a catalogue entry, its rendered message, the HTTP status to report and,
 * for request validation, the offending fields.
 *
 * <pre>{@code
 * UploadError.of(ErrorCode.BANK_NAME_MISMATCH, java.util.Map.of("selected_bank_name", "sbi"))
 *     .message(); // "Not sbi bank statement"
 * }</pre>
 */
public record UploadError(ErrorCode errorCode, String message, int httpStatus, Map<String, List<String>> fields) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    public UploadError {
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fields, "fields");
    }

    public static UploadError of(ErrorCode code) {
        return of(code, java.util.Map.of());
    }

    public static UploadError of(ErrorCode code, java.util.Map<String, String> args) {
        Matcher m = PLACEHOLDER.matcher(code.template());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = args.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("missing message argument " + m.group(1) + " for " + code);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return new UploadError(code, sb.toString(), code.httpStatus(), LinkedHashMap.empty());
    }

    /** A request-validation error naming one offending field. */
    public static UploadError invalidField(ErrorCode code, String field, String problem) {
        return of(code).withField(field, problem);
    }

    public UploadError withField(String field, String problem) {
        List<String> problems = fields.get(field).getOrElse(List.empty()).append(problem);
        return new UploadError(errorCode, message, httpStatus, fields.put(field, problems));
    }

    /** Same error reported with another status (read endpoints answer an unknown session with 404). */
    public UploadError withStatus(int status) {
        return new UploadError(errorCode, message, status, fields);
    }

    /** The wire code. */
    public String code() {
        return errorCode.code();
    }
}
