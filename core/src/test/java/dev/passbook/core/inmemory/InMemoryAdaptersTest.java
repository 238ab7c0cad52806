package dev.passbook.core.inmemory;

import dev.passbook.core.domain.Statement;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.fixtures.Fixtures;
import dev.passbook.core.fixtures.StatementFile;
import dev.passbook.core.fixtures.TestWorld;
import dev.passbook.core.domain.ApiKeys;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InMemoryAdaptersTest {

    @Test
    void directoryStoresOnlyTheHashOfAnApiKey() {
        InMemoryOrganisationDirectory directory = new InMemoryOrganisationDirectory();
        directory.register(Fixtures.regularOrganisation(), "pbk_secret");
        assertFalse(directory.storesKey("pbk_secret"));
        assertTrue(directory.storesKey(ApiKeys.hash("pbk_secret")));
        assertEquals("org-regular", directory.findByApiKey("pbk_secret").get().id());
        assertTrue(directory.findByApiKey("pbk_other").isEmpty());
    }

    @Test
    void concurrentUploadsOfTheSameFileStoreExactlyOne() throws Exception {
        TestWorld world = new TestWorld();
        byte[] file = StatementFile.typical("hdfc").bytes();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            var tasks = new ArrayList<Callable<Either<UploadError, ?>>>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> world.upload(world.pdfUpload(file)));
            }
            long accepted = 0;
            for (Future<Either<UploadError, ?>> f : pool.invokeAll(tasks)) {
                Either<UploadError, ?> r = f.get();
                if (r.isRight()) {
                    accepted++;
                } else {
                    assertEquals("STATEMENT_DUPLICATE", r.getLeft().code());
                }
            }
            assertEquals(1, accepted);
            assertEquals(1, world.statements.findBySession(world.openSession.id()).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void repositoryRefusesASecondStatementWithTheSameFingerprint() {
        TestWorld world = new TestWorld();
        Statement first = world.upload(world.pdfUpload(StatementFile.typical("hdfc").bytes())).get().statement();
        InMemoryStatementRepository repo = new InMemoryStatementRepository();
        assertTrue(repo.save(first).isRight());
        Statement sameContent = new Statement("other-id", first.sessionId(), first.organisationId(), first.accountId(),
                first.bankId(), first.layoutId(), 1, first.identity(), first.period(), first.extracted(),
                first.openingBalance(), first.closingBalance(), first.transactions(), "another-sha",
                first.contentFingerprint(), first.verification(), first.fraudSignals(), first.nameMatches(), first.createdAt());
        assertEquals("STATEMENT_DUPLICATE", repo.save(sameContent).getLeft().code());
        assertTrue(repo.existsWithFile(first.sessionId(), first.fileSha256()));
        assertTrue(repo.existsWithFingerprint(first.sessionId(), first.contentFingerprint()));
        assertFalse(repo.existsWithFile("another-session", first.fileSha256()));
    }
}
