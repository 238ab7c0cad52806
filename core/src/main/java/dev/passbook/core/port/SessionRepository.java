package dev.passbook.core.port;

import dev.passbook.core.domain.Session;
import io.vavr.control.Option;

public interface SessionRepository {

    void save(Session session);

    Option<Session> findById(String sessionId);
}
