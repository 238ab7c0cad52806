package dev.passbook.app.robustness;

import dev.passbook.adapters.persistence.DatabaseSettings;
import dev.passbook.core.error.ErrorCode;
import io.vavr.collection.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bounded, seeded fuzz run over {@code POST /statement/upload_session/} on the production wiring
 * (real PDF reader with a 3 s budget, H2, Jetty with a 4 MB body limit). Every answer must be a
 * catalogued 4xx JSON envelope (a mutated PDF may also be accepted, 200), never a 5xx; no answer
 * may take longer than a generous bound derived from the reader's budget; and a normal upload
 * still succeeds afterwards. Counts per family are printed for {@code docs/reliability.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UploadFuzzTest {

    static final long SEED = 20241124L;
    static final Duration BUDGET = Duration.ofSeconds(3);
    /** Generous: the budget, twice, plus fixed slack for a loaded shared machine; a budget check, not a benchmark. */
    static final long BOUND_MS = 2 * BUDGET.toMillis() + 12_000;
    static final long BODY_LIMIT = 4L * 1024 * 1024;

    static final Set<String> CATALOGUE = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).collect(Collectors.toSet());

    @TempDir
    static Path dir;
    static TestService service;
    static ApiClient api;
    static String key;
    static String session;
    static byte[] plain;
    static byte[] encrypted;
    static final Map<String, Integer> counts = new TreeMap<>();
    static final Map<String, Integer> accepted = new TreeMap<>();
    static long slowest;

    @BeforeAll
    static void start() {
        service = TestService.start(DatabaseSettings.embedded(dir), new TestService.Limits(BODY_LIMIT, BUDGET, List.empty()));
        api = service.client();
        key = service.a.apiKey();
        session = api.createSession(key);
        plain = LedgerPdf.statement("11122233344455", 30, "fuzz");
        encrypted = LedgerPdf.statement("11122233344466", 10, "fuzz-enc", "s3cret-pw");
    }

    @AfterAll
    static void stop() {
        System.out.println("[fuzz] cases per family " + counts + "; accepted (200) " + accepted + "; slowest " + slowest
                + " ms; bound " + BOUND_MS + " ms");
        service.close();
    }

    /** Checks one answer; returns a failure description or null. */
    static String judge(String family, String label, ApiClient.Reply reply, boolean mayAccept) {
        counts.merge(family, 1, Integer::sum);
        slowest = Math.max(slowest, reply.millis());
        if (reply.millis() > BOUND_MS) {
            return label + ": took " + reply.millis() + " ms (bound " + BOUND_MS + ")";
        }
        if (reply.status() == 200 && mayAccept) {
            accepted.merge(family, 1, Integer::sum);
            return reply.json().path("statement_id").asText().isEmpty() && reply.json().path("session_id").asText().isEmpty()
                    ? label + ": 200 without statement_id or session_id" : null;
        }
        if (reply.status() < 400 || reply.status() > 499) {
            return label + ": " + reply;
        }
        String code;
        try {
            code = reply.code();
        } catch (AssertionError notJson) {
            return label + ": not a JSON envelope: " + reply;
        }
        if (!CATALOGUE.contains(code)) {
            return label + ": code not in the catalogue: " + reply;
        }
        // the status is the catalogue's for that code (INVALID_REQUEST also carries Jetty's own 4xx: 414, 431, ...)
        if (!code.equals("INVALID_REQUEST") && !code.equals("SESSION_NOT_FOUND")
                && Arrays.stream(ErrorCode.values()).noneMatch(e -> e.code().equals(code) && e.httpStatus() == reply.status())) {
            return label + ": status " + reply.status() + " is not the catalogue's for " + code;
        }
        if (reply.body().contains("Exception") || reply.body().contains("at dev.") || reply.body().contains("org.h2")) {
            return label + ": internals in the body: " + reply;
        }
        return null;
    }

    static void run(String family, java.util.List<Map.Entry<String, Supplier<ApiClient.Reply>>> cases, boolean mayAccept) {
        java.util.List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Supplier<ApiClient.Reply>> c : cases) {
            ApiClient.Reply reply;
            try {
                reply = c.getValue().get();
            } catch (RuntimeException e) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                failures.add(c.getKey() + ": no answer: " + e + " / " + root);
                continue;
            }
            String failure = judge(family, c.getKey(), reply, mayAccept);
            if (failure != null) {
                failures.add(failure);
            }
        }
        assertEquals(java.util.List.of(), failures, family + ": " + failures.size() + " of " + cases.size() + " cases failed");
    }

    static Map.Entry<String, Supplier<ApiClient.Reply>> pdfCase(String label, byte[] pdf) {
        return Map.entry(label, () -> api.uploadPdf(key, session, pdf));
    }

    static Map.Entry<String, Supplier<ApiClient.Reply>> pdfCase(String label, byte[] pdf, String password) {
        return Map.entry(label, () -> api.uploadPdf(key, session, pdf, password));
    }

    // ---------------------------------------------------------------- mutated PDFs

    @Test
    @Order(1)
    void randomlyMutatedPdfsAreRefusedWithACatalogueCodeOrAccepted() {
        Random random = new Random(SEED);
        java.util.List<Map.Entry<String, Supplier<ApiClient.Reply>>> cases = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            boolean enc = i % 4 == 3;
            byte[] seed = enc ? encrypted : plain;
            String password = enc ? "s3cret-pw" : null;
            byte[] mutated;
            String label;
            switch (i % 5) {
                case 0 -> {
                    int cut = 1 + random.nextInt(seed.length - 1);
                    mutated = Arrays.copyOf(seed, cut);
                    label = "truncate@" + cut;
                }
                case 1 -> {
                    mutated = seed.clone();
                    int flips = 1 + random.nextInt(24);
                    for (int f = 0; f < flips; f++) {
                        mutated[random.nextInt(mutated.length)] ^= (byte) (1 << random.nextInt(8));
                    }
                    label = "bitflip x" + flips;
                }
                case 2 -> {
                    // truncated, then re-closed so the %%EOF frame check passes
                    int cut = seed.length / 4 + random.nextInt(seed.length / 2);
                    mutated = concat(Arrays.copyOf(seed, cut), RawPdf.text("\nstartxref\n" + random.nextInt(cut) + "\n%%EOF\n"));
                    label = "truncate+reclose@" + cut;
                }
                case 3 -> {
                    mutated = seed.clone();
                    int from = random.nextInt(mutated.length - 64);
                    for (int k = 0; k < 64; k++) {
                        mutated[from + k] = (byte) random.nextInt(256);
                    }
                    label = "garble64@" + from;
                }
                default -> {
                    int from = random.nextInt(seed.length / 2);
                    int len = 1 + random.nextInt(seed.length / 4);
                    mutated = concat(Arrays.copyOf(seed, from + len), Arrays.copyOfRange(seed, from, seed.length));
                    label = "duplicate-range@" + from + "+" + len;
                }
            }
            cases.add(pdfCase((enc ? "enc " : "") + label + " #" + i, mutated, password));
        }
        run("pdf-random", cases, true);
    }

    @Test
    @Order(2)
    void mutatedBankLikeSamplesAreRefusedWithACatalogueCode() throws java.io.IOException {
        // the testkit's committed samples: RC4 owner-password encryption, embedded fonts, several layouts
        Path samples = Path.of("..", "docs", "samples");
        java.util.List<Path> seeds;
        try (Stream<Path> files = java.nio.file.Files.list(samples)) {
            seeds = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        assertTrue(seeds.size() >= 2, "samples in " + samples.toAbsolutePath());
        run("pdf-samples", mutations(seeds.subList(0, Math.min(3, seeds.size())), 8, new Random(SEED + 2)), true);
    }

    @Test
    @Order(2)
    void mutatedRedactedRealLayoutsAreRefusedWithACatalogueCode() throws java.io.IOException {
        // every redacted copy of a real layout in fixtures/redacted (one or more per layout family): real
        // producers' page geometry, line art and word spacing, which the testkit renderer never writes
        java.util.List<Path> redacted;
        try (Stream<Path> files = java.nio.file.Files.list(Path.of("..", "fixtures", "redacted"))) {
            redacted = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        assertTrue(redacted.size() >= 2, "redacted fixtures in fixtures/redacted");
        run("pdf-redacted", mutations(redacted, 4, new Random(SEED + 3)), true);
    }

    /** Each seed file as is, then {@code perSeed} copies with flipped bits or a 200-byte run of noise, alternately. */
    static java.util.List<Map.Entry<String, Supplier<ApiClient.Reply>>> mutations(java.util.List<Path> seedFiles, int perSeed, Random random)
            throws java.io.IOException {
        java.util.List<Map.Entry<String, Supplier<ApiClient.Reply>>> cases = new ArrayList<>();
        for (Path seedFile : seedFiles) {
            byte[] seed = java.nio.file.Files.readAllBytes(seedFile);
            cases.add(pdfCase(seedFile.getFileName() + " as is", seed));
            for (int i = 0; i < perSeed; i++) {
                byte[] mutated = seed.clone();
                if (i % 2 == 0) {
                    for (int f = 0; f < 1 + random.nextInt(16); f++) {
                        mutated[random.nextInt(mutated.length)] ^= (byte) (1 << random.nextInt(8));
                    }
                } else {
                    int from = random.nextInt(mutated.length - 200);
                    for (int k = 0; k < 200; k++) {
                        mutated[from + k] = (byte) random.nextInt(256);
                    }
                }
                cases.add(pdfCase(seedFile.getFileName() + " mutation " + i, mutated));
            }
        }
        return cases;
    }

    @Test
    @Order(3)
    void brokenCrossReferencesAreRefusedOrRecovered() {
        String text = new String(plain, StandardCharsets.ISO_8859_1);
        int startxref = text.lastIndexOf("startxref");
        java.util.List<Map.Entry<String, Supplier<ApiClient.Reply>>> cases = new ArrayList<>();
        cases.add(pdfCase("xref keyword garbled", RawPdf.text(text.replace("\nxref", "\nxqef"))));
        cases.add(pdfCase("startxref to 0", RawPdf.text(text.substring(0, startxref) + "startxref\n0\n%%EOF\n")));
        cases.add(pdfCase("startxref past end", RawPdf.text(text.substring(0, startxref) + "startxref\n999999999\n%%EOF\n")));
        cases.add(pdfCase("startxref negative", RawPdf.text(text.substring(0, startxref) + "startxref\n-5\n%%EOF\n")));
        cases.add(pdfCase("startxref huge", RawPdf.text(text.substring(0, startxref) + "startxref\n99999999999999999999999\n%%EOF\n")));
        cases.add(pdfCase("startxref to itself", RawPdf.text(text.substring(0, startxref) + "startxref\n" + startxref + "\n%%EOF\n")));
        cases.add(pdfCase("all offsets zero", RawPdf.text(text.replaceAll("\\d{10} 00000 n", "0000000000 00000 n"))));
        cases.add(pdfCase("no trailer", RawPdf.text(text.replace("trailer", "trailex"))));
        cases.add(pdfCase("Prev loop", RawPdf.text(text.replaceFirst("/Root", "/Prev " + startxref + " /Root"))));
        cases.add(pdfCase("empty after header", RawPdf.text("%PDF-1.7\n%%EOF\n")));
        cases.add(pdfCase("only header+eof 1k junk", concat(RawPdf.text("%PDF-1.4\n"), new byte[1000], RawPdf.text("%%EOF"))));
        cases.add(pdfCase("Root missing", new RawPdf().size("1").bytes()));
        run("pdf-xref", cases, true);
    }

    @Test
    @Order(4)
    void hostileStructuresStayWithinTheBudget() {
        java.util.List<Map.Entry<String, Supplier<ApiClient.Reply>>> cases = new ArrayList<>();
        // decompression bombs: page content, form XObject content, a stream nobody draws
        byte[] spaces = RawPdf.deflatedRepeat((byte) ' ', 300L * 1024 * 1024);
        cases.add(pdfCase("flate bomb page content 300MB (" + spaces.length + " B)",
                RawPdf.onePage(spaces, "/Filter /FlateDecode").bytes()));
        RawPdf form = new RawPdf();
        form.add("<< /Type /Catalog /Pages 2 0 R >>");
        form.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        form.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Fm0 5 0 R >> >> >>");
        form.stream("", RawPdf.text("/Fm0 Do /Fm0 Do /Fm0 Do"));
        form.stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Filter /FlateDecode", spaces);
        cases.add(pdfCase("flate bomb form xobject 300MB x3", form.bytes()));
        RawPdf meta = RawPdf.onePage(RawPdf.text("BT /F1 9 Tf 30 800 Td (BANK LEDGER) Tj ET"), "");
        meta.stream("/Type /Metadata /Subtype /XML /Filter /FlateDecode", spaces);
        cases.add(pdfCase("flate bomb unreferenced stream", meta.bytes()));
        RawPdf image = new RawPdf();
        image.add("<< /Type /Catalog /Pages 2 0 R >>");
        image.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        image.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im0 5 0 R >> >> >>");
        image.stream("", RawPdf.text("q 595 0 0 842 0 0 cm /Im0 Do Q"));
        image.stream("/Type /XObject /Subtype /Image /Width 20000 /Height 20000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode", spaces);
        cases.add(pdfCase("flate bomb image 300MB", image.bytes()));
        // deep nesting
        int depth = 100_000;
        cases.add(pdfCase("nested arrays in content x" + depth,
                RawPdf.onePage(RawPdf.text("[".repeat(depth) + "]".repeat(depth) + " BT /F1 9 Tf (X) Tj ET"), "").bytes()));
        cases.add(pdfCase("unclosed nested arrays in content x" + depth, RawPdf.onePage(RawPdf.text("[".repeat(depth)), "").bytes()));
        RawPdf dicts = RawPdf.onePage(RawPdf.text("BT /F1 9 Tf (X) Tj ET"), "");
        dicts.add("<< /A ".repeat(depth) + ">> ".repeat(depth));
        cases.add(pdfCase("nested dictionaries object x" + depth, dicts.trailer("/Info 6 0 R").bytes()));
        RawPdf arrays = RawPdf.onePage(RawPdf.text("BT /F1 9 Tf (X) Tj ET"), "");
        arrays.add("[".repeat(depth) + "]".repeat(depth));
        cases.add(pdfCase("nested arrays object x" + depth, arrays.trailer("/Info 6 0 R").bytes()));
        // huge counts and cycles
        cases.add(pdfCase("trailer /Size 2^31-1", RawPdf.onePage(RawPdf.text("BT /F1 9 Tf (X) Tj ET"), "").size("2147483647").bytes()));
        String one = new String(RawPdf.onePage(RawPdf.text("BT /F1 9 Tf (X) Tj ET"), "").bytes(), StandardCharsets.ISO_8859_1);
        cases.add(pdfCase("xref subsection of 2^31-1 entries", RawPdf.text(one.replace("xref\n0 6\n", "xref\n0 2147483647\n"))));
        cases.add(pdfCase("xref subsection 1e9 at high start", RawPdf.text(one.replace("xref\n0 6\n", "xref\n2000000000 1000000000\n"))));
        RawPdf count = RawPdf.onePage(RawPdf.text("BT /F1 9 Tf (X) Tj ET"), "");
        String counted = new String(count.bytes(), StandardCharsets.ISO_8859_1).replace("/Count 1", "/Count 999999999");
        cases.add(pdfCase("page tree /Count 999999999", RawPdf.text(counted)));
        RawPdf cycle = new RawPdf();
        cycle.add("<< /Type /Catalog /Pages 2 0 R >>");
        cycle.add("<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>");
        cycle.add("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 2 >>");
        cases.add(pdfCase("cyclic page tree", cycle.bytes()));
        RawPdf manyContents = RawPdf.onePage(RawPdf.text("BT /F1 9 Tf 30 800 Td (X) Tj ET "), "");
        String refs = Stream.generate(() -> "4 0 R").limit(200_000).collect(Collectors.joining(" "));
        String fan = new String(manyContents.bytes(), StandardCharsets.ISO_8859_1).replace("/Contents 4 0 R", "/Contents [" + refs + "]");
        cases.add(pdfCase("200k references to one content stream", RawPdf.text(fan)));
        RawPdf selfForm = new RawPdf();
        selfForm.add("<< /Type /Catalog /Pages 2 0 R >>");
        selfForm.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        selfForm.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Fm0 5 0 R >> >> >>");
        selfForm.stream("", RawPdf.text("/Fm0 Do"));
        selfForm.stream("/Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << /Fm0 5 0 R >> >>", RawPdf.text("/Fm0 Do /Fm0 Do"));
        cases.add(pdfCase("self-referencing form xobject", selfForm.bytes()));
        RawPdf objStm = RawPdf.onePage(RawPdf.text("BT /F1 9 Tf (X) Tj ET"), "");
        objStm.stream("/Type /ObjStm /N 2147483647 /First 10", RawPdf.text("6 0 7 5 8 9"));
        cases.add(pdfCase("object stream /N 2^31-1", objStm.bytes()));
        cases.add(pdfCase("negative /Length", RawPdf.text(one.replaceFirst("/Length \\d+", "/Length -999999"))));
        cases.add(pdfCase("huge /Length", RawPdf.text(one.replaceFirst("/Length \\d+", "/Length 9999999999999"))));
        long started = System.nanoTime();
        run("pdf-hostile", cases, true);
        System.out.println("[fuzz] hostile structures took " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    // ---------------------------------------------------------------- base64

    @Test
    @Order(5)
    void malformedBase64IsRefused() {
        Random random = new Random(SEED + 1);
        String good = Base64.getEncoder().encodeToString(plain);
        java.util.List<String> values = new ArrayList<>(java.util.List.of("", " ", "=", "====", "A", "AB=", "A===", "!!!!",
                "%%%%", "\u00e9\u00e9\u00e9\u00e9", "\u0000\u0000\u0000\u0000", "😀😀😀😀", "data:", "data:application/pdf;base64,",
                "data:application/pdf;base64,!!!", "data:;base64," + good.substring(0, Math.min(good.length(), 4000)), good.substring(0, good.length() - 3),
                good + "=", good + "====", "=" + good, good.replace('A', '-').replace('B', '+'), good.substring(1),
                Base64.getEncoder().encodeToString("hello, not a pdf".getBytes(StandardCharsets.UTF_8)),
                Base64.getEncoder().encodeToString(new byte[1]), "QUJD\nREVG\r\n\t====", "ab".repeat(300_000) + "!"));
        for (int i = 0; i < 30; i++) {
            char[] chars = good.substring(0, Math.min(good.length(), 100 + random.nextInt(4000))).toCharArray();
            for (int k = 0; k < 1 + random.nextInt(5); k++) {
                chars[random.nextInt(chars.length)] = (char) (random.nextInt(0x3000) + 1);
            }
            values.add(new String(chars));
        }
        java.util.List<Map.Entry<String, Supplier<ApiClient.Reply>>> cases = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String label = "base64 #" + i + " " + ApiClient.abbreviate(value.substring(0, Math.min(40, value.length())));
            cases.add(Map.entry(label + " (form)", () -> api.uploadForm(key, ordered("session_id", session, "upload_type", "BASE64", "file", value))));
            cases.add(Map.entry(label + " (multipart text)", () -> {
                ApiClient.Multipart m = new ApiClient.Multipart().field("session_id", session).field("upload_type", "BASE64").field("file", value);
                return api.send("POST", ApiClient.UPLOAD, key, m.contentType(), m.bytes());
            }));
        }
        run("base64", cases, false);
    }

    // ---------------------------------------------------------------- multipart and HTTP framing

    @Test
    @Order(6)
    void malformedMultipartAndFramingAreRefused() {
        ApiClient.Multipart good = new ApiClient.Multipart().field("session_id", session).field("upload_type", "PDF").file("file", "s.pdf", plain);
        String type = good.contentType();
        byte[] body = good.bytes();
        java.util.List<Map.Entry<String, Supplier<ApiClient.Reply>>> cases = new ArrayList<>();
        cases.add(post("no boundary parameter", "multipart/form-data", body));
        cases.add(post("empty boundary", "multipart/form-data; boundary=", body));
        cases.add(post("quoted empty boundary", "multipart/form-data; boundary=\"\"", body));
        cases.add(post("wrong boundary", "multipart/form-data; boundary=nope", body));
        cases.add(post("boundary 300 chars", "multipart/form-data; boundary=" + "b".repeat(300), body));
        cases.add(post("boundary unicode", "multipart/form-data; boundary=\u00e9\u00e9", body));
        cases.add(post("missing final boundary", type, good.unterminated()));
        cases.add(post("truncated mid-part", type, Arrays.copyOf(body, body.length / 2)));
        cases.add(post("empty body", type, new byte[0]));
        cases.add(post("only final boundary", type, RawPdf.text("------passbook-robust-7MA4YWxkTrZu0gW--\r\n")));
        cases.add(post("headers never terminated", type, RawPdf.text("------passbook-robust-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"file\"\r\n")));
        cases.add(post("part header 1 MB", type, concat(RawPdf.text("------passbook-robust-7MA4YWxkTrZu0gW\r\nX-Pad: " + "p".repeat(1 << 20) + "\r\nContent-Disposition: form-data; name=\"session_id\"\r\n\r\n" + session + "\r\n"), body)));
        cases.add(post("10k parts", type, concat(RawPdf.text(Stream.generate(() -> "------passbook-robust-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\ny\r\n").limit(10_000).collect(Collectors.joining())), body)));
        cases.add(post("boundary prefixes everywhere", "multipart/form-data; boundary=" + "a".repeat(200),
                RawPdf.text(("--" + "a".repeat(199) + "b\r\n").repeat(15_000))));
        cases.add(post("disposition without name", type, RawPdf.text("------passbook-robust-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data\r\n\r\nx\r\n------passbook-robust-7MA4YWxkTrZu0gW--\r\n")));
        cases.add(post("lf line endings", type, RawPdf.text(new String(body, StandardCharsets.ISO_8859_1).replace("\r\n", "\n"))));
        cases.add(post("file as text field", type, new ApiClient.Multipart().field("session_id", session).field("upload_type", "PDF").field("file", new String(plain, StandardCharsets.ISO_8859_1)).bytes()));
        // wrong or odd content types
        for (String t : java.util.List.of("text/plain", "application/json", "application/octet-stream", "application/pdf",
                "multipart/mixed; boundary=----passbook-robust-7MA4YWxkTrZu0gW", "multipart/form-data; boundary=----passbook-robust-7MA4YWxkTrZu0gW; charset=x-unknown",
                "application/x-www-form-urlencoded", ";;;", "\u00e9/\u00e9", "multipart/form-data; boundary=\"unterminated")) {
            cases.add(post("content type " + t, t, body));
        }
        cases.add(post("json with file", "application/json", RawPdf.text("{\"session_id\":\"" + session + "\",\"upload_type\":\"PDF\",\"file\":\"JVBER\"}")));
        cases.add(post("json nested 50k", "application/json", RawPdf.text("[".repeat(50_000))));
        cases.add(post("json not object", "application/json", RawPdf.text("\"x\"")));
        cases.add(post("form bad percent", "application/x-www-form-urlencoded", RawPdf.text("session_id=%zz&upload_type=%")));
        cases.add(post("form 100k keys", "application/x-www-form-urlencoded", RawPdf.text(Stream.generate(() -> "a=b").limit(100_000).collect(Collectors.joining("&")))));
        cases.add(Map.entry("no content type, pdf body", () -> api.send("POST", ApiClient.UPLOAD + "?session_id=" + session + "&upload_type=PDF", key, null, plain)));
        // raw framing
        String head = "POST " + ApiClient.UPLOAD + " HTTP/1.1\r\nHost: 127.0.0.1\r\nx-api-key: " + key + "\r\nContent-Type: " + type + "\r\n";
        cases.add(raw("content-length larger than body", RawPdf.text(head + "Content-Length: " + (body.length + 1000) + "\r\n\r\n"), body));
        cases.add(raw("content-length over the limit", RawPdf.text(head + "Content-Length: " + (BODY_LIMIT + 1) + "\r\n\r\n"), new byte[1024]));
        cases.add(raw("content-length 2^63-1", RawPdf.text(head + "Content-Length: 9223372036854775807\r\n\r\n"), new byte[16]));
        cases.add(raw("content-length negative", RawPdf.text(head + "Content-Length: -1\r\n\r\n"), body));
        cases.add(raw("content-length not a number", RawPdf.text(head + "Content-Length: 12abc\r\n\r\n"), body));
        cases.add(raw("two content-lengths", RawPdf.text(head + "Content-Length: 10\r\nContent-Length: 20\r\n\r\n"), body));
        cases.add(raw("chunked over the limit", RawPdf.text(head + "Transfer-Encoding: chunked\r\n\r\n"), chunked(new byte[(int) BODY_LIMIT + 4096], 65536)));
        cases.add(raw("chunked bad size", RawPdf.text(head + "Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"), new byte[0]));
        cases.add(raw("chunked and length", RawPdf.text(head + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n"), chunked(body, 4096)));
        cases.add(raw("header 64 KB", RawPdf.text(head + "X-Pad: " + "h".repeat(65536) + "\r\nContent-Length: " + body.length + "\r\n\r\n"), body));
        cases.add(raw("1000 headers", RawPdf.text(head + Stream.generate(() -> "X-A: b\r\n").limit(1000).collect(Collectors.joining()) + "Content-Length: " + body.length + "\r\n\r\n"), body));
        cases.add(raw("header without colon", RawPdf.text(head + "garbage\r\nContent-Length: " + body.length + "\r\n\r\n"), body));
        cases.add(raw("request line 64 KB", RawPdf.text("POST " + ApiClient.UPLOAD + "?" + "q".repeat(65536) + " HTTP/1.1\r\nHost: x\r\nx-api-key: " + key + "\r\nContent-Length: 0\r\n\r\n"), new byte[0]));
        cases.add(raw("utf-8 header value", concat(RawPdf.text(head), "X-Name: \u00e9\u20ac😀\r\n".getBytes(StandardCharsets.UTF_8), RawPdf.text("Content-Length: " + body.length + "\r\n\r\n")), body));
        cases.add(raw("bare LF framing", RawPdf.text(head.replace("\r\n", "\n") + "Content-Length: " + body.length + "\n\n"), body));
        cases.add(raw("HTTP/1.0 without length", RawPdf.text(head.replace("HTTP/1.1", "HTTP/1.0") + "\r\n"), body));
        cases.add(raw("bad path encoding", RawPdf.text("POST /bank-connect/v1/statement/upload_session/%zz HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"), new byte[0]));
        cases.add(raw("path traversal", RawPdf.text("GET /bank-connect/v1/session_data/../../etc/passwd/progress/ HTTP/1.1\r\nHost: x\r\nx-api-key: " + key + "\r\n\r\n"), new byte[0]));
        cases.add(raw("encoded NUL in path", RawPdf.text("GET /bank-connect/v1/session_data/%00/progress/ HTTP/1.1\r\nHost: x\r\nx-api-key: " + key + "\r\n\r\n"), new byte[0]));
        cases.add(raw("query bad encoding", RawPdf.text("POST " + ApiClient.UPLOAD + "?progress=%zz&identity=%E0%A4 HTTP/1.1\r\nHost: x\r\nx-api-key: " + key + "\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n"), body));
        run("framing", cases, false);
    }

    // ---------------------------------------------------------------- field values

    @Test
    @Order(7)
    void unicodeAndVeryLongValuesInEveryFieldAreRefused() {
        java.util.List<String> nasty = java.util.List.of("", " ", "\u0000", "\r\n\r\nX-Injected: 1", "😀".repeat(1000),
                "\u202e\u0645\u0631\u062d\u0628\u0627", "ℌ𝔢𝔩𝔩𝔬 \ud800", "x".repeat(100_000), "' OR '1'='1", "../../etc/passwd",
                "%00%0d%0a", "${jndi:ldap://127.0.0.1/a}", "\u00ad\u200b\ufeff", "PDF\u0000", "pdf ", "Pdf", "BASE64\n");
        java.util.List<Map.Entry<String, Supplier<ApiClient.Reply>>> cases = new ArrayList<>();
        for (String v : nasty) {
            String label = ApiClient.abbreviate(v.substring(0, Math.min(20, v.length()))) + " (" + v.length() + ")";
            cases.add(upload("session_id=" + label, v, "PDF", null, null, plain));
            cases.add(upload("upload_type=" + label, session, v, null, null, plain));
            cases.add(upload("bank_name=" + label, session, "PDF", v.isEmpty() ? "x" : v, null, plain));
            cases.add(upload("file_url=" + label, session, "PDF", null, null, null, v.isEmpty() ? "x" : v));
            cases.add(upload("password=" + label + " on encrypted", session, "PDF", null, v.isEmpty() ? "wrong" : v, encrypted));
            // raw socket: for a request line over Jetty's limit the server answers 414 and closes while
            // the client may still be writing, which java.net.http reports as a broken pipe, not an answer
            String query = "?progress=" + java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)
                    + "&identity=" + java.net.URLEncoder.encode(v, StandardCharsets.UTF_8);
            byte[] body = RawPdf.text("--b--\r\n");
            cases.add(raw("query=" + label, RawPdf.text("POST " + ApiClient.UPLOAD + query + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "x-api-key: " + key + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n"), body));
            cases.add(Map.entry("filename=" + label, () -> {
                ApiClient.Multipart m = new ApiClient.Multipart().field("session_id", session).field("upload_type", "BASE64")
                        .file("file", v.replace("\"", "").replace("\r", "").replace("\n", ""), RawPdf.text("!!not base64!!"));
                return api.send("POST", ApiClient.UPLOAD, key, m.contentType(), m.bytes());
            }));
            cases.add(Map.entry("field name=" + label, () -> {
                ApiClient.Multipart m = new ApiClient.Multipart().field(v.replace("\"", "").replace("\r", "").replace("\n", ""), "x")
                        .field("upload_type", "PDF");
                return api.send("POST", ApiClient.UPLOAD, key, m.contentType(), m.bytes());
            }));
            if (v.length() < 10_000 && v.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                cases.add(Map.entry("api key=" + label, () -> api.uploadPdf(v, session, plain)));
            }
            cases.add(Map.entry("session read=" + label, () -> api.get("/bank-connect/v1/session_data/"
                    + java.net.URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20") + "/progress/", key)));
        }
        run("fields", cases, false);
    }

    @Test
    @Order(8)
    void hostileSessionCreationRequestsAreRefused() {
        java.util.List<String> bodies = new ArrayList<>(java.util.List.of("", "{", "[]", "null", "\"x\"", "{\"link_id\":null}",
                "{\"link_id\":\"" + "x".repeat(100_000) + "\"}", "{\"link_id\":\"x\",\"from_date\":\"31/02/2024\",\"to_date\":\"01/03/2024\"}",
                "{\"link_id\":\"x\",\"from_date\":\"99/99/9999\",\"to_date\":\"01/01/0000\"}",
                "{\"link_id\":\"x\",\"from_date\":\"01/01/2024\",\"to_date\":\"01/01/+999999999\"}",
                "{\"link_id\":\"x\",\"session_expiry\":\"99999999999999999999999\"}", "{\"link_id\":\"x\",\"session_expiry\":-1}",
                "{\"link_id\":\"x\",\"session_expiry\":1e400}", "{\"link_id\":\"x\",\"session_expiry\":[1]}",
                "{\"link_id\":\"x\",\"bank_name\":\"\\u0000\"}", "{\"link_id\":{\"a\":1}}", "{\"link_id\":\"\\ud800\"}",
                "{\"link_id\":\"x\",\"metadata\":{\"names\":\"not a list\"}}",
                "{\"link_id\":\"x\",\"metadata\":{\"names\":[" + "\"" + "n".repeat(1000) + "\",".repeat(200) + "1]}}",
                "{\"link_id\":\"x\",\"metadata\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}",
                "{\"link_id\":\"x\",\"from_date\":\"01/01/2024\"}", "\u00ef\u00bb\u00bf{\"link_id\":\"x\"}"));
        java.util.List<Map.Entry<String, Supplier<ApiClient.Reply>>> cases = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String body = bodies.get(i);
            cases.add(Map.entry("session body #" + i + " " + ApiClient.abbreviate(body.substring(0, Math.min(60, body.length()))),
                    () -> api.send("POST", "/bank-connect/v1/session/", key, "application/json", body.getBytes(StandardCharsets.UTF_8))));
        }
        cases.add(Map.entry("session body as form", () -> api.send("POST", "/bank-connect/v1/session/", key,
                "application/x-www-form-urlencoded", RawPdf.text("link_id=x"))));
        // a session may be created from odd but valid input (a lone-surrogate escape, a form body): never a 5xx
        run("session-create", cases, true);
    }

    @Test
    @Order(9)
    void oversizeBodiesAreRefusedWith413() {
        java.util.List<Map.Entry<String, Supplier<ApiClient.Reply>>> cases = new ArrayList<>();
        // raw requests: the server answers 413 before reading the body and may close while the client still writes
        byte[] big = new byte[(int) BODY_LIMIT + 1];
        String head = "POST " + ApiClient.UPLOAD + " HTTP/1.1\r\nHost: 127.0.0.1\r\nx-api-key: " + key + "\r\n";
        cases.add(raw("multipart over the limit by 1 byte", RawPdf.text(head + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + big.length + "\r\n\r\n"), big));
        cases.add(raw("form over the limit", RawPdf.text(head + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + big.length + "\r\n\r\n"), big));
        cases.add(raw("no type, twice the limit", RawPdf.text(head + "Content-Type: application/octet-stream\r\nContent-Length: " + 2 * big.length + "\r\n\r\n"), new byte[2 * big.length]));
        cases.add(raw("chunked, over the limit", RawPdf.text(head + "Content-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked\r\n\r\n"), chunked(big, 1 << 16)));
        java.util.List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Supplier<ApiClient.Reply>> c : cases) {
            ApiClient.Reply reply = c.getValue().get();
            counts.merge("oversize", 1, Integer::sum);
            if (reply.status() != 413 || !reply.code().equals("FILE_TOO_LARGE")) {
                failures.add(c.getKey() + ": " + reply);
            }
        }
        assertEquals(java.util.List.of(), failures);
    }

    @Test
    @Order(10)
    void theServiceStillAcceptsANormalUploadAfterwards() {
        String fresh = api.createSession(key);
        ApiClient.Reply reply = api.uploadPdf(key, fresh, LedgerPdf.statement("99988877766655", 8, "after-fuzz"));
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(8, api.get("/bank-connect/v1/session_data/" + fresh + "/transactions/", key)
                .json().get("accounts").get(0).get("transactions").size());
        ApiClient.Reply encryptedReply = api.uploadPdf(key, fresh, encrypted, "s3cret-pw");
        assertTrue(encryptedReply.status() == 200, encryptedReply::toString);
    }

    // ---------------------------------------------------------------- helpers

    static Map.Entry<String, Supplier<ApiClient.Reply>> post(String label, String contentType, byte[] body) {
        return Map.entry(label, () -> api.send("POST", ApiClient.UPLOAD, key, contentType, body));
    }

    static Map.Entry<String, Supplier<ApiClient.Reply>> raw(String label, byte[] head, byte[] body) {
        return Map.entry(label, () -> api.raw(concat(head, body)));
    }

    static Map.Entry<String, Supplier<ApiClient.Reply>> upload(String label, String sessionId, String uploadType,
                                                                String bank, String password, byte[] file) {
        return upload(label, sessionId, uploadType, bank, password, file, null);
    }

    static Map.Entry<String, Supplier<ApiClient.Reply>> upload(String label, String sessionId, String uploadType,
                                                                String bank, String password, byte[] file, String url) {
        return Map.entry(label, () -> {
            ApiClient.Multipart m = new ApiClient.Multipart().field("session_id", sessionId).field("upload_type", uploadType);
            if (bank != null) {
                m.field("bank_name", bank);
            }
            if (password != null) {
                m.field("pdf_password", password);
            }
            if (file != null) {
                m.file("file", "s.pdf", file);
            }
            if (url != null) {
                m.field("file_url", url);
            }
            return api.send("POST", ApiClient.UPLOAD, key, m.contentType(), m.bytes());
        });
    }

    static Map<String, String> ordered(String... kv) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] chunked(byte[] body, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < body.length; i += size) {
            int n = Math.min(size, body.length - i);
            out.writeBytes(RawPdf.text(Integer.toHexString(n) + "\r\n"));
            out.write(body, i, n);
            out.writeBytes(RawPdf.text("\r\n"));
        }
        out.writeBytes(RawPdf.text("0\r\n\r\n"));
        return out.toByteArray();
    }
}
