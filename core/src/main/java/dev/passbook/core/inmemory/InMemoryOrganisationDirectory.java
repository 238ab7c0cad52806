package dev.passbook.core.inmemory;

import dev.passbook.core.domain.Organisation;
import dev.passbook.core.domain.ApiKeys;
import dev.passbook.core.port.OrganisationDirectory;
import io.vavr.control.Option;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Organisations in memory, keyed by the SHA-256 of their API keys: the keys themselves are never
 * kept. Re-registering an organisation updates it for every key it holds.
 */
public final class InMemoryOrganisationDirectory implements OrganisationDirectory {

    private final ConcurrentMap<String, String> orgIdByKeyHash = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Organisation> byId = new ConcurrentHashMap<>();

    @Override
    public Option<Organisation> findByApiKey(String apiKey) {
        return Option.of(orgIdByKeyHash.get(ApiKeys.hash(apiKey))).flatMap(id -> Option.of(byId.get(id)));
    }

    @Override
    public void register(Organisation organisation, String apiKey) {
        byId.put(organisation.id(), organisation);
        orgIdByKeyHash.put(ApiKeys.hash(apiKey), organisation.id());
    }

    /** True when {@code text} is one of the stored hashes; lets tests prove no plain key is stored. */
    public boolean storesKey(String text) {
        return orgIdByKeyHash.containsKey(text);
    }
}
