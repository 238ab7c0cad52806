package dev.passbook.core.domain.archviolation;

import dev.passbook.core.port.SessionRepository;

/** Bad sample: a domain record reaching up into the ports. */
public record DomainUsingAPort(SessionRepository sessions) {
}
