package dev.passbook.adapters.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Validates a response body against what an OpenAPI document gives for its route and status, for
 * {@code OpenApiTest} and for tests that produce statuses OpenApiTest's fixture cannot (408 and 503 busy:
 * {@code ConnectionLimitsTest}; 500: {@code HttpTransportTest}).
 */
public final class OpenApiSchemas {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final JsonNode spec;

    public OpenApiSchemas(JsonNode spec) {
        this.spec = spec;
    }

    /** The document the service serves. */
    public static OpenApiSchemas served() {
        return new OpenApiSchemas(OpenApiDocument.get());
    }

    /** Fails naming the route, status and schema errors when {@code body} does not match. */
    public void assertConforms(String method, String template, int status, JsonNode body) {
        List<Error> errors = errors(method, template, status, body);
        assertTrue(errors.isEmpty(), method + " " + template + " " + status + ": " + errors + "\n" + body);
    }

    public List<Error> errors(String method, String template, int status, JsonNode body) {
        JsonNode response = operation(method, template).get("responses").get(String.valueOf(status));
        assertTrue(response != null, method + " " + template + " does not describe " + status);
        JsonNode schema = response.at("/content/application~1json/schema");
        // one JSON Schema 2020-12 document: the response's schema with the document's schemas as $defs
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("$defs", spec.at("/components/schemas"));
        root.putArray("allOf").add(schema);
        Schema compiled = SCHEMAS.getSchema(root.toString().replace("#/components/schemas/", "#/$defs/"));
        return compiled.validate(body);
    }

    public JsonNode operation(String method, String template) {
        JsonNode op = spec.get("paths").path(template).get(method.toLowerCase(Locale.ROOT));
        assertTrue(op != null, "no operation " + method + " " + template);
        return op;
    }
}
