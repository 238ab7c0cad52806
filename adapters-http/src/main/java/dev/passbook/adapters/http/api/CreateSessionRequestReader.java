package dev.passbook.adapters.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passbook.adapters.http.ApiRequest;
import dev.passbook.adapters.http.body.ContentType;
import dev.passbook.adapters.http.body.FormData;
import dev.passbook.adapters.http.body.MalformedBodyException;
import dev.passbook.adapters.http.body.MultipartParser;
import dev.passbook.adapters.http.body.UrlEncodedParser;
import dev.passbook.adapters.http.json.JsonCodec;
import dev.passbook.core.application.CreateSessionCommand;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.charset.StandardCharsets;

/**
 * Turns the body of {@code POST .../session/} into a {@link CreateSessionCommand} holding the raw
 * values; core validates them. The body is JSON; a body that starts with <code>{</code> is read as
 * JSON whatever its content type (curl's {@code -d} labels JSON as a form), and form bodies are read
 * too ({@code metadata.names} may then repeat). An empty body is an empty object. Only the JSON
 * shape is checked here: a value that is an object where text was expected is INVALID_REQUEST.
 */
final class CreateSessionRequestReader {

    private static final String NOT_TEXT = "Must be a string.";
    private final JsonCodec json;

    CreateSessionRequestReader(JsonCodec json) {
        this.json = json;
    }

    Either<UploadError, CreateSessionCommand> read(ApiRequest request) {
        Option<String> apiKey = request.apiKey();
        String text = new String(request.body(), StandardCharsets.UTF_8).strip();
        Option<ContentType> type = request.contentType().flatMap(ContentType::parse);
        try {
            if (!text.startsWith("{") && type.exists(t -> t.is(ContentType.URL_ENCODED))) {
                return Either.right(fromForm(apiKey, UrlEncodedParser.parse(request.body())));
            }
            if (type.exists(t -> t.is(ContentType.MULTIPART_FORM))) {
                return Either.right(fromForm(apiKey,
                        MultipartParser.parse(request.body(), type.get().param("boundary").getOrElse(""))));
            }
        } catch (MalformedBodyException e) {
            return Either.left(malformed(e.getMessage()));
        }
        if (text.isEmpty()) {
            return Either.right(new CreateSessionCommand(apiKey, Option.none(), Option.none(), Option.none(),
                    Option.none(), Option.none(), List.empty()));
        }
        return json.read(request.body())
                .mapLeft(CreateSessionRequestReader::malformed)
                .flatMap(node -> node.isObject() ? Either.right(node) : Either.left(malformed("Request body must be a JSON object")))
                .flatMap(node -> fromJson(apiKey, node));
    }

    private static CreateSessionCommand fromForm(Option<String> apiKey, FormData form) {
        List<String> names = form.parts().filter(p -> p.name().equals("metadata.names") || p.name().equals("names"))
                .map(p -> p.text());
        return new CreateSessionCommand(apiKey, form.text("link_id"), form.text("from_date"), form.text("to_date"),
                form.text("bank_name"), form.text("session_expiry"), names);
    }

    private static Either<UploadError, CreateSessionCommand> fromJson(Option<String> apiKey, JsonNode node) {
        UploadError shape = UploadError.of(ErrorCode.INVALID_REQUEST);
        List<String> problems = List.empty();
        for (String field : List.of("link_id", "from_date", "to_date", "bank_name", "session_expiry")) {
            JsonNode value = node.get(field);
            if (value != null && value.isContainerNode()) {
                shape = shape.withField(field, NOT_TEXT);
                problems = problems.append(field);
            }
        }
        List<String> names = List.empty();
        JsonNode metadata = node.get("metadata");
        if (metadata != null && !metadata.isNull()) {
            JsonNode list = metadata.isObject() ? metadata.get("names") : null;
            if (!metadata.isObject() || (list != null && !list.isNull() && !isTextList(list))) {
                shape = shape.withField("metadata.names", "Must be a list of strings.");
                problems = problems.append("metadata.names");
            } else if (list != null && !list.isNull()) {
                names = List.ofAll(list::elements).map(JsonNode::asText);
            }
        }
        if (!problems.isEmpty()) {
            return Either.left(shape);
        }
        return Either.right(new CreateSessionCommand(apiKey, text(node, "link_id"), text(node, "from_date"),
                text(node, "to_date"), text(node, "bank_name"), text(node, "session_expiry"), names));
    }

    private static boolean isTextList(JsonNode list) {
        if (!list.isArray()) {
            return false;
        }
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** Text as sent; a JSON number becomes its plain decimal text (session_expiry: 60 → "60"). */
    private static Option<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Option.none();
        }
        if (value.isNumber()) {
            return Option.some(value.isIntegralNumber() ? value.bigIntegerValue().toString() : value.decimalValue().toPlainString());
        }
        return Option.some(value.asText());
    }

    private static UploadError malformed(String reason) {
        return UploadError.of(ErrorCode.INVALID_REQUEST).withField("body", reason);
    }
}
