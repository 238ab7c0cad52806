package dev.passbook.app.robustness;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Everything the process logs while installed: every java.util.logging record at every level,
 * formatted with its parameters and stack trace, and everything written to System.out/System.err
 * (slf4j-simple writes there: Passbook's SLF4J loggers and PDFBox through jcl-over-slf4j). The JDK
 * HTTP client's own debug tracing is left out: at FINE it echoes the test client's requests.
 */
final class LogCapture implements AutoCloseable {

    private final StringBuffer records = new StringBuffer();
    private final ByteArrayOutputStream streams = new ByteArrayOutputStream();
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final Logger root = LogManager.getLogManager().getLogger("");
    private final Level originalLevel = root.getLevel();
    // strong references: the JDK HTTP client's FINE tracing echoes the test client's own requests
    private final Logger clientTrace = Logger.getLogger("jdk.internal.httpclient");
    private final Logger clientLog = Logger.getLogger("jdk.httpclient.HttpClient");
    private final Handler handler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
            String source = record.getSourceClassName() == null ? "" : record.getSourceClassName();
            if (logger.startsWith("jdk.internal.httpclient") || logger.startsWith("jdk.httpclient")
                    || source.startsWith("jdk.internal.net.http")) {
                return; // the JDK HTTP client's FINE tracing: the test's own client (and off in production)
            }
            records.append(formatter.format(record));
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                records.append(trace);
            }
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    records.append(' ').append(p);
                }
            }
            records.append('\n');
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    LogCapture() {
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
        root.setLevel(Level.ALL);
        clientTrace.setLevel(Level.INFO);
        clientLog.setLevel(Level.INFO);
        System.setOut(new PrintStream(tee(originalOut), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(tee(originalErr), true, StandardCharsets.UTF_8));
    }

    private OutputStream tee(PrintStream original) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (streams) {
                    streams.write(b);
                }
                original.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (streams) {
                    streams.write(b, off, len);
                }
                original.write(b, off, len);
            }
        };
    }

    String text() {
        synchronized (streams) {
            return records + "\n" + streams.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        root.removeHandler(handler);
        root.setLevel(originalLevel);
        clientTrace.setLevel(null);
        clientLog.setLevel(null);
        System.setOut(originalOut);
        System.setErr(originalErr);
    }
}
