package org.reintegration.portal.interop.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;

/**
 * Passes text through to the CSV parser and keeps what it passed since the record being read, so that a
 * refused record can be looked at again to say where it went wrong. Offsets count characters from the
 * start, as the parser's record positions do.
 */
final class RecordingReader extends Reader {

    /** How much text before the current record may pile up before it is dropped. */
    private static final int KEEP = 1 << 16;

    private final Reader in;
    private final StringBuilder seen = new StringBuilder();
    private long seenStart;

    RecordingReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        if (read > 0) {
            seen.append(buffer, offset, read);
        }
        return read;
    }

    /** The text passed on from {@code offset}, which must not have been forgotten. */
    CharSequence textFrom(long offset) {
        return CharBuffer.wrap(seen, (int) (offset - seenStart), seen.length());
    }

    /** The offset just after {@code lines} line breaks (CRLF, LF or CR) from {@code offset}. */
    long skipLines(long offset, int lines) {
        int i = (int) (offset - seenStart);
        for (int breaks = 0; breaks < lines && i < seen.length(); i++) {
            char c = seen.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == seen.length() || seen.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return seenStart + i;
    }

    /** Drops the text before {@code offset}, now that no record before it can be refused any more. */
    void forgetBefore(long offset) {
        if (offset - seenStart > KEEP) {
            seen.delete(0, (int) (offset - seenStart));
            seenStart = offset;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
