package org.akhbar.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's deployment files are. */
final class DeployFiles {
    private DeployFiles() {
    }

    /** The repository root: the directory with the ./akhbar launcher. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("akhbar"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (the directory with ./akhbar)");
        }
        return dir;
    }
}
