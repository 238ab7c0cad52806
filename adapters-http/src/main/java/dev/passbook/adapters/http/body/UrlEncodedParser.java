package dev.passbook.adapters.http.body;

import io.vavr.collection.List;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** application/x-www-form-urlencoded, UTF-8. */
public final class UrlEncodedParser {

    private UrlEncodedParser() {
    }

    public static FormData parse(byte[] body) throws MalformedBodyException {
        String text = new String(body, StandardCharsets.ISO_8859_1).strip();
        List<FormPart> parts = List.empty();
        if (text.isEmpty()) {
            return new FormData(parts);
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                parts = parts.append(FormPart.text(decode(name), decode(value)));
            } catch (IllegalArgumentException e) {
                throw new MalformedBodyException("Form body has an invalid percent-encoding");
            }
        }
        return new FormData(parts);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
