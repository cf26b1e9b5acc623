package org.akhbar.search.replica;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Where a replica gets revisions from: the indexer, over whatever transport the service uses. */
public interface RevisionSource {
    /** The latest published revision; empty when nothing is published yet. */
    Optional<Revision> latest() throws IOException;

    /**
     * The bytes of one file of {@code revision}.
     *
     * @throws IOException also when the source no longer holds that revision (the replica then
     *     starts over with the latest one)
     */
    InputStream open(Revision revision, String fileName) throws IOException;
}
