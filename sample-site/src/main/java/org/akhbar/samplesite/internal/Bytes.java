package org.akhbar.samplesite.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Byte-level helpers for serving the site's files without decoding them. */
public final class Bytes {

    private Bytes() {}

    /**
     * Replaces every occurrence of {@code target} in {@code data} by {@code replacement}.
     * Works on bytes so that pages in a legacy charset keep their encoding: the
     * placeholder and the base URL are ASCII, which every charset we serve maps the same way.
     */
    public static byte[] replaceAll(byte[] data, byte[] target, byte[] replacement) {
        if (target.length == 0) {
            throw new IllegalArgumentException("empty target");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 64);
        int i = 0;
        int copied = 0;
        while (i <= data.length - target.length) {
            if (matchesAt(data, i, target)) {
                out.write(data, copied, i - copied);
                out.writeBytes(replacement);
                i += target.length;
                copied = i;
            } else {
                i++;
            }
        }
        out.write(data, copied, data.length - copied);
        return out.toByteArray();
    }

    private static boolean matchesAt(byte[] data, int at, byte[] target) {
        for (int k = 0; k < target.length; k++) {
            if (data[at + k] != target[k]) {
                return false;
            }
        }
        return true;
    }

    /** Decompresses a whole gzip member. */
    public static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("not gzip data", e);
        }
    }

    /** Compresses into one gzip member; the JDK writes a zero timestamp, so output is deterministic. */
    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
