package dev.passbook.adapters.pdf;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

import java.io.IOException;

/**
 * A page's decoded content stream, read through a meter. PDFBox 3 inflates page content lazily while
 * parsing it, so a few hundred kilobytes of deflated whitespace can unfold into gigabytes that contain
 * no operator at all: the per-operator deadline check would never run. Counting bytes here bounds both
 * the volume and the time of such a page. Failures are unchecked {@link ReadFailure}s so that PDFBox's
 * IOException handlers cannot swallow them.
 */
final class BoundedContent implements RandomAccessRead {

    private static final int CHECK_EVERY_BYTES = 64 * 1024;

    private final RandomAccessRead delegate;
    private final Deadline deadline;
    private final long maxBytes;
    private long consumed;
    private long nextCheck = CHECK_EVERY_BYTES;

    BoundedContent(RandomAccessRead delegate, Deadline deadline, long maxBytes) {
        this.delegate = delegate;
        this.deadline = deadline;
        this.maxBytes = maxBytes;
    }

    private void count(long bytes) {
        if (bytes <= 0) {
            return;
        }
        consumed += bytes;
        if (consumed >= nextCheck) {
            nextCheck = consumed + CHECK_EVERY_BYTES;
            if (consumed > maxBytes) {
                throw ReadFailure.tooComplex("content larger than " + maxBytes / (1024 * 1024) + " MB on one page");
            }
            deadline.check();
        }
    }

    @Override
    public int read() throws IOException {
        int b = delegate.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b) throws IOException {
        int n = delegate.read(b);
        count(n);
        return n;
    }

    @Override
    public int read(byte[] b, int offset, int length) throws IOException {
        int n = delegate.read(b, offset, length);
        count(n);
        return n;
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        delegate.readFully(b);
        count(b.length);
    }

    @Override
    public void readFully(byte[] b, int offset, int length) throws IOException {
        delegate.readFully(b, offset, length);
        count(length);
    }

    @Override
    public long getPosition() throws IOException {
        return delegate.getPosition();
    }

    @Override
    public void seek(long position) throws IOException {
        delegate.seek(position);
    }

    @Override
    public long length() throws IOException {
        return delegate.length();
    }

    @Override
    public boolean isClosed() {
        return delegate.isClosed();
    }

    @Override
    public int peek() throws IOException {
        return delegate.peek();
    }

    @Override
    public void rewind(int bytes) throws IOException {
        delegate.rewind(bytes);
    }

    @Override
    public boolean isEOF() throws IOException {
        return delegate.isEOF();
    }

    @Override
    public int available() throws IOException {
        return delegate.available();
    }

    @Override
    public void skip(int length) throws IOException {
        delegate.skip(length);
        count(length);
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
        return delegate.createView(startPosition, streamLength);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
