package dev.passbook.adapters.http.body;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A small multipart/form-data parser (RFC 7578) over a body already read into memory under the
 * size limit. Parts without a {@code name} are ignored; the preamble and epilogue are skipped.
 */
public final class MultipartParser {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private MultipartParser() {
    }

    public static FormData parse(byte[] body, String boundary) throws MalformedBodyException {
        if (boundary == null || boundary.isEmpty() || boundary.length() > 200) {
            throw new MalformedBodyException("Multipart boundary is missing or invalid");
        }
        byte[] dashBoundary = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, dashBoundary, 0);
        if (pos < 0) {
            throw new MalformedBodyException("Multipart body has no boundary");
        }
        List<FormPart> parts = List.empty();
        while (true) {
            int after = pos + dashBoundary.length;
            if (startsWith(body, after, new byte[]{'-', '-'})) {
                return new FormData(parts);
            }
            while (after < body.length && (body[after] == ' ' || body[after] == '\t')) {
                after++; // transport padding
            }
            if (!startsWith(body, after, CRLF)) {
                throw new MalformedBodyException("Multipart boundary is not followed by a line break");
            }
            int headersStart = after + 2;
            int contentStart;
            String headerBlock;
            if (startsWith(body, headersStart, CRLF)) {
                headerBlock = "";
                contentStart = headersStart + 2;
            } else {
                int headersEnd = indexOf(body, HEADER_END, headersStart);
                if (headersEnd < 0) {
                    throw new MalformedBodyException("Multipart part headers are not terminated");
                }
                headerBlock = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
                contentStart = headersEnd + 4;
            }
            int next = indexOf(body, delimiter, contentStart);
            if (next < 0) {
                throw new MalformedBodyException("Multipart body is not terminated");
            }
            byte[] content = java.util.Arrays.copyOfRange(body, contentStart, next);
            Option<FormPart> part = toPart(headerBlock, content);
            if (part.isDefined()) {
                parts = parts.append(part.get());
            }
            pos = next + 2;
        }
    }

    private static Option<FormPart> toPart(String headerBlock, byte[] content) {
        Option<ContentType> disposition = Option.none();
        Option<String> contentType = Option.none();
        for (String line : headerBlock.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (name.equals("content-disposition")) {
                disposition = ContentType.parse(value);
            } else if (name.equals("content-type") && !value.isEmpty()) {
                contentType = Option.some(value);
            }
        }
        Option<String> type = contentType;
        return disposition.filter(d -> d.is("form-data"))
                .flatMap(d -> d.param("name").map(n -> new FormPart(n, d.param("filename"), type, content)));
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] body, byte[] needle, int from) {
        int last = body.length - needle.length;
        byte first = needle[0];
        for (int i = Math.max(from, 0); i <= last; i++) {
            if (body[i] == first && startsWith(body, i, needle)) {
                return i;
            }
        }
        return -1;
    }
}
