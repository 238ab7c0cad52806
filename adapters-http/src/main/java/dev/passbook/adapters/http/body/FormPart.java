package dev.passbook.adapters.http.body;

import io.vavr.control.Option;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One field of a form body. {@code filename} and {@code contentType} come from a multipart part's
 * headers; url-encoded fields have neither.
 */
public record FormPart(String name, Option<String> filename, Option<String> contentType, byte[] content) {

    public FormPart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    public static FormPart text(String name, String value) {
        return new FormPart(name, Option.none(), Option.none(), value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A part is a file upload when the client marked it as one: it has a filename, or a content
     * type that is not text.
     */
    public boolean isFile() {
        return filename.isDefined() || contentType.exists(t -> !t.toLowerCase(java.util.Locale.ROOT).startsWith("text/"));
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "FormPart[" + name + ", " + content.length + " bytes]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormPart p && name.equals(p.name) && filename.equals(p.filename)
                && contentType.equals(p.contentType) && java.util.Arrays.equals(content, p.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, filename, contentType, java.util.Arrays.hashCode(content));
    }
}
