package org.akhbar.api.index;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/** A stream read no faster than a given number of bytes per second, on average since its start. */
final class ThrottledInputStream extends FilterInputStream {
    /** Reads in pieces no larger than this, so the pauses stay short and even. */
    private static final int PIECE = 16 * 1024;

    private final long bytesPerSecond;
    private final long startedNanos = System.nanoTime();
    private long read;

    ThrottledInputStream(InputStream in, long bytesPerSecond) {
        super(in);
        if (bytesPerSecond <= 0) {
            throw new IllegalArgumentException("bytes per second must be positive");
        }
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, Math.min(len, PIECE));
        if (n > 0) {
            read += n;
            pace();
        }
        return n;
    }

    // Sleeps until the bytes read so far fit the rate.
    private void pace() throws InterruptedIOException {
        long dueNanos = (long) (read * 1e9 / bytesPerSecond); // in double: read * 1e9 overflows a long at 9 GB
        long aheadNanos = dueNanos - (System.nanoTime() - startedNanos);
        if (aheadNanos > 0) {
            try {
                Thread.sleep(aheadNanos / 1_000_000, (int) (aheadNanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while pacing the copy");
            }
        }
    }
}
