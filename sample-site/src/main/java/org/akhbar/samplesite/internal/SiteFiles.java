package org.akhbar.samplesite.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to the static files under the {@code site/} resource folder, addressed by URL
 * path ({@code /wadi/feed.xml}), plus the rules for the Content-Type each file is served with.
 */
public final class SiteFiles {

    /** The resource folder that holds the site, on the class path. */
    public static final String ROOT = "site";

    private static final Map<String, String> CONTENT_TYPE_OVERRIDES = readOverrides();

    private SiteFiles() {}

    /**
     * Maps a request path to the file that answers it: a directory path (ending in '/')
     * is answered by its {@code index.html}. Returns empty for paths that could escape the
     * site folder, for folders themselves, and for the module's own metadata (expectations and tables), which are
     * test data, not part of the site.
     */
    public static Optional<String> filePathFor(String requestPath) {
        if (requestPath == null || !requestPath.startsWith("/") || requestPath.contains("..")
                || requestPath.contains("//") || requestPath.contains("\\")) {
            return Optional.empty();
        }
        String path = requestPath.endsWith("/") ? requestPath + "index.html" : requestPath;
        // every site file has an extension; a bare name is a folder, which the class
        // loader would happily "read" as a listing of its entries
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!name.contains(".") || name.endsWith(".json") || name.endsWith(".tsv")) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    /** The raw stored bytes of the file at {@code path}, or empty when there is none. */
    public static Optional<byte[]> read(String path) {
        try (InputStream in = SiteFiles.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read site file " + path, e);
        }
    }

    /** The file at {@code path} as UTF-8 text; throws if it is missing, since callers ship it. */
    public static String readUtf8(String path) {
        return new String(read(path).orElseThrow(() -> new IllegalStateException("missing site file " + path)),
                StandardCharsets.UTF_8);
    }

    /**
     * Rows of a tab-separated table shipped with the site; '#' lines are comments and
     * blank lines are skipped.
     */
    public static List<String[]> readTable(String path) {
        List<String[]> rows = new ArrayList<>();
        for (String line : readUtf8(path).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    /**
     * The Content-Type header for the file at {@code path}. HTML carries its site's charset
     * (qadim is a windows-1256 site, the others UTF-8); a few pages deliberately get another
     * header, listed in {@code site/content-types.tsv}, to test charset detection.
     */
    public static String contentType(String path) {
        String override = CONTENT_TYPE_OVERRIDES.get(path);
        if (override != null) {
            return override;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.endsWith(".html")) {
            return path.startsWith("/qadim/") ? "text/html; charset=windows-1256" : "text/html; charset=utf-8";
        }
        if (name.endsWith(".xml.gz")) {
            return "application/x-gzip";
        }
        if (name.endsWith(".xml")) {
            if (name.contains("atom")) {
                return "application/atom+xml; charset=utf-8";
            }
            if (name.contains("feed")) {
                return "application/rss+xml; charset=utf-8";
            }
            return "application/xml; charset=utf-8";
        }
        if (name.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        }
        if (name.endsWith(".jpg")) {
            return "image/jpeg";
        }
        return "application/octet-stream";
    }

    /** Whether the file is text in which the base placeholder may occur. */
    public static boolean isText(String path) {
        return path.endsWith(".html") || path.endsWith(".xml") || path.endsWith(".txt");
    }

    private static Map<String, String> readOverrides() {
        Map<String, String> map = new HashMap<>();
        for (String[] row : readTable("/content-types.tsv")) {
            map.put(row[0], row[1]);
        }
        return Map.copyOf(map);
    }
}
