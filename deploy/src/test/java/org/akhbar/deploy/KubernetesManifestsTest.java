package org.akhbar.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.akhbar.scraper.config.SourcesFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Kubernetes files in deploy/k8s, as a cluster would receive them: the base and the demo
 * overlay, rendered by the tests' own kustomize subset and, where kubectl is installed, by the
 * real one. Every object must be valid against the Kubernetes 1.32 API model (the official
 * Java client's generated classes, which reject unknown fields and missing required ones),
 * and everything the objects point at must exist: ConfigMaps and Secrets and their keys,
 * volumes, container ports named by probes and Services, the pods Services and disruption
 * budgets select, and health endpoints the images really serve ({@link ServiceHealth}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KubernetesManifestsTest {
    static final Path K8S = DeployFiles.root().resolve("deploy/k8s");
    private static final Map<String, String> API_VERSION_OF_KIND = Map.of(
            "Namespace", "v1", "ConfigMap", "v1", "Secret", "v1", "Service", "v1",
            "Deployment", "apps/v1", "StatefulSet", "apps/v1", "PodDisruptionBudget", "policy/v1");

    /** Each rendering of each kustomization, by a name saying which. */
    private final Map<String, List<Map<String, Object>>> renderings = new LinkedHashMap<>();

    @BeforeAll
    void render() throws Exception {
        for (String dir : List.of("base", "overlays/demo")) {
            renderings.put(dir, Kustomize.render(K8S.resolve(dir)));
            List<Map<String, Object>> real = Kustomize.renderWithKubectl(K8S.resolve(dir));
            if (real != null) {
                renderings.put(dir + " (kubectl kustomize)", real);
            }
        }
        System.err.println("Kubernetes manifests checked as rendered by: " + renderings.keySet());
    }

    @Test
    void everyObjectIsValidAgainstTheKubernetesApiModel() {
        forEachRendering((name, objects) -> {
            assertThat(objects).as(name).isNotEmpty();
            for (Map<String, Object> o : objects) {
                String kind = String.valueOf(o.get("kind"));
                assertThat(API_VERSION_OF_KIND).as("%s: a kind this project uses", name).containsKey(kind);
                assertThat(o.get("apiVersion")).as("%s: apiVersion of %s", name, kind).isEqualTo(API_VERSION_OF_KIND.get(kind));
                validate(kind, new Gson().toJsonTree(o));
            }
        });
    }

    @Test
    void theValidatorRejectsAMisspelledField() {
        Map<String, Object> deployment = new LinkedHashMap<>(find(renderings.get("base"), "Deployment", "akhbar-api"));
        Map<String, Object> spec = new LinkedHashMap<>(Yaml.map(deployment.get("spec")));
        spec.put("replica", spec.remove("replicas"));
        deployment.put("spec", spec);
        assertThatThrownBy(() -> validate("Deployment", new Gson().toJsonTree(deployment)))
                .hasMessageContaining("replica");
    }

    @Test
    void everyReferencedConfigMapSecretAndKeyExists() {
        forEachRendering((name, objects) -> {
            Map<String, Set<String>> configMaps = new LinkedHashMap<>();
            Map<String, Set<String>> secrets = new LinkedHashMap<>();
            for (Map<String, Object> o : objects) {
                if (o.get("kind").equals("ConfigMap")) {
                    configMaps.put(Kustomize.name(o), Yaml.map(o.get("data")).keySet());
                } else if (o.get("kind").equals("Secret")) {
                    Set<String> keys = new java.util.HashSet<>(Yaml.map(o.get("data")).keySet());
                    keys.addAll(Yaml.map(o.get("stringData")).keySet());
                    secrets.put(Kustomize.name(o), keys);
                }
            }
            for (Workload w : workloads(objects)) {
                for (V1Container c : w.allContainers()) {
                    for (V1EnvFromSource from : nonNull(c.getEnvFrom())) {
                        if (from.getSecretRef() != null) {
                            assertThat(secrets).as("%s: %s envFrom", name, w).containsKey(from.getSecretRef().getName());
                        }
                        if (from.getConfigMapRef() != null) {
                            assertThat(configMaps).as("%s: %s envFrom", name, w).containsKey(from.getConfigMapRef().getName());
                        }
                    }
                    for (V1EnvVar env : nonNull(c.getEnv())) {
                        if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                            var ref = env.getValueFrom().getSecretKeyRef();
                            assertThat(secrets.get(ref.getName())).as("%s: %s secret %s", name, w, ref.getName()).contains(ref.getKey());
                        }
                        if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                            var ref = env.getValueFrom().getConfigMapKeyRef();
                            assertThat(configMaps.get(ref.getName())).as("%s: %s configMap %s", name, w, ref.getName()).contains(ref.getKey());
                        }
                    }
                }
                for (V1Volume v : nonNull(w.pod().getVolumes())) {
                    if (v.getConfigMap() != null) {
                        assertThat(configMaps).as("%s: %s volume %s", name, w, v.getName()).containsKey(v.getConfigMap().getName());
                        nonNull(v.getConfigMap().getItems()).forEach(item ->
                                assertThat(configMaps.get(v.getConfigMap().getName())).as("%s: %s", name, w).contains(item.getKey()));
                    }
                    if (v.getSecret() != null) {
                        assertThat(secrets).as("%s: %s volume %s", name, w, v.getName()).containsKey(v.getSecret().getSecretName());
                    }
                }
            }
        });
    }

    @Test
    void everyVolumeMountNamesAVolumeOfItsPod() {
        forEachRendering((name, objects) -> {
            for (Workload w : workloads(objects)) {
                Set<String> volumes = new java.util.HashSet<>();
                nonNull(w.pod().getVolumes()).forEach(v -> volumes.add(v.getName()));
                w.claimTemplates().forEach(volumes::add);
                for (V1Container c : w.allContainers()) {
                    for (V1VolumeMount m : nonNull(c.getVolumeMounts())) {
                        assertThat(volumes).as("%s: %s container %s mounts", name, w, c.getName()).contains(m.getName());
                    }
                }
            }
        });
    }

    @Test
    void probesAndServicesPointAtPortsTheContainersOpen() {
        forEachRendering((name, objects) -> {
            for (Workload w : workloads(objects)) {
                for (V1Container c : w.allContainers()) {
                    for (V1Probe probe : Stream.of(c.getReadinessProbe(), c.getLivenessProbe(), c.getStartupProbe())
                            .filter(Objects::nonNull).toList()) {
                        if (probe.getHttpGet() != null) {
                            assertThat(opens(c, probe.getHttpGet().getPort())).as("%s: %s/%s probe port %s", name, w,
                                    c.getName(), probe.getHttpGet().getPort()).isTrue();
                        }
                        if (probe.getTcpSocket() != null && probe.getTcpSocket().getPort().isInteger()) {
                            // a sidecar that opens a port but does not declare it (it is the pod's loopback only)
                            assertThat(probe.getTcpSocket().getPort().getIntValue()).isPositive();
                        }
                    }
                }
            }
            for (Map<String, Object> o : objects) {
                if (!o.get("kind").equals("Service")) {
                    continue;
                }
                V1Service service = typed(o, V1Service.class);
                List<Workload> selected = workloads(objects).stream()
                        .filter(w -> w.labels().entrySet().containsAll(service.getSpec().getSelector().entrySet())).toList();
                assertThat(selected).as("%s: pods of Service %s", name, Kustomize.name(o)).isNotEmpty();
                for (V1ServicePort port : service.getSpec().getPorts()) {
                    for (Workload w : selected) {
                        assertThat(w.pod().getContainers().stream().anyMatch(c -> opens(c, port.getTargetPort())))
                                .as("%s: Service %s targetPort %s in %s", name, Kustomize.name(o), port.getTargetPort(), w).isTrue();
                    }
                }
            }
        });
    }

    @Test
    void probesAskTheHealthEndpointsTheImagesServe() throws Exception {
        Map<String, Set<String>> asked = new LinkedHashMap<>();
        forEachRendering((name, objects) -> {
            for (Workload w : workloads(objects)) {
                for (V1Container c : w.allContainers()) {
                    String image = c.getImage().replaceAll(":.*$", "");
                    for (V1Probe probe : Stream.of(c.getReadinessProbe(), c.getLivenessProbe(), c.getStartupProbe())
                            .filter(Objects::nonNull).toList()) {
                        if (probe.getHttpGet() != null) {
                            int port = portNumber(c, probe.getHttpGet().getPort());
                            asked.computeIfAbsent(image + " port " + port, k -> new java.util.TreeSet<>())
                                    .add(probe.getHttpGet().getPath());
                        }
                    }
                }
            }
        });
        assertThat(asked).as("probe paths by image and port").isEqualTo(ServiceHealth.PROBED_PATHS);
        assertThat(ServiceHealth.apiAnswers(asked.get("akhbar/api port 8080"))).as("the API's answers").allSatisfy(
                (path, status) -> assertThat(status).as(path).isEqualTo(200));
    }

    @Test
    void theIndexerIsOneWriterWithItsOwnVolumeAndTheApiSurvivesADisruption() {
        forEachRendering((name, objects) -> {
            V1StatefulSet indexer = typed(find(objects, "StatefulSet", "akhbar-indexer"), V1StatefulSet.class);
            assertThat(indexer.getSpec().getReplicas()).as(name).isEqualTo(1);
            assertThat(indexer.getSpec().getVolumeClaimTemplates()).extracting(t -> t.getMetadata().getName()).contains("data");
            assertThat(indexer.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts())
                    .anyMatch(m -> m.getName().equals("data") && m.getMountPath().equals("/var/lib/akhbar"));
            Map<String, Object> headless = find(objects, "Service", indexer.getSpec().getServiceName());
            assertThat(typed(headless, V1Service.class).getSpec().getClusterIP()).isEqualTo("None");

            V1Deployment api = typed(find(objects, "Deployment", "akhbar-api"), V1Deployment.class);
            assertThat(api.getSpec().getReplicas()).as(name).isGreaterThanOrEqualTo(2);
            V1PodDisruptionBudget pdb = typed(find(objects, "PodDisruptionBudget", "akhbar-api"), V1PodDisruptionBudget.class);
            assertThat(api.getSpec().getTemplate().getMetadata().getLabels().entrySet())
                    .containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet());
            assertThat(pdb.getSpec().getMinAvailable().getIntValue()).isBetween(1, api.getSpec().getReplicas() - 1);

            V1Deployment scraper = typed(find(objects, "Deployment", "akhbar-scraper"), V1Deployment.class);
            assertThat(scraper.getSpec().getTemplate().getSpec().getContainers().get(0).getEnvFrom())
                    .as("scrapers share PostgreSQL").anyMatch(e -> e.getSecretRef() != null
                            && e.getSecretRef().getName().equals("akhbar-database"));
        });
    }

    @Test
    void everyContainerHasResourcesProbesAndAGracefulStop() {
        forEachRendering((name, objects) -> {
            for (Workload w : workloads(objects)) {
                assertThat(w.pod().getTerminationGracePeriodSeconds()).as("%s: %s grace period", name, w).isNotNull().isPositive();
                for (V1Container c : w.allContainers()) {
                    assertThat(c.getResources()).as("%s: %s/%s resources", name, w, c.getName()).isNotNull();
                    assertThat(c.getResources().getRequests()).as("%s: %s/%s requests", name, w, c.getName())
                            .containsKeys("cpu", "memory");
                    assertThat(c.getResources().getLimits()).as("%s: %s/%s limits", name, w, c.getName()).containsKey("memory");
                    boolean sidecar = "Always".equals(c.getRestartPolicy());
                    if (sidecar) {
                        assertThat(c.getStartupProbe()).as("%s: sidecar %s starts before the app", name, c.getName()).isNotNull();
                    } else {
                        assertThat(c.getReadinessProbe()).as("%s: %s/%s readiness", name, w, c.getName()).isNotNull();
                        assertThat(c.getLivenessProbe()).as("%s: %s/%s liveness", name, w, c.getName()).isNotNull();
                    }
                }
                if (w.pod().getContainers().get(0).getImage().startsWith("akhbar/")) {
                    assertThat(w.pod().getSecurityContext().getRunAsNonRoot()).as("%s: %s non-root", name, w).isTrue();
                }
            }
        });
    }

    @Test
    void theSourcesConfigMapIsASourcesFileTheScraperAccepts() throws Exception {
        for (Map.Entry<String, List<Map<String, Object>>> r : renderings.entrySet()) {
            V1ConfigMap sources = typed(find(r.getValue(), "ConfigMap", "akhbar-sources"), V1ConfigMap.class);
            Path file = Files.createTempFile("sources", ".yml");
            try {
                Files.writeString(file, sources.getData().get("sources.yml"));
                assertThat(SourcesFile.load(file)).as(r.getKey()).isNotEmpty();
            } finally {
                Files.delete(file);
            }
        }
    }

    @Test
    void theDemoRunsItsOwnDatabaseAndCrawlsTheSampleSiteBesideEachScraper() {
        List<Map<String, Object>> demo = renderings.get("overlays/demo");
        V1Secret secret = typed(find(demo, "Secret", "akhbar-database"), V1Secret.class);
        String url = secret.getStringData().get("DATASOURCES_DEFAULT_URL");
        find(demo, "Service", url.replaceAll("^jdbc:postgresql://([^:/]+).*$", "$1"));
        V1Deployment scraper = typed(find(demo, "Deployment", "akhbar-scraper"), V1Deployment.class);
        assertThat(scraper.getSpec().getTemplate().getSpec().getInitContainers())
                .anyMatch(c -> c.getImage().startsWith("akhbar/sample-site") && "Always".equals(c.getRestartPolicy()));
        V1ConfigMap sources = typed(find(demo, "ConfigMap", "akhbar-sources"), V1ConfigMap.class);
        assertThat(sources.getData().get("sources.yml")).contains("http://127.0.0.1:8081/");
        assertThat(demo).allSatisfy(o -> assertThat(o.get("kind").equals("Namespace")
                || "akhbar-demo".equals(Yaml.map(o.get("metadata")).get("namespace"))).isTrue());
    }

    // ---- helpers

    private void forEachRendering(java.util.function.BiConsumer<String, List<Map<String, Object>>> check) {
        renderings.forEach(check);
    }

    private static void validate(String kind, JsonElement json) {
        try {
            Class.forName("io.kubernetes.client.openapi.models.V1" + kind)
                    .getMethod("validateJsonElement", JsonElement.class).invoke(null, json);
        } catch (InvocationTargetException e) {
            throw new AssertionError(kind + " " + json.getAsJsonObject().get("metadata") + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("no model for kind " + kind, e);
        }
    }

    static <T> T typed(Map<String, Object> object, Class<T> type) {
        return JSON.getGson().fromJson(new Gson().toJsonTree(object), type);
    }

    private static Map<String, Object> find(List<Map<String, Object>> objects, String kind, String name) {
        return objects.stream().filter(o -> o.get("kind").equals(kind) && Kustomize.name(o).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static boolean opens(V1Container c, IntOrString port) {
        try {
            portNumber(c, port);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int portNumber(V1Container c, IntOrString port) {
        for (V1ContainerPort p : nonNull(c.getPorts())) {
            if (port.isInteger() ? p.getContainerPort().equals(port.getIntValue()) : port.getStrValue().equals(p.getName())) {
                return p.getContainerPort();
            }
        }
        throw new IllegalArgumentException(c.getName() + " opens no port " + port);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** A pod-making object: its name, pod spec, pod labels and (StatefulSet) claim templates. */
    record Workload(String kind, String name, V1PodSpec pod, Map<String, String> labels, List<String> claimTemplates) {
        List<V1Container> allContainers() {
            List<V1Container> all = new ArrayList<>(pod.getContainers());
            all.addAll(nonNull(pod.getInitContainers()));
            return all;
        }

        @Override
        public String toString() {
            return kind + " " + name;
        }
    }

    static List<Workload> workloads(List<Map<String, Object>> objects) {
        List<Workload> out = new ArrayList<>();
        for (Map<String, Object> o : objects) {
            if (o.get("kind").equals("Deployment")) {
                V1Deployment d = typed(o, V1Deployment.class);
                out.add(new Workload("Deployment", Kustomize.name(o), d.getSpec().getTemplate().getSpec(),
                        d.getSpec().getTemplate().getMetadata().getLabels(), List.of()));
            } else if (o.get("kind").equals("StatefulSet")) {
                V1StatefulSet s = typed(o, V1StatefulSet.class);
                out.add(new Workload("StatefulSet", Kustomize.name(o), s.getSpec().getTemplate().getSpec(),
                        s.getSpec().getTemplate().getMetadata().getLabels(),
                        nonNull(s.getSpec().getVolumeClaimTemplates()).stream().map(t -> t.getMetadata().getName()).toList()));
            }
        }
        return out;
    }
}
