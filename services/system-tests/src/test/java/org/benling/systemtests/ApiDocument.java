package org.benling.systemtests;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The merged OpenAPI document the gateway serves, as the judge of real answers: a JSON answer must be what the
 * document says its operation answers with that status (the schema of that status and media type, JSON Schema 2020-12
 * as OpenAPI 3.1 uses it). A property the document calls never null that comes back null, a missing required
 * property, a wrong type or an undocumented status are differences.
 */
final class ApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final JsonNode document;
    private final Map<String, Optional<Schema>> schemas = new ConcurrentHashMap<>();

    private ApiDocument(JsonNode document) {
        this.document = document;
    }

    static ApiDocument served() {
        try {
            return new ApiDocument(JSON.readTree(given().baseUri(Stack.MANAGEMENT_URL).accept("application/json")
                    .get("/q/openapi?format=json").then().statusCode(200).extract().asString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether the operation takes the header (as {@code Idempotency-Key} or {@code If-Match}). */
    boolean takesHeader(String method, String template, String header) {
        for (JsonNode parameter : document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT))
                .path("parameters")) {
            if (parameter.path("in").asText().equals("header") && parameter.path("name").asText().equals(header)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How the answer differs from the document (empty when it does not); answers that are not JSON (a spreadsheet, a
     * redirect, no content) are only held to their status being documented.
     */
    List<String> differences(String method, String template, int status, String contentType, String body) {
        JsonNode responses = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT))
                .path("responses");
        if (responses.isMissingNode()) {
            return List.of("the document has no " + method + " " + template);
        }
        JsonNode response = responses.has(String.valueOf(status)) ? responses.path(String.valueOf(status))
                : responses.path("default");
        if (response.isMissingNode()) {
            return status == 401 || status == 429 || status == 503 || status >= 300 && status < 400 ? List.of()
                    : List.of("status " + status + " is not in the document");
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        if (!mediaType.endsWith("json") || body == null || body.isEmpty()) {
            return List.of();
        }
        Optional<Schema> schema = schemas.computeIfAbsent(method + " " + template + " " + status + " " + mediaType,
                k -> schemaOf(response, mediaType));
        if (schema.isEmpty()) {
            return List.of();
        }
        try {
            return schema.get().validate(JSON.readTree(body)).stream().limit(5).map(Error::toString).toList();
        } catch (java.io.IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    private Optional<Schema> schemaOf(JsonNode response, String mediaType) {
        JsonNode declared = null;
        for (Iterator<Map.Entry<String, JsonNode>> types = response.path("content").fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            if (type.getKey().equals(mediaType) || declared == null && type.getKey().endsWith("json")) {
                declared = type.getValue().path("schema");
            }
        }
        if (declared == null || !declared.isObject() || declared.isEmpty()) {
            return Optional.empty();
        }
        // the operation's schema as the root of a document that holds the components its $refs point into
        ObjectNode root = ((ObjectNode) declared).deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.path("components"));
        return Optional.of(REGISTRY.getSchema(root));
    }
}
