package org.akhbar.search.index;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.apache.lucene.index.IndexCommit;

/**
 * What identifies one commit of the index to an operator: its generation (Lucene's commit
 * number, {@code segments_N}), the change-feed seq it covers, and when it was made.
 *
 * @param generation the commit's generation; a replica reports it as its revision
 * @param seq the last change-feed seq the commit holds
 * @param committedAt when the indexer made the commit; null for a commit written before the
 *     time was recorded
 */
public record CommitInfo(long generation, long seq, Instant committedAt) {

    /** The commit's identity from its user data. */
    public static CommitInfo of(IndexCommit commit) throws IOException {
        Map<String, String> data = commit.getUserData();
        String seq = data.get(Fields.COMMIT_SEQ);
        String time = data.get(Fields.COMMIT_TIME);
        return new CommitInfo(commit.getGeneration(), seq == null ? 0 : Long.parseLong(seq),
                time == null ? null : Instant.ofEpochMilli(Long.parseLong(time)));
    }
}
