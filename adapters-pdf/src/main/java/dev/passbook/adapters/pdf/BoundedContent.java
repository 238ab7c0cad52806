package dev.passbook.adapters.pdf;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

import java.io.IOException;

/**
 * A page's decoded content stream, read through a meter. PDFBox 3 inflates page content lazily while
 * parsing it, so a few hundred kilobytes of deflated whitespace can unfold into gigabytes that contain
 * no operator at all: the per-operator deadline check would never run. Counting bytes here bounds both
 * the volume and the time of such a page (the page's {@link ContentMeter} also counts the forms it draws). Failures are unchecked {@link ReadFailure}s so that PDFBox's
 * IOException handlers cannot swallow them.
 */
final class BoundedContent implements RandomAccessRead {

    private final RandomAccessRead delegate;
    private final ContentMeter meter;

    private BoundedContent(RandomAccessRead delegate, ContentMeter meter) {
        this.delegate = delegate;
        this.meter = meter;
    }

    static BoundedContent of(RandomAccessRead delegate, ContentMeter meter) {
        return meter.track(new BoundedContent(delegate, meter));
    }

    /**
     * PDFBox's content parser closes its source at the end of the stream and when it gives up on a
     * syntax error; it simply stops, without closing, on a token it cannot read at all. In the last
     * two cases the stream was not read to its end.
     */
    boolean notAtEnd() {
        try {
            return !delegate.isClosed() && !delegate.isEOF();
        } catch (IOException | RuntimeException unreadable) {
            return true;
        }
    }

    private void count(long bytes) {
        meter.count(bytes);
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
        if (!delegate.isClosed()) {
            meter.closed(this, notAtEnd());
        }
        delegate.close();
    }
}
