package org.akhbar.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.akhbar.samplesite.SampleSite;
import org.junit.jupiter.api.Test;

/**
 * The demo's sources files (compose's deploy/sources.yml and the demo overlay's ConfigMap)
 * list the sample sites exactly as the sample site itself describes them on 127.0.0.1:8081,
 * where both demos serve it, so a change to the sample sites cannot leave them behind.
 */
class DemoSourcesTest {
    private static final String DEMO_BASE = "http://127.0.0.1:" + SampleSite.DEFAULT_PORT;

    @Test
    void composesSourcesFileIsTheSampleSitesOwn() throws Exception {
        assertThat(withoutComments(Files.readString(DeployFiles.root().resolve("deploy/sources.yml"))))
                .isEqualTo(sampleSources());
    }

    @Test
    void theDemoOverlaysSourcesAreTheSampleSitesOwn() throws Exception {
        Map<String, Object> configMap = Kustomize.render(KubernetesManifestsTest.K8S.resolve("overlays/demo")).stream()
                .filter(o -> o.get("kind").equals("ConfigMap") && Kustomize.name(o).equals("akhbar-sources"))
                .findFirst().orElseThrow();
        assertThat(Yaml.map(configMap.get("data")).get("sources.yml")).isEqualTo(sampleSources());
    }

    private static String sampleSources() {
        try (SampleSite site = SampleSite.start(0)) {
            return site.sourcesYaml().replace(site.baseUri().toString(), DEMO_BASE);
        }
    }

    private static String withoutComments(String yaml) {
        return String.join("\n", List.of(yaml.split("\n")).stream().filter(l -> !l.startsWith("#")).toList()) + "\n";
    }
}
