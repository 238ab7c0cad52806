package dev.passbook.adapters.http.upload;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passbook.adapters.http.ApiRequest;
import dev.passbook.adapters.http.body.ContentType;
import dev.passbook.adapters.http.body.FormData;
import dev.passbook.adapters.http.body.FormPart;
import dev.passbook.adapters.http.body.MalformedBodyException;
import dev.passbook.adapters.http.body.MultipartParser;
import dev.passbook.adapters.http.body.UrlEncodedParser;
import dev.passbook.adapters.http.json.JsonCodec;
import dev.passbook.core.application.FileSource;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Reads the parameters of {@code POST .../statement/upload_session/} from any body:
 * <ul>
 * <li>multipart/form-data: a {@code file} part marked as a file is a blob, a plain {@code file}
 *     field is base64 text; {@code file_url} and the other parameters are text fields;</li>
 * <li>application/x-www-form-urlencoded: {@code file} is base64 text, {@code file_url} a URL;</li>
 * <li>JSON: the parameters are read from the object so the request can be identified, but a
 *     {@code file} or {@code file_url} there is not a form field;</li>
 * <li>any other (or no) content type: the parameters are read from the query string, and a
 *     non-empty body is a file that is not a form field.</li>
 * </ul>
 * When both {@code file} and {@code file_url} are sent, {@code file} is used (the document names
 * {@code file_url} as the alternative when no file is provided).
 */
public final class UploadFormReader {

    public static final List<String> PARAMETERS = List.of("session_id", "upload_type", "bank_name", "pdf_password");

    private final JsonCodec json;

    public UploadFormReader(JsonCodec json) {
        this.json = json;
    }

    public UploadForm read(ApiRequest request) throws MalformedBodyException {
        Option<ContentType> type = request.contentType().flatMap(ContentType::parse);
        if (type.exists(t -> t.is(ContentType.MULTIPART_FORM))) {
            String boundary = type.get().param("boundary").getOrElse("");
            return fromForm(MultipartParser.parse(request.body(), boundary), false);
        }
        if (type.exists(t -> t.is(ContentType.URL_ENCODED))) {
            return fromForm(UrlEncodedParser.parse(request.body()), true);
        }
        if (type.exists(ContentType::isJson)) {
            return fromJson(request.body());
        }
        FileSource file = request.body().length == 0 ? FileSource.missing() : FileSource.notAFormField();
        return new UploadForm(request.queryParam("session_id"), request.queryParam("upload_type"),
                request.queryParam("bank_name"), request.queryParam("pdf_password"), file);
    }

    private static UploadForm fromForm(FormData form, boolean urlEncoded) {
        FileSource file = form.part("file")
                .map(part -> fileFrom(part, urlEncoded))
                .orElse(() -> form.text("file_url").map(FileSource::url))
                .getOrElse(FileSource::missing);
        return new UploadForm(form.text("session_id"), form.text("upload_type"), form.text("bank_name"),
                form.text("pdf_password"), file);
    }

    private static FileSource fileFrom(FormPart part, boolean urlEncoded) {
        if (part.isFile()) {
            return FileSource.blob(part.content());
        }
        // Base64 never contains spaces, but a '+' sent without percent-encoding decodes to one.
        return FileSource.text(urlEncoded ? part.text().replace(' ', '+') : part.text());
    }

    private UploadForm fromJson(byte[] body) throws MalformedBodyException {
        JsonNode node = json.read(body).getOrElseThrow(MalformedBodyException::new);
        if (!node.isObject()) {
            throw new MalformedBodyException("Request body must be a JSON object");
        }
        FileSource file = node.has("file") || node.has("file_url") ? FileSource.notAFormField() : FileSource.missing();
        return new UploadForm(text(node, "session_id"), text(node, "upload_type"), text(node, "bank_name"),
                text(node, "pdf_password"), file);
    }

    private static Option<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return Option.none();
        }
        return Option.some(value.asText());
    }
}
