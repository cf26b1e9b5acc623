/**
 * Copies of the index for API replicas that share no disk with the indexer.
 *
 * <p>The indexer {@link org.akhbar.search.replica.RevisionPublisher publishes} each commit as
 * a {@link org.akhbar.search.replica.Revision}: the commit's files with their lengths and
 * checksums, held on disk while replicas may still copy them. A replica's {@link
 * org.akhbar.search.replica.ReplicaStore} copies a revision into a directory of its own,
 * reusing the files it already has, checks every file, and only then marks the directory
 * ready; the searcher switches to it afterwards. This is the commit-based scheme of Lucene's
 * former replicator module (Lucene 10 keeps only the near-real-time one, which needs a
 * transport and a primary that owns the writer), written here on lucene-core alone. How the
 * bytes travel (HTTP) is the services' business: see {@link
 * org.akhbar.search.replica.RevisionSource}.
 */
package org.akhbar.search.replica;
