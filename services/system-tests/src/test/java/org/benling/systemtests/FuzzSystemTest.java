package org.benling.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * An OpenAPI-driven fuzz run through the gateway: for every operation of the merged document, requests whose path,
 * query and body values are wrong on purpose — wrong types, overflowing numbers, impossible dates, strings far past
 * their limits, LIKE wildcards and SQL, control characters, malformed and wrongly shaped JSON, fields left out or
 * added — sent as the callers who reach furthest into the services. No answer may be a 5xx, and every error must
 * be {@code application/problem+json}.
 *
 * <p>The generator is seeded ({@code -Dbenling.fuzz.seed}, printed with the figures), so a failing request can be
 * sent again; {@code -Dbenling.fuzz.requests} sets how many (default 10,000).
 */
class FuzzSystemTest {

    static final int REQUESTS = Integer.getInteger("benling.fuzz.requests", 10_000);
    static final long SEED = Long.getLong("benling.fuzz.seed", System.nanoTime());
    /** Callers whose rights reach every operation between them. */
    static final List<String> CALLERS = List.of("admin", "hr-guangdong", "leader", "inspector", "cadre-demo");
    /**
     * Not fuzzed: the login redirect; and the bell's stream, an endless answer that takes no parameter (its refusals
     * are in the authorization matrix).
     */
    static final List<String> SKIPPED = List.of("GET /login", "GET /api/notifications/stream");

    private final Random random = new Random(SEED);
    private final ObjectMapper mapper = new ObjectMapper();
    private JsonNode schemas;

