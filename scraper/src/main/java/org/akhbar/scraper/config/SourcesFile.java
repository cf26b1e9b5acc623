package org.akhbar.scraper.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.akhbar.domain.Source;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a sources file ({@code sources.yml}) into {@link Source}s.
 *
 * <p>The file has one top-level key, {@code sources}, holding a list of maps with the keys
 * {@code id}, {@code name}, {@code homepage} (required), {@code feeds}, {@code sitemaps},
 * {@code startUrls} (lists of absolute http(s) URLs, optional) and {@code timezone}
 * (optional, default {@link Source#DEFAULT_TIMEZONE}). Anything else is refused: a typo in a
 * key would otherwise silently leave a site uncrawled. Every failure is a
 * {@link SourcesConfigException} naming the source and the key.
 */
public final class SourcesFile {
    private static final Set<String> KEYS =
            Set.of("id", "name", "homepage", "feeds", "sitemaps", "startUrls", "timezone");

    private SourcesFile() {}

    /** Loads and validates the sources file at {@code path}. */
    public static List<Source> load(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourcesConfigException("cannot read sources file " + path + ": " + e.getMessage(), e);
        }
        return parse(text, path.toString());
    }

    /** Parses sources YAML; {@code origin} names the file in messages. */
    public static List<Source> parse(String yamlText, String origin) {
        Object root;
        try {
            // SafeConstructor: a sources file must never be able to instantiate classes.
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        } catch (YAMLException e) {
            throw new SourcesConfigException(origin + ": not valid YAML: " + firstLine(e.getMessage()), e);
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new SourcesConfigException(origin + ": expected a top-level key 'sources'");
        }
        for (Object key : top.keySet()) {
            if (!"sources".equals(key)) {
                throw new SourcesConfigException(origin + ": unknown top-level key '" + key + "'");
            }
        }
        if (!(top.get("sources") instanceof List<?> entries) || entries.isEmpty()) {
            throw new SourcesConfigException(origin + ": key 'sources' must be a non-empty list");
        }
        List<Source> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Source source = toSource(entries.get(i), origin, i);
            if (!ids.add(source.id())) {
                throw new SourcesConfigException(origin + ": source '" + source.id() + "': key 'id' is used twice");
            }
            sources.add(source);
        }
        return List.copyOf(sources);
    }

    private static Source toSource(Object entry, String origin, int index) {
        if (!(entry instanceof Map<?, ?> raw)) {
            throw new SourcesConfigException(origin + ": sources[" + index + "] must be a map of keys");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        raw.forEach((k, v) -> map.put(String.valueOf(k), v));
        String label = map.get("id") instanceof String s && !s.isBlank() ? "source '" + s + "'" : "sources[" + index + "]";
        Field f = new Field(origin + ": " + label);
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                throw f.error(key, "unknown key");
            }
        }
        String id = f.requiredText(map, "id");
        if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw f.error("id", "must be lower-case letters, digits and dashes, got '" + id + "'");
        }
        String name = f.requiredText(map, "name");
        URI homepage = f.url("homepage", f.requiredText(map, "homepage"));
        List<URI> feeds = f.urls(map, "feeds");
        List<URI> sitemaps = f.urls(map, "sitemaps");
        List<URI> startUrls = f.urls(map, "startUrls");
        ZoneId zone = Source.DEFAULT_TIMEZONE;
        if (map.get("timezone") != null) {
            String z = f.text(map, "timezone");
            try {
                zone = ZoneId.of(z);
            } catch (DateTimeException e) {
                throw f.error("timezone", "unknown time zone '" + z + "'");
            }
        }
        try {
            return new Source(id, name, homepage, feeds, sitemaps, startUrls, zone);
        } catch (IllegalArgumentException e) {
            throw new SourcesConfigException(f.where + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Validation helpers bound to one source, so every message says where it applies. */
    private record Field(String where) {
        SourcesConfigException error(String key, String problem) {
            return new SourcesConfigException(where + ": key '" + key + "': " + problem);
        }

        String requiredText(Map<String, Object> map, String key) {
            if (!map.containsKey(key) || map.get(key) == null) {
                throw error(key, "missing (required)");
            }
            String value = text(map, key);
            if (value.isBlank()) {
                throw error(key, "must not be blank");
            }
            return value.strip();
        }

        String text(Map<String, Object> map, String key) {
            Object value = map.get(key);
            if (value instanceof String s) {
                return s;
            }
            throw error(key, "must be a text value");
        }

        List<URI> urls(Map<String, Object> map, String key) {
            Object value = map.get(key);
            if (value == null) {
                return List.of();
            }
            if (value instanceof String single) {
                return List.of(url(key, single));
            }
            if (!(value instanceof List<?> list)) {
                throw error(key, "must be a list of URLs");
            }
            List<URI> out = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof String s)) {
                    throw error(key, "must be a list of URLs, found " + item);
                }
                out.add(url(key, s));
            }
            return out;
        }

        URI url(String key, String text) {
            URI uri;
            try {
                uri = new URI(text.strip());
            } catch (URISyntaxException e) {
                throw error(key, "not a valid URL '" + text + "'");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw error(key, "not an absolute http(s) URL '" + text + "'");
            }
            return uri;
        }
    }
}
