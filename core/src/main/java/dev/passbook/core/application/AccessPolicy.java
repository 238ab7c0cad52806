package dev.passbook.core.application;

import dev.passbook.core.domain.Organisation;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.OrganisationDirectory;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The authentication and organisation rules of API.md, applied to every endpoint in this order:
 * INVALID_API_KEY, TRIAL_PERIOD_EXPIRED, ROUTE_NOT_ALLOWED (session routes only).
 * "Today" for the trial is the day of the injected clock in the clock's zone.
 */
public final class AccessPolicy {

    /** Who to ask for an upgrade in the trial message; reproduces API.md's text. */
    public static final String DEFAULT_OPERATOR = "FinBox";

    /** Which kind of route is being called: session routes need the session flow enabled. */
    public enum Route { SESSION, OTHER }

    private final OrganisationDirectory directory;
    private final Clock clock;
    private final String operatorName;

    public AccessPolicy(OrganisationDirectory directory, Clock clock, String operatorName) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.operatorName = Objects.requireNonNull(operatorName, "operatorName");
    }

    public AccessPolicy(OrganisationDirectory directory, Clock clock) {
        this(directory, clock, DEFAULT_OPERATOR);
    }

    /** The caller's organisation, or the first auth rule it breaks. */
    public Either<UploadError, Organisation> authorise(Option<String> apiKey, Route route) {
        return knownKey(apiKey)
                .flatMap(this::trialNotExpired)
                .flatMap(org -> route == Route.SESSION ? sessionFlowEnabled(org) : Either.right(org));
    }

    Either<UploadError, Organisation> knownKey(Option<String> apiKey) {
        return apiKey.filter(k -> !k.isBlank())
                .flatMap(directory::findByApiKey)
                .toEither(() -> UploadError.of(ErrorCode.INVALID_API_KEY));
    }

    Either<UploadError, Organisation> trialNotExpired(Organisation org) {
        return org.trialExpiredOn(LocalDate.now(clock))
                ? Either.left(UploadError.of(ErrorCode.TRIAL_PERIOD_EXPIRED, Map.of("operator", operatorName)))
                : Either.right(org);
    }

    static Either<UploadError, Organisation> sessionFlowEnabled(Organisation org) {
        return org.sessionFlowEnabled() ? Either.right(org) : Either.left(UploadError.of(ErrorCode.ROUTE_NOT_ALLOWED));
    }
}
