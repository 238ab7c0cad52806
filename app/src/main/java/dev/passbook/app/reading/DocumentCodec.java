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
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * The reader's answer — a {@link Document} or an {@link UploadError} — as bytes on the pipe between
 * {@code passbook serve} and a reader process. A plain binary layout (no Java serialization, which
 * would let whatever writes the pipe choose the classes the service instantiates): each record field
 * in declaration order, strings as UTF-8 with a length, doubles as IEEE bits, options and booleans as
 * one byte, lists with a count. Font names and word texts repeat a lot, so each message carries a
 * string table and words refer to it: the decoded document shares one String per distinct value.
 * Negative counts, out-of-range indexes and unknown codes fail with an IOException; preallocation is
 * capped, and the caller caps the size of the whole message, so a corrupt message cannot ask the
 * service for a huge allocation.
 */
final class DocumentCodec {

    private static final byte DOCUMENT = 0;
    private static final byte ERROR = 1;
    private static final int MAX_STRING_BYTES = 16 * 1024 * 1024;

    private DocumentCodec() {
    }

    static void write(Either<UploadError, Document> answer, DataOutput out) throws IOException {
        if (answer.isLeft()) {
            out.writeByte(ERROR);
            UploadError error = answer.getLeft();
            writeString(out, error.errorCode().name());
            writeString(out, error.message());
            return;
        }
        out.writeByte(DOCUMENT);
        Document document = answer.get();
        Strings strings = new Strings();
        // the string table first: collected in one pass over the words
        for (Page page : document.pages()) {
            for (Line line : page.lines()) {
                for (Word word : line.words()) {
                    strings.index(word.text());
                    strings.index(word.font());
                }
            }
        }
        out.writeInt(strings.values.size());
        for (String value : strings.values) {
            writeString(out, value);
        }
        out.writeInt(document.pages().size());
        for (Page page : document.pages()) {
            out.writeInt(page.number());
            out.writeDouble(page.width());
            out.writeDouble(page.height());
            out.writeInt(page.lines().size());
            for (Line line : page.lines()) {
                out.writeDouble(line.y());
                out.writeInt(line.words().size());
                for (Word word : line.words()) {
                    out.writeInt(strings.index(word.text()));
                    out.writeDouble(word.x());
                    out.writeDouble(word.y());
                    out.writeDouble(word.width());
                    out.writeDouble(word.height());
                    out.writeInt(strings.index(word.font()));
                    out.writeDouble(word.size());
                }
            }
        }
        Metadata m = document.metadata();
        writeOption(out, m.producer());
        writeOption(out, m.creator());
        writeOption(out, m.author());
        writeOption(out, m.title());
        writeOption(out, m.created().map(OffsetDateTime::toString));
        writeOption(out, m.modified().map(OffsetDateTime::toString));
        writeString(out, m.pdfVersion());
        writeOption(out, m.encryption());
        Forensics f = document.forensics();
        out.writeInt(f.revisions());
        out.writeInt(f.pages().size());
        for (PageFacts facts : f.pages()) {
            out.writeInt(facts.number());
            out.writeDouble(facts.width());
            out.writeDouble(facts.height());
            out.writeInt(facts.fonts().size());
            for (String font : facts.fonts()) {
                writeString(out, font);
            }
            out.writeBoolean(facts.imageOnly());
        }
        out.writeInt(f.signatures().size());
        for (SignatureFacts s : f.signatures()) {
            out.writeBoolean(s.valid());
            out.writeBoolean(s.coversWholeFile());
            writeOption(out, s.signer());
            writeOption(out, s.certificateNotBefore().map(Instant::toString));
            writeOption(out, s.certificateNotAfter().map(Instant::toString));
        }
    }

