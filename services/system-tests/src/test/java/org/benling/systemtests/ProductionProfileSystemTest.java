package org.benling.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The production profile, as the stack runs it (./benling start runs the built jars, which is the prod profile):
 * /q/* only on the management interfaces, Swagger UI off, HSTS and no-store, logout by POST only, and no service
 * that starts without its secrets.
 */
class ProductionProfileSystemTest {

    /** The API ports of ARCHITECTURE.md ("Local ports"); each management interface listens 1000 above. */
    static final Map<String, Integer> PORTS = Map.of("gateway", 8080, "personnel", 8081, "training", 8082,
            "assessment", 8083, "rotation", 8084, "inspection", 8085, "notification", 8086, "selection", 8087);
    static final List<String> Q_PATHS = List.of("/q/health", "/q/health/ready", "/q/metrics", "/q/openapi",
            "/q/swagger-ui/");

    @Test
    void qPathsAreServedOnTheManagementInterfacesOnlyAndSwaggerUiIsOff() {
        String host = URI.create(Stack.URL).getHost();
        PORTS.forEach((service, port) -> {
            for (String path : Q_PATHS) {
                int status = given().baseUri("http://" + host + ":" + port).redirects().follow(false).get(path).statusCode();
                assertTrue(status == 404 || status == 401, service + " answers " + path + " on its API port: " + status);
            }
            String management = "http://" + host + ":" + (port + 1000);
            given().baseUri(management).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().baseUri(management).get("/q/metrics").then().statusCode(200);
            given().baseUri(management).get("/q/swagger-ui/").then().statusCode(404);
        });
        given().baseUri(Stack.MANAGEMENT_URL).accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/cadres"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/inspection/measures"));
    }

    @Test
    void answersCarryHstsAndApiAnswersAreNeverStored() {
        given().baseUri(Stack.URL).get("/api/session").then().statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("Cache-Control", containsString("no-store"));
        Stack.as(Stack.HR).get("/api/cadres?size=1").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .header("Strict-Transport-Security", containsString("max-age="));
    }

    @Test
    void logoutIsPostOnlySoNoLinkCanLogAnyoneOut() {
        given().baseUri(Stack.URL).redirects().follow(false).get("/logout").then().statusCode(405)
                .header("Allow", "POST").contentType("application/problem+json");
    }

    @Test
    void withoutItsSecretsTheGatewayDoesNotStartAndNamesTheMissingOne() throws Exception {
        String output = startWithout("gateway", Map.of("BENLING_SESSION_SECRET", "a-session-secret-of-forty-characters-000"));
        assertTrue(output.contains("BENLING_GATEWAY_CLIENT_SECRET"), output);
        output = startWithout("gateway", Map.of("BENLING_GATEWAY_CLIENT_SECRET", "some-client-secret"));
        assertTrue(output.contains("BENLING_SESSION_SECRET"), output);
    }

    @Test
    void withoutItsDatabaseAccountAServiceDoesNotStartAndNamesTheMissingOne() throws Exception {
        String output = startWithout("personnel", Map.of("BENLING_DB_USER", "benling_personnel"));
        assertTrue(output.contains("BENLING_DB_PASSWORD"), output);
    }

    @Test
    void withoutItsKeycloakClientSecretTheNotificationServiceDoesNotStartAndNamesIt() throws Exception {
        String output = startWithout("notification", Map.of("BENLING_DB_USER", "benling_notification",
                "BENLING_DB_PASSWORD", "x", "BENLING_KAFKA_USER", "notification", "BENLING_KAFKA_PASSWORD", "x"));
        assertTrue(output.contains("BENLING_NOTIFICATION_CLIENT_SECRET"), output);
    }

    /**
     * Runs the service's built jar with only {@code env} (and no local-demo defaults), on free ports, and returns
     * what it printed; fails unless the process ends by itself with a non-zero status.
     */
    private static String startWithout(String service, Map<String, String> env) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("benling.root", "../.."));
        Path jar = root.resolve("services").resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        assertTrue(Files.isRegularFile(jar), "built jar " + jar);
        Path log = Files.createTempFile("benling-" + service, ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0", "-Dquarkus.management.port=0", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("BENLING_") || name.startsWith("QUARKUS_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            boolean ended = process.waitFor(120, TimeUnit.SECONDS);
            assertTrue(ended, service + " started without its secrets:\n" + Files.readString(log, StandardCharsets.UTF_8));
            assertNotEquals(0, process.exitValue(), service + " exited normally without its secrets");
            return Files.readString(log, StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
