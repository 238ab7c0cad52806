package dev.passbook.adapters.http.testing;

import dev.passbook.core.fixtures.FakeBankParser;
import dev.passbook.core.fixtures.FakeDocumentReader;
import dev.passbook.core.fixtures.StatementFile;

import dev.passbook.adapters.http.HttpApiServer;
import dev.passbook.adapters.http.HttpSettings;
import dev.passbook.adapters.http.TestClient;
import dev.passbook.adapters.http.api.PassbookHttpApi;
import dev.passbook.adapters.http.fetch.FetchSettings;
import dev.passbook.adapters.http.fetch.HttpFileFetcher;
import dev.passbook.core.application.AccessPolicy;
import dev.passbook.core.application.CreateSessionService;
import dev.passbook.core.application.ReadStatement;
import dev.passbook.core.application.SessionQueryService;
import dev.passbook.core.application.SimpleNameMatcher;
import dev.passbook.core.port.StatementAnalyzer;
import dev.passbook.core.application.UploadStatementService;
import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.Organisation;
import dev.passbook.core.inmemory.InMemoryOrganisationDirectory;
import dev.passbook.core.inmemory.InMemorySessionRepository;
import dev.passbook.core.inmemory.InMemoryStatementRepository;
import dev.passbook.core.spi.ParserRegistry;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The real API on a real socket (port 0) over the real core services and in-memory ports, with
 * the text stand-ins for PDF reading and parsing. "Today" is 2024-04-15. Organisations and keys:
 * {@link #KEY} (regular), {@link #OTHER_KEY}, {@link #EXPIRED_KEY} (trial ended),
 * {@link #NO_FLOW_KEY} (session flow off), {@link #INDIVIDUALS_KEY} (individual accounts only).
 * {@code file_url} fetching is real, with 127.0.0.1 allow-listed.
 */
public final class ApiWorld implements AutoCloseable {

    public static final String KEY = "key-regular";
    public static final String OTHER_KEY = "key-other";
    public static final String EXPIRED_KEY = "key-expired";
    public static final String NO_FLOW_KEY = "key-noflow";
    public static final String INDIVIDUALS_KEY = "key-individuals";
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-04-15T10:00:00Z"), ZoneOffset.UTC);
    public static final long BODY_LIMIT = 256 * 1024;

    public final InMemoryOrganisationDirectory directory = new InMemoryOrganisationDirectory();
    public final InMemorySessionRepository sessions = new InMemorySessionRepository();
    public final InMemoryStatementRepository statements = new InMemoryStatementRepository();
    /** What {@code /ready} reports; tests set failing checks here. */
    public final java.util.concurrent.atomic.AtomicReference<java.util.Map<String, String>> readiness =
            new java.util.concurrent.atomic.AtomicReference<>(java.util.Map.of());
    public final PassbookHttpApi api;
    public final HttpApiServer server;
    public final TestClient client;

    public ApiWorld() {
        HashSet<AccountCategory> both = HashSet.of(AccountCategory.INDIVIDUAL, AccountCategory.CORPORATE);
        directory.register(new Organisation("org-regular", "Regular Lender", Option.none(), true, both), KEY);
        directory.register(new Organisation("org-other", "Other Lender", Option.none(), true, both), OTHER_KEY);
        directory.register(new Organisation("org-expired", "Expired Trial", Option.some(LocalDate.of(2024, 4, 14)), true, both), EXPIRED_KEY);
        directory.register(new Organisation("org-noflow", "No Session Flow", Option.none(), false, both), NO_FLOW_KEY);
        directory.register(new Organisation("org-individuals", "Individuals Only", Option.none(), true,
                HashSet.of(AccountCategory.INDIVIDUAL)), INDIVIDUALS_KEY);
        ParserRegistry registry = ParserRegistry.of(FakeBankParser.hdfc(), FakeBankParser.sbi());
        AccessPolicy access = new AccessPolicy(directory, CLOCK);
        HttpFileFetcher fetcher = new HttpFileFetcher(FetchSettings.defaults().withAllowList(List.of("127.0.0.1")));
        UploadStatementService uploads = new UploadStatementService(access, sessions, statements,
                new ReadStatement(new FakeDocumentReader(), registry, StatementAnalyzer.none(), new SimpleNameMatcher()),
                fetcher, CLOCK);
        api = new PassbookHttpApi(access, uploads, new CreateSessionService(access, sessions, registry, CLOCK),
                new SessionQueryService(access, sessions, statements, registry), readiness::get);
        server = api.start(HttpSettings.onPort(0).withHost("127.0.0.1").withMaxBodyBytes(BODY_LIMIT));
        client = new TestClient(server.baseUri());
    }

    /**
     * A statement of {@code bank} ({@code hdfc} or {@code sbi}) that the world's fake parsers read:
     * account 50100111122223333 of RAVI KUMAR, 12 MG ROAD, PUNE, IFSC of the bank, opening 5000.00.
     */
    public static StatementFile statement(String bank) {
        return holder(StatementFile.of(bank)).ifsc((bank.equals("sbi") ? "SBIN" : "HDFC") + "0001234");
    }

    /** The same holder's statement, which no installed parser recognises. */
    public static StatementFile statementOfNoKnownBank() {
        return holder(StatementFile.ofUnknownBank());
    }

    private static StatementFile holder(StatementFile f) {
        return f.account("50100111122223333").name("RAVI KUMAR").address("12 MG ROAD, PUNE").opening("5000.00");
    }

    /** Creates a session for {@code key} through the API and returns its id. */
    public String session(String key, String from, String to, String extraJson) {
        String body = "{\"link_id\":\"customer-42\",\"from_date\":\"" + from + "\",\"to_date\":\"" + to + "\""
                + (extraJson.isEmpty() ? "" : "," + extraJson) + "}";
        TestClient.Reply reply = client.postJson("/bank-connect/v1/session/", key, body);
        if (reply.status() != 200) {
            throw new IllegalStateException("session creation failed: " + reply.raw().body());
        }
        return reply.json().get("session_id").asText();
    }

    /** A session of the regular organisation from 01/11/2023 to 30/04/2024. */
    public String session() {
        return session(KEY, "01/11/2023", "30/04/2024", "");
    }

    @Override
    public void close() {
        server.close();
    }
}
