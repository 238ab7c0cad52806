package dev.passbook.adapters.http.body;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.util.Locale;

/** A parsed {@code Content-Type}: lower-case media type and its parameters (names lower-case). */
public record ContentType(String mediaType, Map<String, String> params) {

    public static final String MULTIPART_FORM = "multipart/form-data";
    public static final String URL_ENCODED = "application/x-www-form-urlencoded";

    public static Option<ContentType> parse(String header) {
        if (header == null || header.isBlank()) {
            return Option.none();
        }
        String[] pieces = splitOutsideQuotes(header);
        String media = pieces[0].strip().toLowerCase(Locale.ROOT);
        if (media.isEmpty()) {
            return Option.none();
        }
        Map<String, String> params = LinkedHashMap.empty();
        for (int i = 1; i < pieces.length; i++) {
            String piece = pieces[i].strip();
            int eq = piece.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = piece.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = piece.substring(eq + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
            }
            if (!params.containsKey(name)) {
                params = params.put(name, value);
            }
        }
        return Option.some(new ContentType(media, params));
    }

    public boolean is(String type) {
        return mediaType.equals(type);
    }

    /** {@code application/json} and any {@code +json} type. */
    public boolean isJson() {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    public Option<String> param(String name) {
        return params.get(name);
    }

    /** Splits on semicolons that are not inside double quotes. */
    static String[] splitOutsideQuotes(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && quoted && i + 1 < s.length()) {
                current.append(c).append(s.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out.toArray(String[]::new);
    }
}
