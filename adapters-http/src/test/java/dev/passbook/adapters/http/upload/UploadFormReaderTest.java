package dev.passbook.adapters.http.upload;

import dev.passbook.adapters.http.ApiRequest;
import dev.passbook.adapters.http.body.MalformedBodyException;
import dev.passbook.adapters.http.json.JsonCodec;
import dev.passbook.core.application.FileSource;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UploadFormReaderTest {

    private final UploadFormReader reader = new UploadFormReader(new JsonCodec());

    private static ApiRequest request(String contentType, String body, Map<String, List<String>> query) {
        Map<String, List<String>> headers = contentType == null ? HashMap.empty() : HashMap.of("content-type", List.of(contentType));
        return new ApiRequest("POST", "/", HashMap.empty(), headers, query, body.getBytes(StandardCharsets.UTF_8));
    }

    private static ApiRequest request(String contentType, String body) {
        return request(contentType, body, HashMap.empty());
    }

    private static String multipart(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (String f : fields) {
            sb.append("--B\r\n").append(f).append("\r\n");
        }
        return sb.append("--B--\r\n").toString();
    }

    @Test
    void multipartFilePartIsABlobAndTheOtherFieldsAreRead() throws Exception {
        String body = multipart(
                "Content-Disposition: form-data; name=\"session_id\"\r\n\r\ns-1",
                "Content-Disposition: form-data; name=\"upload_type\"\r\n\r\nPDF",
                "Content-Disposition: form-data; name=\"bank_name\"\r\n\r\nhdfc",
                "Content-Disposition: form-data; name=\"pdf_password\"\r\n\r\nsecret",
                "Content-Disposition: form-data; name=\"file\"; filename=\"s.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7");
        UploadForm form = reader.read(request("multipart/form-data; boundary=B", body));
        assertEquals(Option.some("s-1"), form.sessionId());
        assertEquals(Option.some("PDF"), form.uploadType());
        assertEquals(Option.some("hdfc"), form.bankName());
        assertEquals(Option.some("secret"), form.pdfPassword());
        assertArrayEquals("%PDF-1.7".getBytes(StandardCharsets.UTF_8), ((FileSource.Blob) form.file()).bytes());
    }

    @Test
    void multipartTextFieldFileIsBase64TextAndKeepsPlusSigns() throws Exception {
        String body = multipart("Content-Disposition: form-data; name=\"file\"\r\n\r\nJVBE+Ri0x/Lj0=");
        UploadForm form = reader.read(request("multipart/form-data; boundary=B", body));
        assertEquals(FileSource.text("JVBE+Ri0x/Lj0="), form.file());
    }

    @Test
    void multipartFileUrlIsAUrlAndFileWinsOverIt() throws Exception {
        UploadForm urlOnly = reader.read(request("multipart/form-data; boundary=B",
                multipart("Content-Disposition: form-data; name=\"file_url\"\r\n\r\nhttps://example.com/a.pdf")));
        assertEquals(FileSource.url("https://example.com/a.pdf"), urlOnly.file());
        UploadForm both = reader.read(request("multipart/form-data; boundary=B", multipart(
                "Content-Disposition: form-data; name=\"file_url\"\r\n\r\nhttps://example.com/a.pdf",
                "Content-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n\r\n%PDF")));
        assertInstanceOf(FileSource.Blob.class, both.file());
    }

    @Test
    void multipartWithoutFileIsMissing() throws Exception {
        UploadForm form = reader.read(request("multipart/form-data; boundary=B",
                multipart("Content-Disposition: form-data; name=\"session_id\"\r\n\r\ns")));
        assertInstanceOf(FileSource.Missing.class, form.file());
        assertEquals(Option.none(), form.uploadType());
    }

    @Test
    void urlEncodedFileIsBase64TextWithUnencodedPlusRestored() throws Exception {
        UploadForm form = reader.read(request("application/x-www-form-urlencoded",
                "session_id=s%2D1&upload_type=BASE64&file=JVBE+Ri0x%2FLj0%3D"));
        assertEquals(Option.some("s-1"), form.sessionId());
        assertEquals(FileSource.text("JVBE+Ri0x/Lj0="), form.file());
    }

    @Test
    void urlEncodedFileUrlIsAUrl() throws Exception {
        UploadForm form = reader.read(request("application/x-www-form-urlencoded; charset=UTF-8",
                "session_id=s&upload_type=PDF&file_url=http%3A%2F%2Fh%2Fa.pdf%3Fx%3D1"));
        assertEquals(FileSource.url("http://h/a.pdf?x=1"), form.file());
    }

    @Test
    void jsonBodyIdentifiesTheRequestButItsFileIsNotAFormField() throws Exception {
        UploadForm form = reader.read(request("application/json",
                "{\"session_id\":\"s\",\"upload_type\":\"PDF\",\"file\":\"JVBERi0=\"}"));
        assertEquals(Option.some("s"), form.sessionId());
        assertInstanceOf(FileSource.NotAFormField.class, form.file());
        UploadForm viaUrl = reader.read(request("application/json", "{\"session_id\":\"s\",\"file_url\":\"http://x\"}"));
        assertInstanceOf(FileSource.NotAFormField.class, viaUrl.file());
        UploadForm none = reader.read(request("application/json", "{\"session_id\":\"s\"}"));
        assertInstanceOf(FileSource.Missing.class, none.file());
    }

    @Test
    void rawBodyOfAnotherTypeIsNotAFormFieldAndParametersComeFromTheQuery() throws Exception {
        UploadForm form = reader.read(request("application/pdf", "%PDF-1.7",
                HashMap.of("session_id", List.of("q-1"), "upload_type", List.of("PDF"))));
        assertEquals(Option.some("q-1"), form.sessionId());
        assertInstanceOf(FileSource.NotAFormField.class, form.file());
        UploadForm empty = reader.read(request(null, ""));
        assertInstanceOf(FileSource.Missing.class, empty.file());
        assertEquals(Option.none(), empty.sessionId());
    }

    @Test
    void malformedBodiesAreReportedNotGuessed() {
        assertThrows(MalformedBodyException.class, () -> reader.read(request("application/json", "[1,2]")));
        assertThrows(MalformedBodyException.class, () -> reader.read(request("application/json", "{")));
        assertThrows(MalformedBodyException.class, () -> reader.read(request("multipart/form-data", "--B--")));
        assertThrows(MalformedBodyException.class, () -> reader.read(request("application/x-www-form-urlencoded", "a=%zz")));
    }

    @Test
    void passwordNeverAppearsInToString() throws Exception {
        UploadForm form = reader.read(request("application/x-www-form-urlencoded", "pdf_password=hunter2&session_id=s"));
        assertEquals(-1, form.toString().indexOf("hunter2"));
    }
}