    @Test
    void malformedRequestsAcrossEveryOperationNeverGetA5xxAndEveryErrorIsAProblem() throws IOException {
        JsonNode document = mapper.readTree(given().baseUri(Stack.MANAGEMENT_URL).accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        schemas = document.path("components").path("schemas");
        List<Operation> operations = operations(document);
        Map<String, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            Operation op = operations.get(i % operations.size());
            // callers in turn: each has its own rate-limit bucket at the gateway (30/s)
            String caller = CALLERS.get(i % CALLERS.size());
            Sent sent = send(op, caller);
            byStatus.merge(sent.status / 100 + "xx", 1, Integer::sum);
            boolean problem = sent.contentType.startsWith("application/problem+json");
            if (sent.status >= 500 || (sent.status >= 400 && !problem)) {
                failures.add(sent.status + " " + sent.contentType + " " + op.key() + " as " + caller + ": " + sent.what);
            }
        }
        long seconds = Math.max(1, (System.nanoTime() - started) / 1_000_000_000L);
        String figures = String.format("fuzz: %d requests over %d operations in %d s (seed %d), %s, %d failed%n",
                REQUESTS, operations.size(), seconds, SEED, byStatus, failures.size());
        System.out.print(figures);
        Path report = Path.of("target", "fuzz.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, figures + String.join("\n", failures) + "\n");
        assertTrue(failures.isEmpty(), failures.size() + " answers were 5xx or not problem details:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    private record Operation(String method, String path, List<JsonNode> parameters, JsonNode body, String bodyType) {
        String key() {
            return method + " " + path;
        }
    }

    private record Sent(int status, String contentType, String what) {
    }

    private List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)
                        || SKIPPED.contains(method + " " + path.getKey())) {
                    continue;
                }
                List<JsonNode> parameters = new ArrayList<>();
                op.getValue().path("parameters").forEach(parameters::add);
                JsonNode content = op.getValue().path("requestBody").path("content");
                String bodyType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                operations.add(new Operation(method, path.getKey(), parameters,
                        bodyType == null ? null : content.path(bodyType).path("schema"), bodyType));
            }
        }
        return operations;
    }

    private Sent send(Operation op, String caller) {
        StringBuilder what = new StringBuilder();
        Response response = null;
        for (int attempt = 0; attempt < 8; attempt++) {
            RequestSpecification spec = given().baseUri(Stack.URL).redirects().follow(false).urlEncodingEnabled(true)
                    .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                            .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                    .auth().oauth2(Stack.token(caller)).accept("application/json, application/problem+json, */*");
            what.setLength(0);
            String path = op.path();
            for (JsonNode p : op.parameters()) {
                String name = p.path("name").asText();
                String in = p.path("in").asText();
                if (in.equals("path")) {
                    String value = pathValue(p.path("schema"));
                    spec.pathParam(name, value);
                    what.append(name).append('=').append(abbreviate(value)).append(' ');
                } else if (in.equals("query") && random.nextInt(3) > 0) {
                    String value = queryValue(p.path("schema"));
                    spec.queryParam(name, value);
                    what.append('?').append(name).append('=').append(abbreviate(value)).append(' ');
                }
            }
            if (op.body() != null) {
                if (op.bodyType().startsWith("multipart/")) {
                    byte[] bytes = new byte[random.nextInt(4096)];
                    random.nextBytes(bytes);
                    spec.multiPart("file", "fuzz.xlsx", bytes,
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                    what.append("file of ").append(bytes.length).append(" random bytes");
                } else {
                    String body = body(op.body());
                    spec.contentType(random.nextInt(20) == 0 ? "text/plain" : "application/json")
                            .body(body.getBytes(StandardCharsets.UTF_8));
                    what.append("body ").append(abbreviate(body));
                }
            }
            try {
                response = spec.request(op.method(), path);
            } catch (RuntimeException e) {
                return new Sent(599, "no answer: " + e, what.toString());
            }
            if (response.statusCode() != 429) {
                break;
            }
            sleep(Long.parseLong(response.header("Retry-After") == null ? "1" : response.header("Retry-After")));
        }
        String contentType = response.contentType() == null ? "" : response.contentType();
        return new Sent(response.statusCode(), contentType, what.toString());
    }

    // ------------------------------------------------------------------------------------------------ values

    private static final String[] NASTY = {"", " ", "null", "undefined", "true", "-1", "0", "2147483648",
        "-9223372036854775809", "99999999999999999999999", "1e400", "NaN", "Infinity", "0x1F", "3.14159",
        "2026-13-45", "2026-02-30", "0000-00-00", "9999-12-31T25:61:61Z", "not-a-uuid",
        "00000000-0000-0000-0000-00000000000g", "%", "_", "%_%", "\\", "' OR '1'='1", "'; DROP TABLE cadre; --",
        "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")", "../../../etc/passwd", "王伟", "😀😀😀", "\u0000",
        "\u202e\u202d", "a,b,c", "desc", "name,desc,asc", "EXCELLENT", "unknown_enum_VALUE"};

    private String nasty() {
        return NASTY[random.nextInt(NASTY.length)];
    }

    private String longString(int max) {
        String value = longString();
        return value.length() <= max ? value : value.substring(0, max);
    }

    private String longString() {
        return "本".repeat(1 + random.nextInt(3)) + "x".repeat(200 + random.nextInt(12_000));
    }

    private String pathValue(JsonNode schema) {
        return switch (random.nextInt(6)) {
            case 0 -> java.util.UUID.randomUUID().toString();
            case 1 -> longString(300);
            case 2 -> schema.path("enum").size() > 0 ? schema.path("enum").get(0).asText() : nasty();
            default -> nasty().isEmpty() ? "x" : nasty();
        };
    }

    private String queryValue(JsonNode schema) {
        return switch (random.nextInt(8)) {
            // past every length limit, yet the whole URL within the HTTP layer's request line (4 KB): a longer line
            // is refused by the server's HTTP decoder (414) before any handler could answer with a problem
            case 0 -> longString(500);
            case 1 -> String.valueOf(random.nextLong());
            case 2 -> java.util.UUID.randomUUID().toString();
            case 3 -> schema.path("enum").size() > 0 ? schema.path("enum").get(random.nextInt(schema.path("enum").size()))
                    .asText() : nasty();
            default -> nasty();
        };
    }

    private String body(JsonNode schema) {
        return switch (random.nextInt(12)) {
            case 0 -> "{";
            case 1 -> "[]";
            case 2 -> "null";
            case 3 -> "\"" + nasty().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            case 4 -> "[".repeat(2000) + "]".repeat(2000);
            case 5 -> "{\"a\":" + "1".repeat(400) + "}";
            default -> {
                try {
                    yield mapper.writeValueAsString(value(schema, 0));
                } catch (IOException e) {
                    yield "{}";
                }
            }
        };
    }

    /** A value shaped by the schema, with a wrong or extreme value now and then, fields left out or added. */
    private Object value(JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            schema = schemas.path(schema.get("$ref").asText().replaceFirst(".*/", ""));
        }
        if (schema.has("allOf") && schema.get("allOf").size() > 0) {
            schema = schema.get("allOf").get(0).has("$ref")
                    ? schemas.path(schema.get("allOf").get(0).get("$ref").asText().replaceFirst(".*/", "")) : schema;
        }
        int dice = random.nextInt(10);
        if (depth > 4 || dice == 0) {
            return wrong();
        }
        String type = schema.path("type").asText();
        if (schema.has("properties") || type.equals("object")) {
            Map<String, Object> object = new java.util.LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (random.nextInt(8) > 0) {
                    object.put(field.getKey(), value(field.getValue(), depth + 1));
                }
            }
            if (random.nextInt(5) == 0) {
                object.put("unexpected" + random.nextInt(100), wrong());
            }
            return object;
        }
        if (type.equals("array")) {
            List<Object> items = new ArrayList<>();
            int n = random.nextInt(12) == 0 ? 1000 + random.nextInt(2000) : random.nextInt(4);
            for (int i = 0; i < n; i++) {
                items.add(n > 50 ? java.util.UUID.randomUUID().toString() : value(schema.path("items"), depth + 1));
            }
            return items;
        }
        if (schema.has("enum") && schema.get("enum").size() > 0 && dice > 3) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).asText();
        }
        return switch (type) {
            case "integer" -> random.nextInt(4) == 0 ? Long.MAX_VALUE : (long) random.nextInt(200) - 50;
            case "number" -> random.nextInt(4) == 0 ? -1e308 : random.nextDouble() * 1000 - 100;
            case "boolean" -> random.nextBoolean();
            case "string" -> switch (schema.path("format").asText()) {
                case "uuid" -> dice > 4 ? java.util.UUID.randomUUID().toString() : nasty();
                case "date" -> dice > 4 ? java.time.LocalDate.of(1900 + random.nextInt(300), 1 + random.nextInt(12),
                        1 + random.nextInt(28)).toString() : nasty();
                default -> dice > 6 ? longString() : nasty();
            };
            default -> wrong();
        };
    }

    private Object wrong() {
        return switch (random.nextInt(7)) {
            case 0 -> null;
            case 1 -> random.nextLong();
            case 2 -> List.of(nasty(), random.nextInt());
            case 3 -> Map.of("nested", nasty());
            case 4 -> random.nextBoolean();
            case 5 -> longString();
            default -> nasty();
        };
    }

    private static String abbreviate(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 80 ? clean : clean.substring(0, 80) + "…(" + clean.length() + ")";
    }

    private static void sleep(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
