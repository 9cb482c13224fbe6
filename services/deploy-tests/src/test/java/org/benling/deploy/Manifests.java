package org.benling.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The objects an overlay of {@code deploy/kubernetes} makes, as {@code kubectl kustomize} renders them (the same
 * renderer {@code kubectl apply -k} uses). kubectl comes from {@code BENLING_KUBECTL} (set by {@code ./benling test},
 * which fetches it where the machine has none) or the PATH; rendering needs no cluster.
 */
final class Manifests {

    static final List<String> OVERLAYS = List.of("staging", "production");
    static final List<String> SERVICES = List.of("personnel", "training", "assessment", "rotation", "inspection",
            "notification", "selection");
    static final List<String> WORKLOADS = List.of("gateway", "personnel", "training", "assessment", "rotation",
            "inspection", "notification", "selection");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    /** The repository's root: the folder above the build's that holds {@code deploy/kubernetes}. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/kubernetes"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no deploy/kubernetes above " + Path.of("").toAbsolutePath());
    }

    /** Every object of {@code overlays/<overlay>}, rendered once per test run. */
    static List<ObjectNode> overlay(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> render(root().resolve("deploy/kubernetes/overlays").resolve(o)));
    }

    static List<ObjectNode> ofKind(String overlay, String kind) {
        return overlay(overlay).stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    static ObjectNode one(String overlay, String kind, String name) {
        return find(overlay, kind, name).orElseThrow(() -> new AssertionError(overlay + " has no " + kind + " " + name));
    }

    static Optional<ObjectNode> find(String overlay, String kind, String name) {
        return ofKind(overlay, kind).stream().filter(o -> name.equals(o.path("metadata").path("name").asText()))
                .findFirst();
    }

    static List<ObjectNode> render(Path dir) {
        String kubectl = Optional.ofNullable(System.getenv("BENLING_KUBECTL")).filter(s -> !s.isBlank())
                .orElse("kubectl");
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            Process process;
            try {
                process = new ProcessBuilder(kubectl, "kustomize", dir.toString()).redirectOutput(out.toFile())
                        .redirectError(err.toFile()).start();
            } catch (IOException e) {
                throw new IllegalStateException("kubectl is needed to render " + dir + " (./benling test fetches it;"
                        + " or set BENLING_KUBECTL): " + e.getMessage(), e);
            }
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + dir + " failed: "
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            List<ObjectNode> objects = parse(Files.readString(out, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<ObjectNode> parse(String yaml) {
        List<ObjectNode> objects = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(yaml);
                MappingIterator<JsonNode> docs = YAML.readValues(parser, JsonNode.class)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc instanceof ObjectNode object) {
                    objects.add(object);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return objects;
    }

    /** Every string value under {@code node}, with its path, for checks that look for something anywhere. */
    static Stream<Map.Entry<String, String>> strings(JsonNode node, String path) {
        if (node.isTextual()) {
            return Stream.of(Map.entry(path, node.asText()));
        }
        List<Stream<Map.Entry<String, String>>> parts = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> parts.add(strings(f.getValue(), path + "/" + f.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                parts.add(strings(node.get(i), path + "/" + i));
            }
        }
        return parts.stream().flatMap(s -> s);
    }

    static String name(JsonNode object) {
        return object.path("kind").asText() + " " + object.path("metadata").path("name").asText();
    }

    private Manifests() {
    }
}
