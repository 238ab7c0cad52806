package dev.passbook.core.inmemory;

import dev.passbook.core.domain.Session;
import dev.passbook.core.port.SessionRepository;
import io.vavr.control.Option;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Sessions in memory: for tests and for {@code passbook parse}, which runs without a database. */
public final class InMemorySessionRepository implements SessionRepository {

    private final ConcurrentMap<String, Session> byId = new ConcurrentHashMap<>();

    @Override
    public void save(Session session) {
        byId.put(session.id(), session);
    }

    @Override
    public Option<Session> findById(String sessionId) {
        return Option.of(byId.get(sessionId));
    }
}
