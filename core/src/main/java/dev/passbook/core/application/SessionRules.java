package dev.passbook.core.application;

import dev.passbook.core.domain.DateRange;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.spi.ParserRegistry;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The session API's rules, applied by {@link CreateSessionService} in this order after the auth
 * rules: {@link #linkId} (INVALID_REQUEST), {@link #period} (INVALID_DATE_FORMAT, MISSING_DATE_FIELD,
 * INVALID_DATE_RANGE), {@link UploadRules#bankNameKnown} (INVALID_BANK_NAME), {@link #expiryMinutes}
 * (INVALID_SESSION_EXPIRY). A blank date or expiry counts as not given.
 */
public final class SessionRules {

    public static final int MAX_LINK_ID = 500;
    public static final int MIN_EXPIRY_MINUTES = 5;
    public static final int MAX_EXPIRY_MINUTES = 43_200;
    public static final int DEFAULT_EXPIRY_MINUTES = 1_440;
    public static final int DEFAULT_PERIOD_MONTHS = 6;

    private static final DateTimeFormatter DD_MM_YYYY =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_SHAPE = Pattern.compile("^[0-9]{2}/[0-9]{2}/[0-9]{4}$");
    private static final Pattern MINUTES = Pattern.compile("^[0-9]{1,9}$");

    private SessionRules() {
    }

    public static Either<UploadError, String> linkId(Option<String> linkId) {
        Option<String> id = linkId.filter(s -> !s.isBlank());
        if (id.isEmpty()) {
            return Either.left(UploadError.invalidField(ErrorCode.INVALID_REQUEST, "link_id", UploadRules.REQUIRED));
        }
        if (id.get().length() > MAX_LINK_ID) {
            return Either.left(UploadError.invalidField(ErrorCode.INVALID_REQUEST, "link_id",
                    "Ensure this field has no more than " + MAX_LINK_ID + " characters."));
        }
        return Either.right(id.get());
    }

    /** Both dates or neither; neither means the {@value #DEFAULT_PERIOD_MONTHS} months up to today. */
    public static Either<UploadError, DateRange> period(Option<String> fromDate, Option<String> toDate, LocalDate today) {
        Option<String> fromText = fromDate.filter(s -> !s.isBlank());
        Option<String> toText = toDate.filter(s -> !s.isBlank());
        Either<UploadError, Option<LocalDate>> from = date(fromText);
        Either<UploadError, Option<LocalDate>> to = date(toText);
        if (from.isLeft()) {
            return Either.left(from.getLeft());
        }
        if (to.isLeft()) {
            return Either.left(to.getLeft());
        }
        if (from.get().isEmpty() && to.get().isEmpty()) {
            return Either.right(DateRange.of(today.minusMonths(DEFAULT_PERIOD_MONTHS), today));
        }
        if (from.get().isEmpty() || to.get().isEmpty()) {
            return Either.left(UploadError.of(ErrorCode.MISSING_DATE_FIELD));
        }
        return from.get().get().isBefore(to.get().get())
                ? Either.right(DateRange.of(from.get().get(), to.get().get()))
                : Either.left(UploadError.of(ErrorCode.INVALID_DATE_RANGE));
    }

    /** Strict {@code DD/MM/YYYY}: two-digit day and month, four-digit year, a real calendar day. */
    static Either<UploadError, Option<LocalDate>> date(Option<String> text) {
        if (text.isEmpty()) {
            return Either.right(Option.none());
        }
        String t = text.get().strip();
        Option<LocalDate> parsed = DATE_SHAPE.matcher(t).matches()
                ? Try.of(() -> LocalDate.parse(t, DD_MM_YYYY)).toOption() : Option.none();
        return parsed.isDefined() ? Either.right(parsed)
                : Either.left(UploadError.of(ErrorCode.INVALID_DATE_FORMAT));
    }

    public static Either<UploadError, Option<String>> bankName(Option<String> bankName, ParserRegistry registry) {
        return UploadRules.bankNameKnown(bankName, registry);
    }

    /** Whole minutes in {@value #MIN_EXPIRY_MINUTES}..{@value #MAX_EXPIRY_MINUTES}; absent means {@value #DEFAULT_EXPIRY_MINUTES}. */
    public static Either<UploadError, Integer> expiryMinutes(Option<String> sessionExpiry) {
        Option<String> text = sessionExpiry.map(String::strip).filter(s -> !s.isEmpty());
        if (text.isEmpty()) {
            return Either.right(DEFAULT_EXPIRY_MINUTES);
        }
        return Option.of(text.get()).filter(t -> MINUTES.matcher(t).matches())
                .map(Integer::parseInt)
                .filter(m -> m >= MIN_EXPIRY_MINUTES && m <= MAX_EXPIRY_MINUTES)
                .toEither(() -> UploadError.of(ErrorCode.INVALID_SESSION_EXPIRY));
    }
}
