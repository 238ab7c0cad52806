package dev.passbook.adapters.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passbook.adapters.http.json.JsonCodec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI 3.1 description served at {@code /openapi.json}: a resource written by hand next to
 * {@code docs/api.md} and checked against the router and real responses by {@code OpenApiTest}.
 */
public final class OpenApiDocument {

    /** Where the document lies on the class path. */
    public static final String RESOURCE = "/dev/passbook/adapters/http/openapi.json";

    private static volatile JsonNode document;

    private OpenApiDocument() {
    }

    /** The parsed document (read once). */
    public static JsonNode get() {
        JsonNode loaded = document;
        if (loaded == null) {
            try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing class path resource " + RESOURCE);
                }
                loaded = new JsonCodec().read(in.readAllBytes())
                        .getOrElseThrow(problem -> new IllegalStateException(RESOURCE + ": " + problem));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            document = loaded;
        }
        return loaded;
    }
}
