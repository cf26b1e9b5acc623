package org.akhbar.search.replica;

import java.io.IOException;
import java.io.InputStream;
import org.apache.lucene.store.IndexInput;

/** An index file read as a stream; closing the stream closes the input. */
final class IndexInputStream extends InputStream {
    private final IndexInput in;

    IndexInputStream(IndexInput in) {
        this.in = in;
    }

    private long remaining() {
        return in.length() - in.getFilePointer();
    }

    @Override
    public int read() throws IOException {
        return remaining() > 0 ? in.readByte() & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        long left = remaining();
        if (len == 0) {
            return 0;
        }
        if (left <= 0) {
            return -1;
        }
        int n = (int) Math.min(len, left);
        in.readBytes(b, off, n);
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