    static Either<UploadError, Document> read(DataInput in) throws IOException {
        byte kind = in.readByte();
        if (kind == ERROR) {
            ErrorCode code;
            try {
                code = ErrorCode.valueOf(readString(in));
            } catch (IllegalArgumentException unknown) {
                throw new IOException("unknown error code from the reader process");
            }
            String message = readString(in);
            return Either.left(new UploadError(code, message, code.httpStatus(), LinkedHashMap.empty()));
        }
        if (kind != DOCUMENT) {
            throw new IOException("unknown answer kind " + kind);
        }
        int stringCount = count(in);
        String[] strings = new String[stringCount];
        for (int i = 0; i < stringCount; i++) {
            strings[i] = readString(in);
        }
        int pageCount = count(in);
        java.util.List<Page> pages = new ArrayList<>(Math.min(pageCount, 4096));
        for (int p = 0; p < pageCount; p++) {
            int number = in.readInt();
            double width = in.readDouble();
            double height = in.readDouble();
            int lineCount = count(in);
            java.util.List<Line> lines = new ArrayList<>(Math.min(lineCount, 4096));
            for (int l = 0; l < lineCount; l++) {
                double y = in.readDouble();
                int wordCount = count(in);
                java.util.List<Word> words = new ArrayList<>(Math.min(wordCount, 4096));
                for (int w = 0; w < wordCount; w++) {
                    String text = string(strings, in.readInt());
                    double x = in.readDouble();
                    double wy = in.readDouble();
                    double ww = in.readDouble();
                    double wh = in.readDouble();
                    String font = string(strings, in.readInt());
                    words.add(new Word(text, x, wy, ww, wh, font, in.readDouble()));
                }
                lines.add(new Line(y, List.ofAll(words)));
            }
            pages.add(new Page(number, width, height, List.ofAll(lines)));
        }
        Metadata metadata;
        try {
            metadata = new Metadata(readOption(in), readOption(in), readOption(in), readOption(in),
                    readOption(in).map(OffsetDateTime::parse), readOption(in).map(OffsetDateTime::parse),
                    readString(in), readOption(in));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IOException("malformed date from the reader process");
        }
        int revisions = in.readInt();
        int factCount = count(in);
        java.util.List<PageFacts> facts = new ArrayList<>(Math.min(factCount, 4096));
        for (int i = 0; i < factCount; i++) {
            int number = in.readInt();
            double width = in.readDouble();
            double height = in.readDouble();
            int fontCount = count(in);
            java.util.List<String> fonts = new ArrayList<>(Math.min(fontCount, 256));
            for (int k = 0; k < fontCount; k++) {
                fonts.add(readString(in));
            }
            facts.add(new PageFacts(number, width, height, TreeSet.ofAll(fonts), in.readBoolean()));
        }
        int signatureCount = count(in);
        java.util.List<SignatureFacts> signatures = new ArrayList<>(Math.min(signatureCount, 64));
        try {
            for (int i = 0; i < signatureCount; i++) {
                signatures.add(new SignatureFacts(in.readBoolean(), in.readBoolean(), readOption(in),
                        readOption(in).map(Instant::parse), readOption(in).map(Instant::parse)));
            }
        } catch (java.time.format.DateTimeParseException e) {
            throw new IOException("malformed instant from the reader process");
        }
        return Either.right(new Document(List.ofAll(pages),
                metadata, new Forensics(revisions, List.ofAll(facts), List.ofAll(signatures))));
    }

    private static int count(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative count from the reader process");
        }
        return n;
    }

    private static String string(String[] table, int index) throws IOException {
        if (index < 0 || index >= table.length) {
            throw new IOException("string index out of range from the reader process");
        }
        return table[index];
    }

    static void writeString(DataOutput out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("string length out of range from the reader process: " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeOption(DataOutput out, Option<String> value) throws IOException {
        out.writeBoolean(value.isDefined());
        if (value.isDefined()) {
            writeString(out, value.get());
        }
    }

    private static Option<String> readOption(DataInput in) throws IOException {
        return in.readBoolean() ? Option.some(readString(in)) : Option.none();
    }

    /** Distinct strings in first-seen order. */
    private static final class Strings {
        final java.util.List<String> values = new ArrayList<>();
        final Map<String, Integer> indexes = new HashMap<>();

        int index(String value) {
            Integer known = indexes.get(value);
            if (known != null) {
                return known;
            }
            indexes.put(value, values.size());
            values.add(value);
            return values.size() - 1;
        }
    }
}
