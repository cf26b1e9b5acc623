package org.akhbar.store.testing;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Asks the local Docker engine, over its Unix socket and without Testcontainers, whether it
 * has the default bridge network. Testcontainers needs that network for its reaper, its
 * start-up checks and port-mapped containers, and on an engine without one it retries image
 * pulls for minutes before failing; asking first lets the tests decide in milliseconds.
 */
public final class DockerEngine {
    private DockerEngine() {
    }

    /**
     * TRUE or FALSE as the engine answers; null when no engine answers on a Unix socket
     * ({@code DOCKER_HOST=unix://...} or {@code /var/run/docker.sock}), or DOCKER_HOST names
     * another kind of address.
     */
    public static Boolean hasBridgeNetwork() {
        Path socket = socket();
        if (socket == null || !Files.exists(socket)) {
            return null;
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            channel.write(ByteBuffer.wrap("GET /networks/bridge HTTP/1.0\r\nHost: docker\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer answer = ByteBuffer.allocate(64);
            while (answer.hasRemaining() && channel.read(answer) > 0) {
                // the status line is all that is needed
            }
            String statusLine = new String(answer.array(), 0, answer.position(), StandardCharsets.US_ASCII);
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                return null;
            }
            return parts[1].equals("200");
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the environment sets Testcontainers up for an engine without a bridge network. */
    public static boolean testcontainersSetForHostNetworking() {
        return "true".equalsIgnoreCase(System.getenv("TESTCONTAINERS_RYUK_DISABLED"))
                && System.getenv("TESTCONTAINERS_HOST_OVERRIDE") != null;
    }

    private static Path socket() {
        String host = System.getenv("DOCKER_HOST");
        if (host == null || host.isBlank()) {
            return Path.of("/var/run/docker.sock");
        }
        return host.startsWith("unix://") ? Path.of(host.substring("unix://".length())) : null;
    }
}
