package org.akhbar.search.replica;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One published commit of the index: what a replica needs to copy it.
 *
 * @param version names the revision: the commit's generation and the checksum of its
 *     {@code segments_N} file, so a rebuilt index whose generations start again is still told
 *     apart from the old one
 * @param generation the commit's generation
 * @param seq the last change-feed seq the commit holds
 * @param committedAt when the indexer made the commit (epoch 0 if it did not record it)
 * @param files the commit's files, the {@code segments_N} file last
 */
public record Revision(String version, long generation, long seq, Instant committedAt, List<RevisionFile> files) {
    public Revision {
        files = List.copyOf(files);
        if (files.isEmpty() || !files.getLast().name().startsWith("segments_")) {
            throw new IllegalArgumentException("a revision lists its segments_N file last");
        }
        if (!version.matches("[0-9a-z-]+")) {
            throw new IllegalArgumentException("not a revision version: " + version);
        }
    }

    /** The version of a commit of {@code generation} whose segments file has {@code segmentsChecksum}. */
    static String versionOf(long generation, long segmentsChecksum) {
        return Long.toString(generation, 36) + "-" + Long.toHexString(segmentsChecksum).toLowerCase(Locale.ROOT);
    }

    /** The file called {@code name}, if the revision has one. */
    public java.util.Optional<RevisionFile> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * The revision as lines of text: a header ({@code version generation seq committed-at-millis},
     * tab-separated), then {@code name length checksum} per file. It is how the indexer
     * describes a revision to replicas, and the ready marker of a replica's copy.
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(version).append('\t').append(generation).append('\t').append(seq).append('\t')
                .append(committedAt.toEpochMilli()).append('\n');
        for (RevisionFile f : files) {
            sb.append(f.name()).append('\t').append(f.length()).append('\t').append(f.checksum()).append('\n');
        }
        return sb.toString();
    }

    /**
     * Reads what {@link #toText()} wrote.
     *
     * @throws IllegalArgumentException if {@code text} is not a revision
     */
    public static Revision fromText(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 2) {
            throw new IllegalArgumentException("not a revision: " + lines.length + " line(s)");
        }
        try {
            String[] head = lines[0].split("\t");
            List<RevisionFile> files = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t");
                files.add(new RevisionFile(f[0], Long.parseLong(f[1]), Long.parseLong(f[2])));
            }
            return new Revision(head[0], Long.parseLong(head[1]), Long.parseLong(head[2]),
                    Instant.ofEpochMilli(Long.parseLong(head[3])), files);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a revision: " + e.getMessage(), e);
        }
    }
}
