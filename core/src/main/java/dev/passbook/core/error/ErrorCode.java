package dev.passbook.core.error;

/**
 * The one catalogue of every error Passbook reports: the wire code, the HTTP status and the
 * message template of {@code shared/spec/API.md}. Placeholders in braces ({@code {banks}}) are
 * filled by {@link UploadError#of(ErrorCode, java.util.Map)}.
 *
 * <p>Two entries may share a wire code when the contract gives one code two messages
 * ({@link #INVALID_FILE_FORM_FIELD} and {@link #INVALID_FILE_OBJECT}).
 */
public enum ErrorCode {
    // authentication and organisation rules
    INVALID_API_KEY("INVALID_API_KEY", 403, "Authentication credentials were not provided."),
    TRIAL_PERIOD_EXPIRED("TRIAL_PERIOD_EXPIRED", 402,
            "Your trial period has expired. Please request {operator} to upgrade your plan"),
    ROUTE_NOT_ALLOWED("ROUTE_NOT_ALLOWED", 403, "Route not allowed"),

    // transport-level errors raised by the HTTP adapter
    NOT_FOUND("NOT_FOUND", 404, "Not found"),
    METHOD_NOT_ALLOWED("METHOD_NOT_ALLOWED", 405, "Method not allowed"),
    FILE_TOO_LARGE("FILE_TOO_LARGE", 413, "File is too large"),
    INTERNAL_ERROR("INTERNAL_ERROR", 500, "Internal error. Reference: {correlation_id}"),
    /** Every statement reader is busy (or an organisation has its share of uploads in flight); sent with Retry-After. */
    SERVICE_BUSY("SERVICE_BUSY", 503, "The service is busy reading other statements. Please retry shortly"),

    // request shape and session API
    INVALID_REQUEST("INVALID_REQUEST", 400, "Invalid request"),
    INVALID_DATE_FORMAT("INVALID_DATE_FORMAT", 400, "Dates must be in DD/MM/YYYY format"),
    MISSING_DATE_FIELD("MISSING_DATE_FIELD", 400, "Both from_date and to_date must be provided"),
    INVALID_DATE_RANGE("INVALID_DATE_RANGE", 400, "from_date must be before to_date"),
    INVALID_BANK_NAME("INVALID_BANK_NAME", 400, "Please use following bank strings: [{banks}]"),
    INVALID_SESSION_EXPIRY("INVALID_SESSION_EXPIRY", 400, "Min = 5, Max = 43200"),

    // session
    SESSION_NOT_FOUND("SESSION_NOT_FOUND", 400, "The provided Session ID is invalid"),
    SESSION_EXPIRED("SESSION_EXPIRED", 400, "This session has expired"),

    // file and upload
    MISSING_FILE_OBJECT("MISSING_FILE_OBJECT", 400, "This file object is required"),
    INVALID_FILE_FORM_FIELD("INVALID_FILE_OBJECT", 400,
            "This field must be present as a form field. Send request with correct content type"),
    INVALID_BASE_64("INVALID_BASE_64", 400, "Invalid Base 64 string"),
    INVALID_FILE_URL("INVALID_FILE_URL", 400, "This file url is invalid"),
    EMPTY_FILE("EMPTY_FILE", 400, "File object is empty"),
    INVALID_FILE_OBJECT("INVALID_FILE_OBJECT", 400, "File object is invalid"),

    // PDF
    PASSWORD_INCORRECT("PASSWORD_INCORRECT", 400, "The provided password is incorrect"),
    PDF_IS_IMAGE("PDF_IS_IMAGE", 400, "Scanned images are not supported"),
    PDF_CERTIFICATE_ENCRYPTED("PDF_CERTIFICATE_ENCRYPTED", 400,
            "Certificate-encrypted PDFs are not supported. Please upload the statement without certificate protection"),
    PDF_TOO_COMPLEX("PDF_TOO_COMPLEX", 400, "The PDF exceeds the processing limits ({limit})"),

    // bank and parsing
    BANK_NAME_UNDETECTED("BANK_NAME_UNDETECTED", 400, "Unable to detect bank. Please provide BANK NAME."),
    BANK_NAME_MISMATCH("BANK_NAME_MISMATCH", 400, "Not {selected_bank_name} bank statement"),
    STATEMENT_UNSUPPORTED_FORMAT("STATEMENT_UNSUPPORTED_FORMAT", 400, "The statement format is not supported"),

    // rules
    INVALID_ACCOUNT_CATEGORY("INVALID_ACCOUNT_CATEGORY", 400, "Account category is invalid"),
    STATEMENT_DUPLICATE("STATEMENT_DUPLICATE", 400, "A duplicate statement has been detected"),
    OUT_OF_DATE_RANGE("OUT_OF_DATE_RANGE", 400, "No transactions in expected date range");

    private final String code;
    private final int httpStatus;
    private final String template;

    ErrorCode(String code, int httpStatus, String template) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.template = template;
    }

    /** The code as it appears on the wire, e.g. {@code INVALID_FILE_OBJECT}. */
    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The message with its {@code {placeholders}} unfilled. */
    public String template() {
        return template;
    }
}
