package org.benling.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The merged OpenAPI document read as an integrator's generator reads it (docs/api.md): every operation has its own
 * id and documents its errors as problems; every POST takes an Idempotency-Key; every update names If-Match; every
 * collection comes in the page envelope. Each exception is listed here with the reason.
 */
@QuarkusTest
class ApiContractTest {

    /**
     * Public operations: answered to anyone, without an error of their own (the gateway's; and a calendar feed, whose
     * token in the address is its credential).
     */
    static final Set<String> PUBLIC = Set.of("GET /api/session", "GET /app-config.json", "GET /login", "GET /problems",
            "GET /problems/{slug}", "GET /api/calendar/{token}.ics", "POST /api/selection/ballot",
            "POST /api/selection/ballot/form");

    /** POSTs without an Idempotency-Key, and why (services/architecture ApiRules says the same for the code). */
    static final Map<String, String> NOT_IDEMPOTENT = Map.of(
            "POST /api/cadres/import", "a file upload; importing the same rows again creates no cadre twice",
            "POST /api/inspection/daily-run", "runs the daily job now; the job is idempotent",
            "POST /api/training/compliance/early-warning", "runs the job now; the job is idempotent",
            "POST /api/notifications/{id}/read", "marking a notification read twice changes nothing",
            "POST /api/notifications/read-all", "marking all read twice changes nothing",
            "POST /api/calendar/feed", "makes a new secret address each time: a replay must not hand out a stored copy",
            "POST /api/selection/voting-sessions/{id}/codes", "issues the codes once: a stored replay would keep the codes",
            "POST /api/selection/ballot/form", "a read, posted to keep the code out of the address",
            "POST /api/selection/ballot", "the code is the key; a stored request would tie the ballot to its code");

    /** Updates without If-Match, and why (ApiRules.NOT_CONDITIONAL says the same for the code). */
    static final Map<String, String> NOT_CONDITIONAL = Map.of(
            "PUT /api/notifications/preferences", "the caller's own settings, which nobody else changes",
            "DELETE /api/calendar/feed", "the caller's own feed; revoking twice changes nothing",
            "PUT /api/inspection/personal-reports/mine/{year}", "the caller's own yearly report; a correction names the"
                    + " version read in its body");

    /** Collections answered as a bare array, and why. */
    static final Map<String, String> NOT_PAGED = Map.ofEntries(
            Map.entry("GET /api/units", "the unit tree, whole, for pickers: a hierarchy, not a page of records"),
            Map.entry("GET /api/inspection/measures/catalogue", "the fixed catalogue of penalties and organisational"
                    + " handling (DOMAIN.md), a reference list"),
            Map.entry("GET /api/assessment/me/reviews", "the caller's own annual reviews, one a year"));

    static JsonNode document;

    /** The merged document, read once the gateway runs. */
    static JsonNode document() throws Exception {
        if (document == null) {
            document = new ObjectMapper().readTree(given().get("/q/openapi").then().statusCode(200).extract().asString());
        }
        return document;
    }

    record Op(String name, JsonNode node) {
        boolean has(String header) {
            for (JsonNode p : node.path("parameters")) {
                if (p.path("in").asText().equals("header") && p.path("name").asText().equalsIgnoreCase(header)) {
                    return true;
                }
            }
            return false;
        }
    }

    static List<Op> operations() throws Exception {
        List<Op> ops = new ArrayList<>();
        document().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (Set.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                ops.add(new Op(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
            }
        }));
        return ops;
    }

    @Test
    void everyOperationHasItsOwnId() throws Exception {
        Set<String> seen = new HashSet<>();
        Set<String> bad = new TreeSet<>();
        for (Op op : operations()) {
            String id = op.node().path("operationId").asText("");
            if (id.isEmpty() || !seen.add(id)) {
                bad.add(op.name() + " (" + id + ")");
            }
        }
        assertEquals(Set.of(), bad, "operations without an id of their own");
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblems() throws Exception {
        Set<String> bad = new TreeSet<>();
        for (Op op : operations()) {
            JsonNode responses = op.node().path("responses");
            for (String status : PUBLIC.contains(op.name()) ? List.<String>of() : List.of("401", "403")) {
                if (!responses.path(status).path("content").has("application/problem+json")) {
                    bad.add(op.name() + " " + status);
                }
            }
            boolean names = false;
            for (JsonNode p : op.node().path("parameters")) {
                names |= p.path("in").asText().equals("path");
            }
            if (names && !responses.has("404")) {
                bad.add(op.name() + " 404");
            }
            if (!op.name().startsWith("GET") && !responses.has("409")) {
                bad.add(op.name() + " 409");
            }
        }
        assertEquals(Set.of(), bad, "errors not documented");
    }

    @Test
    void everyPostTakesAnIdempotencyKey() throws Exception {
        Set<String> bad = new TreeSet<>();
        for (Op op : operations()) {
            boolean post = op.name().startsWith("POST ") && !op.name().endsWith("/dead-letters/replay");
            if (post && !NOT_IDEMPOTENT.containsKey(op.name()) && !op.has("Idempotency-Key")) {
                bad.add(op.name());
            }
        }
        assertEquals(Set.of(), bad, "POSTs without Idempotency-Key");
    }

    @Test
    void everyUpdateNamesIfMatchWith412And428() throws Exception {
        Set<String> bad = new TreeSet<>();
        for (Op op : operations()) {
            boolean update = op.name().startsWith("PUT ") || op.name().startsWith("PATCH ") || op.name().startsWith("DELETE ");
            boolean conditional = op.has("If-Match") && op.node().path("responses").has("412")
                    && op.node().path("responses").has("428");
            if (update && !NOT_CONDITIONAL.containsKey(op.name()) && !conditional) {
                bad.add(op.name());
            }
        }
        assertEquals(Set.of(), bad, "updates without If-Match");
    }

    @Test
    void everyCollectionComesInThePageEnvelope() throws Exception {
        Set<String> bad = new TreeSet<>();
        JsonNode schemas = document().path("components").path("schemas");
        for (Op op : operations()) {
            if (!op.name().startsWith("GET ") || NOT_PAGED.containsKey(op.name()) || op.name().contains("{")) {
                continue;
            }
            JsonNode schema = op.node().path("responses").path("200").path("content").path("application/json").path("schema");
            if (schema.has("$ref")) {
                schema = schemas.path(schema.get("$ref").asText().replaceFirst(".*/", ""));
            }
            if (schema.path("type").asText().equals("array")) {
                bad.add(op.name());
            }
        }
        assertEquals(Set.of(), bad, "collections answered as a bare array");
    }

    @Test
    void everyPageSaysItsLimitsInTheDocument() throws Exception {
        Set<String> bad = new TreeSet<>();
        for (Op op : operations()) {
            for (JsonNode parameter : op.node().path("parameters")) {
                String name = parameter.path("name").asText();
                JsonNode schema = parameter.path("schema");
                boolean page = name.equals("page") && schema.path("minimum").asInt(-1) != 0;
                boolean size = name.equals("size") && (schema.path("minimum").asInt(-1) != 1
                        || schema.path("maximum").asInt(-1) != 200);
                if (parameter.path("in").asText().equals("query") && (page || size)) {
                    bad.add(op.name() + " " + name);
                }
            }
        }
        assertEquals(Set.of(), bad, "page and size without their limits (page ≥ 0, size 1–200)");
    }
}
