package dev.passbook.core.port;

import dev.passbook.core.domain.ApiKeys;
import dev.passbook.core.domain.Organisation;
import io.vavr.control.Option;

/**
 * Organisations and their API keys. Implementations store only {@link ApiKeys#hash} of a key and
 * never log it.
 */
public interface OrganisationDirectory {

    Option<Organisation> findByApiKey(String apiKey);

    /** Adds the organisation (or updates it) and grants it {@code apiKey}. */
    void register(Organisation organisation, String apiKey);
}
