package org.reintegration.portal.interop.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * An input stream that tells a listener how many bytes have been read so far, so that a view can show
 * how far the import of a large upload has come (bytes read against the file's size). The listener is
 * called on the reading thread after each read that returned data, with the running total.
 */
public final class ProgressInputStream extends FilterInputStream {

    private final LongConsumer bytesRead;
    private long total;

    /**
     * @param in        the stream to read
     * @param bytesRead called with the number of bytes read so far; it should be quick, as it runs on every read
     */
    public ProgressInputStream(InputStream in, LongConsumer bytesRead) {
        super(in);
        this.bytesRead = Objects.requireNonNull(bytesRead);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int read = super.read(bytes, offset, length);
        if (read > 0) {
            advance(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            advance(skipped);
        }
        return skipped;
    }

    /** Marking would make the count run past the bytes actually consumed, so it is not offered. */
    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readLimit) {
        // Not supported: see markSupported().
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset is not supported");
    }

    private void advance(long bytes) {
        total += bytes;
        bytesRead.accept(total);
    }
}
