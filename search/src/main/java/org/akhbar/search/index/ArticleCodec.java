package org.akhbar.search.index;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default codec with the stored fields kept uncompressed.
 *
 * <p>Why: an article's stored fields are its text (title, body), needed for every hit shown
 * and for the article endpoint. Compressed, showing one hit decompresses a whole block of
 * neighbouring articles, and compressing them was a tenth of the indexing CPU on the search
 * benchmark. Uncompressed, the index is larger (the stored text takes about twice the bytes)
 * and both costs go. Registered through {@code META-INF/services}, so any reader on the
 * classpath opens segments written with it.
 */
public final class ArticleCodec extends FilterCodec {
    /** The codec's name, written into every segment. */
    public static final String NAME = "Akhbar103";

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "AkhbarStoredFieldsUncompressed", UNCOMPRESSED, 16 * 1024, 128, 10);

    public ArticleCodec() {
        super(NAME, new Lucene103Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }

    /** Bytes as they are: a chunk is written verbatim and a document read in place. */
    static final CompressionMode UNCOMPRESSED = new CompressionMode() {
        @Override
        public Compressor newCompressor() {
            return new Compressor() {
                @Override
                public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
                    out.copyBytes(in, in.length());
                }

                @Override
                public void close() {}
            };
        }

        @Override
        public Decompressor newDecompressor() {
            return new Verbatim();
        }

        @Override
        public String toString() {
            return "UNCOMPRESSED";
        }
    };

    private static final class Verbatim extends Decompressor {
        @Override
        public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes)
                throws IOException {
            in.skipBytes(offset);
            bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
            in.readBytes(bytes.bytes, 0, length);
            bytes.offset = 0;
            bytes.length = length;
        }

        @Override
        public Decompressor clone() {
            return new Verbatim();
        }
    }
}
