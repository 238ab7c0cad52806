package dev.passbook.app.reading;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Forensics;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Metadata;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.PageFacts;
import dev.passbook.core.document.SignatureFacts;
import dev.passbook.core.document.Word;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentCodecTest {

    static byte[] encode(Either<UploadError, Document> answer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DocumentCodec.write(answer, new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    static Either<UploadError, Document> decode(byte[] bytes) throws IOException {
        return DocumentCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    static Document document() {
        Word date = new Word("01/04/2024", 40.25, 100.5, 42.125, 7.5, "Arial-BoldMT", 9.0);
        Word amount = new Word("1,000.00", 480.0, 100.5, 30.0, 7.5, "ArialMT", 9.0);
        Word unicode = new Word("\u20b9 \u0928\u092e\u0938\u094d\u0924\u0947", 40.0, 120.0, 50.0, 8.0, "ArialMT", 0.1 + 0.2);
        Page one = new Page(1, 595.28, 841.89, List.of(new Line(100.5, List.of(date, amount)), new Line(120.0, List.of(unicode))));
        Page two = new Page(2, 842.0, 595.0, List.empty());
        Metadata metadata = new Metadata(Option.some("Producer 1.0"), Option.none(), Option.some(""), Option.some("t"),
                Option.some(OffsetDateTime.parse("2024-04-01T10:30:00+05:30")), Option.none(), "1.7", Option.some("AES-256"));
        Forensics forensics = new Forensics(3, List.of(new PageFacts(1, 595.28, 841.89, TreeSet.of("ArialMT", "Arial-BoldMT"), false),
                new PageFacts(2, 842.0, 595.0, TreeSet.empty(), true)),
                List.of(new SignatureFacts(true, false, Option.some("CN=Signer"), Option.some(Instant.parse("2024-01-01T00:00:00Z")),
                        Option.none())));
        return new Document(List.of(one, two), metadata, forensics);
    }

    @Test
    void aDocumentSurvivesTheTripExactly() throws IOException {
        Document original = document();

        Document decoded = decode(encode(Either.right(original))).get();

        assertEquals(original, decoded);
        // repeated strings come back as one instance
        assertSame(decoded.pages().head().lines().head().words().get(1).font(),
                decoded.pages().head().lines().get(1).words().head().font());
    }

    @Test
    void anErrorKeepsItsCodeStatusAndRenderedMessage() throws IOException {
        UploadError error = UploadError.of(ErrorCode.PDF_TOO_COMPLEX, Map.of("limit", "memory"));

        UploadError decoded = decode(encode(Either.left(error))).getLeft();

        assertEquals(error, decoded);
        assertEquals("The PDF exceeds the processing limits (memory)", decoded.message());
    }

    @Test
    void aTruncatedOrCorruptAnswerIsAnIOExceptionNotAHugeAllocation() throws IOException {
        byte[] whole = encode(Either.right(document()));
        for (int cut : new int[] {0, 1, 5, whole.length / 2, whole.length - 1}) {
            byte[] truncated = Arrays.copyOf(whole, cut);
            assertThrows(IOException.class, () -> decode(truncated), "cut at " + cut);
        }
        byte[] negative = whole.clone();
        negative[1] = (byte) 0xff; // the string count becomes negative
        assertThrows(IOException.class, () -> decode(negative));
        byte[] unknownKind = whole.clone();
        unknownKind[0] = 7;
        assertThrows(IOException.class, () -> decode(unknownKind));
        byte[] unknownCode = encode(Either.left(UploadError.of(ErrorCode.EMPTY_FILE)));
        unknownCode[6] = 'X'; // EMPTY_FILE -> EXPTY_FILE
        assertThrows(IOException.class, () -> decode(unknownCode));
    }
}
