package org.benling.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What the pipeline's deploy-staging job applies: the staging overlay with the commit's images (pipeline-overlay). */
class PipelineOverlayTest {

    @Test
    void theDeployJobsOverlayRunsTheCommitsImagesAndNothingElseChanges() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "pipeline-overlay").toAbsolutePath();
        Process script = new ProcessBuilder("bash", Manifests.root().resolve("deploy/kubernetes/pipeline-overlay")
                .toString(), dir.toString(), "staging", "registry.example.gov.cn/benling/benling", "3f2a9c1")
                .inheritIO().start();
        script.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, script.exitValue());

        List<ObjectNode> rendered = Manifests.render(dir);
        List<String> images = rendered.stream().filter(o -> o.path("kind").asText().equals("Deployment"))
                .map(d -> WorkloadsTest.container(d).path("image").asText()).sorted().toList();
        assertEquals(Manifests.WORKLOADS.stream().sorted()
                .map(w -> "registry.example.gov.cn/benling/benling/" + w + ":3f2a9c1").toList(), images);
        assertEquals(Manifests.overlay("staging").size(), rendered.size());
    }
}
