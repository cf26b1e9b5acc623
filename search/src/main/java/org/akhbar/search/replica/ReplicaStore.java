package org.akhbar.search.replica;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A replica's copies of the index, one directory per revision, under a root of its own.
 *
 * <p>Contract: {@link #install} builds a new directory for a revision, hard-linking the files
 * the current copy already has and fetching the others, checks every fetched file's length
 * and checksum, syncs them, and only then writes the directory's ready marker (atomically, by
 * rename). A directory without the marker is never served: a crash or kill at any point
 * leaves the current copy as it was, and {@link #open} deletes the half-built directory on
 * the next start. The store only ever deletes the numbered directories it made. Not
 * thread-safe: one thread (the replica's follower) drives it.
 */
public final class ReplicaStore {
    /** The marker a finished copy gets last: the revision it holds, as text. */
    static final String READY = "revision.ready";
    private static final String NUMBERED = "\\d{9}";

    private final Path root;
    private Path currentDir;
    private Revision current;
    private long lastNumber;

    private ReplicaStore(Path root) {
        this.root = root;
    }

    /**
     * Opens the store under {@code root} (created if needed): the newest ready copy becomes
     * current, unfinished and older copies are deleted.
     */
    public static ReplicaStore open(Path root) throws IOException {
        Files.createDirectories(root);
        ReplicaStore store = new ReplicaStore(root);
        List<Path> numbered = store.numberedDirectories();
        for (Path dir : numbered.reversed()) {
            Path ready = dir.resolve(READY);
            if (store.current == null && Files.isRegularFile(ready)) {
                try {
                    store.current = Revision.fromText(Files.readString(ready, StandardCharsets.UTF_8));
                    store.currentDir = dir;
                } catch (RuntimeException unreadable) {
                    // not a copy this version can trust: it goes with the unfinished ones
                }
            }
        }
        if (!numbered.isEmpty()) {
            store.lastNumber = Long.parseLong(numbered.getLast().getFileName().toString());
        }
        store.deleteAllButCurrent();
        return store;
    }

    /** The revision of the current copy; empty before the first. */
    public Optional<Revision> current() {
        return Optional.ofNullable(current);
    }

    /** The directory of the current copy; empty before the first. */
    public Optional<Path> currentDirectory() {
        return Optional.ofNullable(currentDir);
    }

    /**
     * Copies {@code revision} from {@code source} into a new directory and makes it current.
     * On any failure the new directory is deleted and the current copy stays.
     *
     * @return the new copy's directory, to open a searcher on
     */
    public Path install(Revision revision, RevisionSource source) throws IOException {
        Path dir = root.resolve(String.format("%09d", ++lastNumber));
        Files.createDirectory(dir);
        try {
            List<String> fetched = new ArrayList<>();
            for (RevisionFile file : revision.files()) {
                Path target = dir.resolve(file.name());
                if (!reuse(file, target)) {
                    try (InputStream in = source.open(revision, file.name())) {
                        Files.copy(in, target);
                    }
                    fetched.add(file.name());
                }
            }
            try (Directory copy = FSDirectory.open(dir)) {
                for (String name : fetched) {
                    verify(copy, revision.file(name).orElseThrow());
                }
                copy.sync(revision.files().stream().map(RevisionFile::name).toList());
                copy.syncMetaData();
            }
            writeReadyMarker(dir, revision);
        } catch (IOException | RuntimeException e) {
            deleteRecursively(dir);
            throw e;
        }
        currentDir = dir;
        current = revision;
        return dir;
    }

    /** Deletes every copy but the current one (call it once the searcher has moved on). */
    public void deleteAllButCurrent() throws IOException {
        for (Path dir : numberedDirectories()) {
            if (!dir.equals(currentDir)) {
                deleteRecursively(dir);
            }
        }
    }

    // Links a file the current copy already has (same name, length and checksum): files of
    // one index are written once and never changed, and unchanged segments are most of a copy.
    private boolean reuse(RevisionFile file, Path target) throws IOException {
        if (current == null || !current.files().contains(file)) {
            return false;
        }
        Path existing = currentDir.resolve(file.name());
        try {
            Files.createLink(target, existing);
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            Files.copy(existing, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return true;
    }

    private static void verify(Directory copy, RevisionFile file) throws IOException {
        long length = copy.fileLength(file.name());
        if (length != file.length()) {
            throw new IOException(file.name() + ": " + length + " bytes copied, " + file.length() + " expected");
        }
        try (IndexInput in = copy.openInput(file.name(), IOContext.READONCE)) {
            long checksum = CodecUtil.checksumEntireFile(in);
            if (checksum != file.checksum()) {
                throw new IOException(file.name() + ": checksum " + checksum + ", " + file.checksum() + " expected");
            }
        }
    }

    private static void writeReadyMarker(Path dir, Revision revision) throws IOException {
        Path tmp = dir.resolve(READY + ".tmp");
        Files.writeString(tmp, revision.toText(), StandardCharsets.UTF_8);
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(tmp, dir.resolve(READY), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(READY), StandardCopyOption.REPLACE_EXISTING);
        }
        try (Directory d = FSDirectory.open(dir)) {
            d.syncMetaData();
        }
    }

    private List<Path> numberedDirectories() throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches(NUMBERED))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

}
