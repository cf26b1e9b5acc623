package org.akhbar.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization into the objects {@code kubectl apply -k} would send, so the tests
 * check what a cluster receives rather than the files one by one.
 *
 * <p>Two renderers: {@link #render(Path)} understands the part of kustomize that the files
 * in deploy/k8s use ({@code resources}, {@code namespace}, and {@code patches} given as
 * strategic-merge files) and rejects any other key, so a file that starts using more fails
 * here instead of being checked half; {@link #renderWithKubectl(Path)} runs the real
 * kustomize inside {@code kubectl} where one is installed.
 */
final class Kustomize {
    private static final Set<String> UNDERSTOOD = Set.of("apiVersion", "kind", "namespace", "resources", "patches");

    private Kustomize() {
    }

    static List<Map<String, Object>> render(Path dir) {
        Map<String, Object> k = Yaml.document(dir.resolve("kustomization.yaml"));
        for (String key : k.keySet()) {
            if (!UNDERSTOOD.contains(key)) {
                throw new IllegalArgumentException(dir + "/kustomization.yaml: the tests' renderer does not know '" + key
                        + "'; teach Kustomize.render or keep to " + UNDERSTOOD);
            }
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object r : Yaml.list(k.get("resources"))) {
            Path p = dir.resolve(r.toString()).normalize();
            objects.addAll(Files.isDirectory(p) ? render(p) : Yaml.documents(p));
        }
        for (Object patchEntry : Yaml.list(k.get("patches"))) {
            Map<String, Object> entry = Yaml.map(patchEntry);
            if (!entry.keySet().equals(Set.of("path"))) {
                throw new IllegalArgumentException(dir + ": only patches with a path (strategic merge) are understood: " + entry);
            }
            for (Map<String, Object> patch : Yaml.documents(dir.resolve(entry.get("path").toString()))) {
                Map<String, Object> target = objects.stream()
                        .filter(o -> o.get("kind").equals(patch.get("kind")) && name(o).equals(name(patch)))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(dir + "/" + entry.get("path") + ": patches "
                                + patch.get("kind") + " " + name(patch) + ", which no resource defines"));
                merge(target, patch);
            }
        }
        Object namespace = k.get("namespace");
        if (namespace != null) {
            for (Map<String, Object> o : objects) {
                if (!"Namespace".equals(o.get("kind"))) {
                    metadata(o).put("namespace", namespace);
                }
            }
        }
        return objects;
    }

    /** The real kustomize's rendering, or null when no working kubectl is on the PATH. */
    static List<Map<String, Object>> renderWithKubectl(Path dir) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
        } catch (IOException noKubectl) {
            return null;
        }
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + err);
        }
        return Yaml.documents(new String(out, StandardCharsets.UTF_8));
    }

    static String name(Map<String, Object> object) {
        return String.valueOf(Yaml.map(object.get("metadata")).get("name"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> o) {
        return (Map<String, Object>) o.computeIfAbsent("metadata", x -> new LinkedHashMap<>());
    }

    /**
     * Strategic merge as far as these files need it: maps merge key by key, lists of objects
     * that all have a {@code name} merge element by element on it (new names are appended),
     * anything else is replaced.
     */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> target, Map<String, Object> patch) {
        for (Map.Entry<String, Object> e : patch.entrySet()) {
            Object current = target.get(e.getKey());
            Object change = e.getValue();
            if (current instanceof Map && change instanceof Map) {
                merge((Map<String, Object>) current, (Map<String, Object>) change);
            } else if (namedList(current) && namedList(change)) {
                List<Object> merged = (List<Object>) current;
                for (Object item : (List<Object>) change) {
                    Object name = ((Map<String, Object>) item).get("name");
                    merged.stream().filter(m -> name.equals(((Map<String, Object>) m).get("name"))).findFirst()
                            .ifPresentOrElse(m -> merge((Map<String, Object>) m, (Map<String, Object>) item),
                                    () -> merged.add(item));
                }
            } else {
                target.put(e.getKey(), change);
            }
        }
    }

    private static boolean namedList(Object o) {
        return o instanceof List<?> l && !l.isEmpty()
                && l.stream().allMatch(i -> i instanceof Map<?, ?> m && m.get("name") != null);
    }
}
