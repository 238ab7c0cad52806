package dev.passbook.adapters.http.body;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body into memory but never more than {@code limit} bytes, whatever the
 * {@code Content-Length} said (chunked bodies have none, and a client may lie).
 */
public final class BoundedBody {

    private BoundedBody() {
    }

    public static byte[] read(InputStream in, long limit) throws IOException, BodyTooLargeException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                throw new BodyTooLargeException(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
