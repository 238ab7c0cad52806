package dev.passbook.core.application;

import dev.passbook.core.document.Document;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Organisation;
import dev.passbook.core.domain.Session;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.FileFetcher;
import dev.passbook.core.port.StatementRepository;
import dev.passbook.core.spi.CatalogueEntry;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.ParserRegistry;
import dev.passbook.core.spi.StatementParser;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * The upload rules of API.md, each a small function returning {@code Either}; the first
 * {@code Left} wins. {@link UploadStatementService#upload} applies them in this order:
 * <ol>
 * <li>auth rules ({@link AccessPolicy});</li>
 * <li>{@link #requestShape} — INVALID_REQUEST (session_id and upload_type reported together);</li>
 * <li>{@link #sessionOfOrganisation}, {@link #sessionNotExpired} — SESSION_NOT_FOUND, SESSION_EXPIRED;</li>
 * <li>{@link #bankNameKnown} — INVALID_BANK_NAME;</li>
 * <li>{@link #fileBytes}, {@link #notEmpty} — MISSING_FILE_OBJECT, INVALID_FILE_OBJECT (form field),
 *     INVALID_BASE_64, INVALID_FILE_URL, EMPTY_FILE; then the {@code DocumentReader}: INVALID_FILE_OBJECT,
 *     PASSWORD_INCORRECT, PDF_IS_IMAGE...;</li>
 * <li>{@link ReadStatement}: {@link #chooseParser} — BANK_NAME_UNDETECTED, BANK_NAME_MISMATCH; then the
 *     parse — STATEMENT_UNSUPPORTED_FORMAT when the parser refuses, fails, reads no row, or reads rows
 *     that do not chain;</li>
 * <li>{@link #categoryAllowed}, {@link #notDuplicate}, {@link #inSessionPeriod} — INVALID_ACCOUNT_CATEGORY,
 *     STATEMENT_DUPLICATE, OUT_OF_DATE_RANGE.</li>
 * </ol>
 */
public final class UploadRules {

    static final String REQUIRED = "This field is required.";

    private UploadRules() {
    }

    /** session_id present and upload_type PDF or BASE64; every problem is reported in {@code fields}. */
    public static Either<UploadError, RequestShape> requestShape(Option<String> sessionId, Option<String> uploadType) {
        Option<String> id = sessionId.map(String::strip).filter(s -> !s.isEmpty());
        Option<String> typeText = uploadType.filter(s -> !s.isBlank());
        Option<UploadType> type = typeText.flatMap(UploadType::fromWire);
        if (id.isDefined() && type.isDefined()) {
            return Either.right(new RequestShape(id.get(), type.get()));
        }
        UploadError error = UploadError.of(ErrorCode.INVALID_REQUEST);
        if (id.isEmpty()) {
            error = error.withField("session_id", REQUIRED);
        }
        if (typeText.isEmpty()) {
            error = error.withField("upload_type", REQUIRED);
        } else if (type.isEmpty()) {
            error = error.withField("upload_type", "\"" + typeText.get() + "\" is not a valid choice. Allowed: PDF, BASE64.");
        }
        return Either.left(error);
    }

    /** The session exists and belongs to the caller's organisation; another's is reported as unknown. */
    public static Either<UploadError, Session> sessionOfOrganisation(Option<Session> found, Organisation org) {
        return found.filter(s -> s.organisationId().equals(org.id()))
                .toEither(() -> UploadError.of(ErrorCode.SESSION_NOT_FOUND));
    }

    public static Either<UploadError, Session> sessionNotExpired(Session session, Instant now) {
        return session.expiredAt(now) ? Either.left(UploadError.of(ErrorCode.SESSION_EXPIRED)) : Either.right(session);
    }

    /** A given bank_name (trimmed, lower-cased) is a bank some installed parser reads. */
    public static Either<UploadError, Option<String>> bankNameKnown(Option<String> bankName, ParserRegistry registry) {
        Option<String> bank = normaliseBank(bankName);
        if (bank.isEmpty() || registry.knowsBank(bank.get())) {
            return Either.right(bank);
        }
        return Either.left(invalidBankName(registry));
    }

    static Option<String> normaliseBank(Option<String> bankName) {
        return bankName.map(b -> b.strip().toLowerCase(Locale.ROOT)).filter(b -> !b.isEmpty());
    }

    static UploadError invalidBankName(ParserRegistry registry) {
        String ids = registry.catalogue().map(CatalogueEntry::bank).map(b -> b.id()).mkString(", ");
        return UploadError.of(ErrorCode.INVALID_BANK_NAME, Map.of("banks", ids));
    }

    /**
     * The file's bytes from wherever the request put them. A PDF upload takes a file part or a URL; a
     * BASE64 upload takes base64 text as a file part, a text field or the body behind a URL.
     */
    public static Either<UploadError, byte[]> fileBytes(FileSource source, UploadType type, FileFetcher fetcher) {
        if (source instanceof FileSource.Missing) {
            return Either.left(UploadError.of(ErrorCode.MISSING_FILE_OBJECT));
        }
        if (source instanceof FileSource.NotAFormField) {
            return Either.left(UploadError.of(ErrorCode.INVALID_FILE_FORM_FIELD));
        }
        if (source instanceof FileSource.Text text) {
            return type == UploadType.BASE64 ? base64(text.text())
                    : Either.left(UploadError.of(ErrorCode.INVALID_FILE_FORM_FIELD));
        }
        if (source instanceof FileSource.Blob blob) {
            return type == UploadType.BASE64 ? base64(new String(blob.bytes(), StandardCharsets.ISO_8859_1))
                    : Either.right(blob.bytes());
        }
        FileSource.Url url = (FileSource.Url) source;
        Either<UploadError, byte[]> fetched = url.url().isBlank()
                ? Either.left(UploadError.of(ErrorCode.INVALID_FILE_URL)) : fetcher.fetch(url.url().strip());
        return type == UploadType.BASE64
                ? fetched.flatMap(bytes -> base64(new String(bytes, StandardCharsets.ISO_8859_1))) : fetched;
    }

    static Either<UploadError, byte[]> base64(String text) {
        return Base64Text.decode(text).toEither(() -> UploadError.of(ErrorCode.INVALID_BASE_64));
    }

    public static Either<UploadError, byte[]> notEmpty(byte[] file) {
        return file.length == 0 ? Either.left(UploadError.of(ErrorCode.EMPTY_FILE)) : Either.right(file);
    }

    /**
     * Which parser reads the document and under which bank. A detection naming a bank must agree
     * with the selected bank; with no bank recognised, the selected bank's parser is used; with
     * neither, the bank is undetected. A detection that names a bank outranks a higher one that names
     * none ({@link ParserRegistry#ranked}).
     */
    public static Either<UploadError, ChosenParser> chooseParser(Document document, Option<String> selectedBank,
                                                                 ParserRegistry registry) {
        Option<Tuple2<StatementParser, Detection>> detected = registry.detect(document)
                .filter(t -> t._2.bankId().isDefined());
        if (detected.isDefined()) {
            String bank = detected.get()._2.bankId().get();
            if (selectedBank.isDefined() && !selectedBank.get().equals(bank)) {
                return Either.left(UploadError.of(ErrorCode.BANK_NAME_MISMATCH,
                        Map.of("selected_bank_name", selectedBank.get())));
            }
            return Either.right(new ChosenParser(detected.get()._1, bank));
        }
        return selectedBank
                .flatMap(bank -> registry.forBank(bank).map(p -> new ChosenParser(p, bank)))
                .toEither(() -> UploadError.of(ErrorCode.BANK_NAME_UNDETECTED));
    }

    public static Either<UploadError, Identity> categoryAllowed(Identity identity, Organisation org) {
        return org.allowedCategories().contains(identity.accountCategory()) ? Either.right(identity)
                : Either.left(UploadError.of(ErrorCode.INVALID_ACCOUNT_CATEGORY));
    }

    /** Neither the same bytes nor the same account + transactions were accepted in this session. */
    public static Either<UploadError, String> notDuplicate(StatementRepository statements, String sessionId,
                                                           String fileSha256, String contentFingerprint) {
        return statements.existsWithFile(sessionId, fileSha256) || statements.existsWithFingerprint(sessionId, contentFingerprint)
                ? Either.left(UploadError.of(ErrorCode.STATEMENT_DUPLICATE)) : Either.right(contentFingerprint);
    }

    /** At least one transaction dated inside the session's from..to. */
    public static Either<UploadError, List<Transaction>> inSessionPeriod(List<Transaction> transactions, DateRange period) {
        return transactions.exists(t -> period.contains(t.date())) ? Either.right(transactions)
                : Either.left(UploadError.of(ErrorCode.OUT_OF_DATE_RANGE));
    }
}
