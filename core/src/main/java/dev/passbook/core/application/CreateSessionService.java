package dev.passbook.core.application;

import dev.passbook.core.application.AccessPolicy.Route;
import dev.passbook.core.domain.Session;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.SessionRepository;
import dev.passbook.core.spi.ParserRegistry;
import io.vavr.control.Either;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** The create-session use case: auth rules, then {@link SessionRules} in order; the session is saved. */
public final class CreateSessionService {

    private final AccessPolicy access;
    private final SessionRepository sessions;
    private final ParserRegistry registry;
    private final Clock clock;

    public CreateSessionService(AccessPolicy access, SessionRepository sessions, ParserRegistry registry, Clock clock) {
        this.access = Objects.requireNonNull(access, "access");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Either<UploadError, Session> create(CreateSessionCommand cmd) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        return access.authorise(cmd.apiKey(), Route.SESSION).flatMap(org ->
                SessionRules.linkId(cmd.linkId()).flatMap(linkId ->
                        SessionRules.period(cmd.fromDate(), cmd.toDate(), today).flatMap(period ->
                                SessionRules.bankName(cmd.bankName(), registry).flatMap(bank ->
                                        SessionRules.expiryMinutes(cmd.sessionExpiry()).map(minutes -> {
                                            Session session = new Session(UUID.randomUUID().toString(), org.id(), linkId,
                                                    period, now, now.plus(Duration.ofMinutes(minutes)),
                                                    cmd.expectedNames().map(String::strip).filter(n -> !n.isEmpty()),
                                                    bank);
                                            sessions.save(session);
                                            return session;
                                        })))));
    }
}
