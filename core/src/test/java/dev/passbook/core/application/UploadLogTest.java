package dev.passbook.core.application;

import dev.passbook.core.fixtures.StatementFile;
import dev.passbook.core.fixtures.TestWorld;
import io.vavr.control.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One line per upload, with what operators need and without secrets (SLF4J goes to JUL here: slf4j-jdk14). */
class UploadLogTest {

    private final Logger logger = Logger.getLogger(UploadStatementService.class.getName());
    private final List<String> lines = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(new java.util.logging.SimpleFormatter().formatMessage(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previous;

    @BeforeEach
    void capture() {
        previous = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
        logger.setLevel(previous);
    }

    @Test
    void acceptedUploadLogsOneLineWithIdBankPagesAndTimingsButNoSecrets() {
        TestWorld world = new TestWorld();
        UploadStatementCommand cmd = new UploadStatementCommand(Option.some(TestWorld.regularKey()),
                Option.some(world.openSession.id()), Option.some("PDF"), Option.none(),
                FileSource.blob(StatementFile.typical("hdfc").password("hunter2").bytes()), Option.some("hunter2"));
        String statementId = world.upload(cmd).get().statement().id();
        assertEquals(1, lines.size(), lines.toString());
        String line = lines.get(0);
        assertTrue(line.contains(statementId), line);
        assertTrue(line.contains("bank=hdfc"), line);
        assertTrue(line.contains("pages=1"), line);
        assertTrue(line.contains("total_ms="), line);
        assertTrue(line.contains("XXXXXXXXXX6789"), line);
        assertFalse(line.contains("hunter2"), line);
        assertFalse(line.contains(TestWorld.regularKey()), line);
        assertFalse(line.contains("50100123456789"), line);
    }

    @Test
    void rejectedUploadLogsOneLineWithTheCodeAndNoSecrets() {
        TestWorld world = new TestWorld();
        UploadStatementCommand cmd = new UploadStatementCommand(Option.some(TestWorld.regularKey()),
                Option.some(world.openSession.id()), Option.some("PDF"), Option.none(),
                FileSource.blob(StatementFile.typical("hdfc").password("hunter2").bytes()), Option.some("wrong-pass"));
        assertEquals("PASSWORD_INCORRECT", world.upload(cmd).getLeft().code());
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("code=PASSWORD_INCORRECT"), lines.get(0));
        assertFalse(lines.get(0).contains("wrong-pass"), lines.get(0));
        assertFalse(lines.get(0).contains(TestWorld.regularKey()), lines.get(0));
    }

    @Test
    void callerSuppliedSessionIdCannotBreakTheLogLine() {
        TestWorld world = new TestWorld();
        UploadStatementCommand cmd = new UploadStatementCommand(Option.some(TestWorld.regularKey()),
                Option.some("abc\nFAKE upload accepted"), Option.some("PDF"), Option.none(), FileSource.missing(),
                Option.none());
        world.upload(cmd);
        assertEquals(1, lines.size());
        assertFalse(lines.get(0).contains("\n"), lines.get(0));
    }
}
