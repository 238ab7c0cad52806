package dev.passbook.adapters.http.body;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultipartParserTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void readsTextFieldsAndBinaryFileParts() throws Exception {
        byte[] pdf = {'%', 'P', 'D', 'F', '\r', '\n', '-', '-', 0, (byte) 0xff, '\r', '\n'};
        String head = "preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"session_id\"\r\n\r\nabc-123\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a b.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        String tail = "\r\n--XyZ--\r\nepilogue";
        byte[] body = concat(bytes(head), pdf, bytes(tail));

        FormData form = MultipartParser.parse(body, "XyZ");

        assertEquals(Option.some("abc-123"), form.text("session_id"));
        FormPart file = form.part("file").get();
        assertArrayEquals(pdf, file.content());
        assertEquals(Option.some("a b.pdf"), file.filename());
        assertTrue(file.isFile());
        assertFalse(form.part("session_id").get().isFile());
    }

    @Test
    void keepsAnEmptyFilePartAndUtf8Text() throws Exception {
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"e.pdf\"\r\n\r\n\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"bank_name\"\r\n\r\nस्टेट\r\n--b--\r\n";
        FormData form = MultipartParser.parse(body.getBytes(StandardCharsets.UTF_8), "b");
        assertEquals(0, form.part("file").get().content().length);
        assertEquals(Option.some("स्टेट"), form.text("bank_name"));
    }

    @Test
    void firstOccurrenceOfARepeatedFieldWins() throws Exception {
        String body = "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n2\r\n--b--";
        assertEquals(Option.some("1"), MultipartParser.parse(bytes(body), "b").text("x"));
    }

    @Test
    void refusesBodiesThatDoNotFollowTheFormat() {
        assertThrows(MalformedBodyException.class, () -> MultipartParser.parse(bytes("no boundary here"), "b"));
        assertThrows(MalformedBodyException.class, () -> MultipartParser.parse(bytes("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nunterminated"), "b"));
        assertThrows(MalformedBodyException.class, () -> MultipartParser.parse(bytes("--b\r\nContent-Disposition: form-data; name=\"x\""), "b"));
        assertThrows(MalformedBodyException.class, () -> MultipartParser.parse(bytes("--bxx"), "b"));
        assertThrows(MalformedBodyException.class, () -> MultipartParser.parse(bytes("--b--"), ""));
    }

    @Test
    void contentTypeParametersMayBeQuoted() {
        ContentType type = ContentType.parse("Multipart/Form-Data; charset=utf-8; boundary=\"a;b\"").get();
        assertTrue(type.is(ContentType.MULTIPART_FORM));
        assertEquals(Option.some("a;b"), type.param("boundary"));
        assertTrue(ContentType.parse(" ").isEmpty());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
