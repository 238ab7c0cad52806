package dev.passbook.adapters.http.body;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class MultipartParserProperties {

    @Provide
    Arbitrary<byte[]> contents() {
        // binary content that may contain CR, LF and dashes, the bytes a careless parser trips on
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofMinLength(1).ofMaxLength(12);
    }

    @Property(tries = 100)
    void everyPartComesBackWithItsExactBytes(@ForAll @Size(min = 1, max = 5) List<@net.jqwik.api.From("contents") byte[]> contents,
                                             @ForAll("names") String name) throws Exception {
        String boundary = "----pbBoundary7MA4YWxkTrZu0gW";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < contents.size(); i++) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + i
                    + "\"; filename=\"f" + i + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(contents.get(i));
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

        FormData form = MultipartParser.parse(body.toByteArray(), boundary);

        assertEquals(contents.size(), form.parts().size());
        for (int i = 0; i < contents.size(); i++) {
            assertArrayEquals(contents.get(i), form.part(name + i).get().content());
        }
    }

    @Property(tries = 100)
    void arbitraryBytesNeverEscapeAsAnythingButMalformedBody(@ForAll("contents") byte[] garbage) {
        try {
            MultipartParser.parse(garbage, "b");
        } catch (MalformedBodyException expected) {
            assertFalse(expected.getMessage().isEmpty());
        }
    }
}
