package org.akhbar.search.replica;

/**
 * One file of a {@link Revision}.
 *
 * @param name the file's name in the index directory
 * @param length its length in bytes
 * @param checksum the CRC32 Lucene records in the file's footer
 */
public record RevisionFile(String name, long length, long checksum) {
    public RevisionFile {
        if (name == null || name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("not an index file name: " + name);
        }
        if (length < 0) {
            throw new IllegalArgumentException("negative length for " + name);
        }
    }
}
