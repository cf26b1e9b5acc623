package org.akhbar.scraper.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Bounded gunzip: a small compressed file must not expand into unbounded memory. */
public final class Gzip {
    private Gzip() {}

    /** True when {@code body} starts with the gzip magic number. */
    public static boolean isGzip(byte[] body) {
        return body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    }

    /**
     * The decompressed bytes of {@code body}.
     *
     * @throws TooLargeException when the output would exceed {@code maxBytes}
     * @throws IOException when the data is not valid gzip
     */
    public static byte[] gunzip(byte[] body, long maxBytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(32, body.length * 4));
            byte[] buf = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** Decompressed data went past the allowed size. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(long maxBytes) {
            super("decompressed data larger than " + maxBytes + " bytes");
        }
    }
}
