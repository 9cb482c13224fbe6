package org.benling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GatewayResourceTest {

    static final UUID GUANGDONG = UUID.nameUUIDFromBytes("benling-unit:440000".getBytes());

    static String hr(String user) {
        return Tokens.hr(user, GUANGDONG);
    }

    @Test
    void noTokenIs401AndNoBenlingRoleIs403() {
        given().get("/api/cadres").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/unauthorized"));
        given().auth().oauth2(Tokens.token("stranger", Set.of("offline_access"), null, null))
                .get("/api/cadres").then().statusCode(403)
                .body("type", equalTo("https://benling.org/problems/forbidden"));
    }

    @Test
    void aCalendarFeedIsReadWithoutALoginButNothingElseIs() {
        // a calendar app has no login: the token in the address is the credential (the service checks it)
        given().get("/api/calendar/Zm9vYmFyYmF6LXRva2VuXzEyMw.ics").then().statusCode(200)
                .body("method", equalTo("GET"));
        given().get("/api/calendar/feed").then().statusCode(401);
        given().get("/api/calendar/a/b.ics").then().statusCode(401);
        given().get("/api/notifications/x.ics").then().statusCode(401);
        given().contentType("application/json").body("{}").post("/api/calendar/Zm9v.ics").then().statusCode(403);
    }

    @Test
    void theBallotPageVotesWithoutALoginButNothingElseOfSelectionIsOpen() {
        // a voter has no login: the one-time code in the body is the credential (the selection service checks it);
        // the page sends the CSRF token like every page of the web app
        for (String path : List.of("/api/selection/ballot", "/api/selection/ballot/form")) {
            given().cookie("XSRF-TOKEN", "t0k3n").header("X-XSRF-TOKEN", "t0k3n").contentType("application/json")
                    .body("{\"code\":\"ABCDE-FGHJK\"}").post(path).then().statusCode(200).body("method", equalTo("POST"));
            given().get(path).then().statusCode(401);
        }
        given().get("/api/selection/voting-sessions").then().statusCode(401);
        given().cookie("XSRF-TOKEN", "t0k3n").header("X-XSRF-TOKEN", "t0k3n").contentType("application/json")
                .body("{}").post("/api/selection/voting-sessions").then().statusCode(401);
        // the page sends its calls without cookies (a phone may hold an expired session): no session, no CSRF pair asked
        given().contentType("application/json").body("{}").post("/api/selection/ballot").then().statusCode(200);
        // with a session cookie the pair is asked as everywhere else
        given().cookie("q_session", "some-session").contentType("application/json").body("{}")
                .post("/api/selection/ballot").then().statusCode(403).body("type", org.hamcrest.Matchers.endsWith("csrf"));
    }

    @Test
    void aCookieSessionRequestWithoutTheCsrfTokenIsRefused() {
        given().cookie("q_session", "some-session").contentType("application/json").body("{}")
                .post("/api/cadres").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/csrf"));
        given().cookie("q_session", "some-session").cookie("XSRF-TOKEN", "abc").header("X-XSRF-TOKEN", "other")
                .contentType("application/json").body("{}").post("/api/cadres").then().statusCode(403);
        // the right token passes the CSRF check; the made-up session is then not a login
        given().cookie("XSRF-TOKEN", "abc").header("X-XSRF-TOKEN", "abc").contentType("application/json").body("{}")
                .post("/api/cadres").then().statusCode(401);
        // bearer clients are not browsers: no CSRF token needed
        given().auth().oauth2(hr("hr-csrf")).contentType("application/json").body("{}")
                .post("/api/cadres").then().statusCode(200).body("method", equalTo("POST"));
    }

    @Test
    void theServiceGetsTheRequestAsSentWithTheTokenAndTheGatewaysRequestIdButNotTheCookie() {
        String token = hr("hr-forward");
        var response = given().auth().oauth2(token).header("X-Request-Id", "req-gw-1").cookie("XSRF-TOKEN", "t")
                .queryParam("q", "王").queryParam("size", 5)
                .get("/api/cadres").then().statusCode(200)
                // the id is the gateway's; the caller's travels beside it, never as the id audit rows carry
                .header("X-Request-Id", not(equalTo("req-gw-1")))
                .body("clientRequestId", equalTo("req-gw-1"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", notNullValue())
                .body("uri", equalTo("/api/cadres?q=%E7%8E%8B&size=5"))
                .body("authorization", equalTo("Bearer " + token))
                .body("cookie", equalTo(""))
                .extract();
        assertEquals(response.header("X-Request-Id"), response.path("requestId"));
    }

    @Test
    void statusHeadersAndBinaryBodiesPassThroughUnchanged() throws Exception {
        given().auth().oauth2(hr("hr-passthrough")).get("/api/me").then().statusCode(418)
                .header("X-Upstream", "personnel").contentType("application/problem+json");
        byte[] download = given().auth().oauth2(hr("hr-passthrough")).get("/api/cadres/export").then().statusCode(200)
                .header("Content-Disposition", containsString("roster.xlsx"))
                .extract().asByteArray();
        assertArrayEquals(UpstreamStub.EXPORT, download);
        byte[] upload = new byte[200_000];
        new java.util.Random(7).nextBytes(upload);
        Response echo = given().auth().oauth2(hr("hr-passthrough"))
                .multiPart("file", "roster.xlsx", upload, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .post("/api/cadres/import?mode=partial");
        echo.then().statusCode(200).body("uri", equalTo("/api/cadres/import?mode=partial"))
                .body("contentType", containsString("multipart/form-data"));
        assertTrue(echo.jsonPath().getInt("bodyLength") > upload.length, "the whole multipart body arrived");
    }

    @Test
    void logoutIsPostOnlyAndApiAnswersAreNeverStored() {
        given().redirects().follow(false).get("/logout").then().statusCode(405).header("Allow", "POST")
                .contentType("application/problem+json");
        given().auth().oauth2(hr("hr-no-store")).get("/api/cadres").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"));
    }

    @Test
    void anUploadLargerThanTheLimitIs413BeforeItIsReadOrForwarded() throws Exception {
        byte[] fifty = new byte[50 * 1024 * 1024];
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/cadres/import"))
                        .header("Authorization", "Bearer " + hr("hr-upload"))
                        .header("Content-Type", "multipart/form-data; boundary=x")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(fifty)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("https://benling.org/problems/payload-too-large"), response.body());
        assertTrue(response.body().contains("11 MB"), response.body());
        // the gateway is still serving, and uploads within the limit still pass
        given().auth().oauth2(hr("hr-upload")).get("/api/cadres").then().statusCode(200);
    }

    @Test
    void requestsGoToTheReadyReplicasOnlyAndNeverToAnAddressWhereNothingRuns() {
        try {
            assertEquals(Set.of("a", "b"), replicasAnswering(30), "both ready replicas, never the dead address");
            UpstreamStub.READY_A.set(false);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                    .until(() -> replicasAnswering(8).equals(Set.of("b")));
            assertEquals(Set.of("b"), replicasAnswering(20), "a replica that is not ready gets nothing");
            UpstreamStub.READY_A.set(true);
            UpstreamStub.READY_B.set(false);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                    .until(() -> replicasAnswering(8).equals(Set.of("a")));
        } finally {
            UpstreamStub.READY_A.set(true);
            UpstreamStub.READY_B.set(true);
        }
    }

    /**
     * An instance killed a moment ago is still listed until its readiness check fails: a request that cannot connect
     * to it goes to another instance (nothing was sent, so a write too), and none is lost.
     */
    @Test
    void aRequestThatCannotConnectToAKilledInstanceGoesToAnother() {
        String token = null;
        for (int i = 0; i < 16; i++) {
            if (i % 8 == 0) {
                token = hr("hr-killed-" + UUID.randomUUID());
            }
            var request = given().auth().oauth2(token).contentType("application/json").body("{\"n\":" + i + "}");
            (i % 2 == 0 ? request.post("/api/killed/things") : request.get("/api/killed/things")).then().statusCode(200)
                    .body("replica", org.hamcrest.Matchers.equalTo("b"));
        }
    }

    /** Which replicas answered {@code n} requests (8 per user: the test profile's rate limit); each must succeed. */
    private static Set<String> replicasAnswering(int n) {
        Set<String> replicas = new java.util.TreeSet<>();
        String token = null;
        for (int i = 0; i < n; i++) {
            if (i % 8 == 0) {
                token = hr("hr-replicas-" + UUID.randomUUID());
            }
            replicas.add(given().auth().oauth2(token).get("/api/replicated/things").then().statusCode(200)
                    .extract().path("replica"));
        }
        return replicas;
    }

    @Test
    void aServiceThatIsDownIs503AndOneThatHangsIs504() {
        given().auth().oauth2(hr("hr-down")).get("/api/archive/files").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://benling.org/problems/service-unavailable"));
        given().auth().oauth2(hr("hr-down")).get("/api/units/slow").then().statusCode(504)
                .body("type", equalTo("https://benling.org/problems/service-timeout"));
    }

    @Test
    void aUserWhoSendsTooManyRequestsGets429WithRetryAfter() {
        // %test: 2 per second sustained, a burst of 10. Whatever the machine's speed, no more than the burst plus
        // what refilled meanwhile may pass; the test sends until the first 429 (at most 100 requests).
        String token = hr("hr-burst");
        List<Integer> statuses = new ArrayList<>();
        Response limited = null;
        long started = System.nanoTime();
        int passed = 0;
        for (int i = 0; i < 100 && limited == null; i++) {
            Response r = given().auth().oauth2(token).get("/api/cadres");
            statuses.add(r.statusCode());
            if (r.statusCode() == 429) {
                limited = r;
            } else {
                passed++;
                double allowed = 10 + (System.nanoTime() - started) / 1e9 * 2;
                assertTrue(passed <= Math.ceil(allowed), passed + " requests passed, the bucket allows " + allowed);
            }
        }
        assertTrue(limited != null, "no 429 after " + statuses);
        limited.then().header("Retry-After", notNullValue()).contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/rate-limited"));
        // another user is not affected
        given().auth().oauth2(hr("hr-calm")).get("/api/cadres").then().statusCode(200);
    }

    @Test
    void theSessionEndpointDescribesTheCaller() {
        given().get("/api/session").then().statusCode(200).body("authenticated", equalTo(false));
        given().auth().oauth2(Tokens.cadre("cadre-demo", GUANGDONG, UUID.nameUUIDFromBytes("x".getBytes())))
                .get("/api/session").then().statusCode(200)
                .body("authenticated", equalTo(true))
                .body("username", equalTo("cadre-demo"))
                .body("roles", equalTo(List.of("cadre")))
                .body("unitId", equalTo(GUANGDONG.toString()));
        given().get("/app-config.json").then().statusCode(200).body("defaultLocale", equalTo("zh-CN"));
    }

    /**
     * Every text a client may send in a request body has a length limit the document states (Bean Validation's
     * {@code @Size}), so the typed client knows it and no service stores an unbounded string.
     */
    @Test
    void everyStringOfEveryRequestBodyHasALengthLimit() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().get("/q/openapi").then().statusCode(200).extract().asString());
        JsonNode schemas = document.path("components").path("schemas");
        java.util.TreeSet<String> unbounded = new java.util.TreeSet<>();
        java.util.Set<String> visited = new java.util.HashSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                op.getValue().path("requestBody").path("content").forEach(content ->
                        unboundedStrings(content.path("schema"), op.getKey().toUpperCase() + " " + path.getKey(), schemas,
                                visited, unbounded))));
        assertTrue(unbounded.isEmpty(), "request strings without maxLength: " + unbounded);
    }

    private static void unboundedStrings(JsonNode schema, String where, JsonNode schemas, java.util.Set<String> visited,
            java.util.Set<String> unbounded) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replaceFirst(".*/", "");
            if (visited.add(name)) {
                unboundedStrings(schemas.path(name), name, schemas, visited, unbounded);
            }
            return;
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(combinator).forEach(part -> unboundedStrings(part, where, schemas, visited, unbounded));
        }
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if (type.equals("string") && !schema.has("enum") && !schema.has("maxLength") && !schema.has("pattern")
                && !Set.of("uuid", "date", "date-time", "binary").contains(format)) {
            unbounded.add(where);
        }
        schema.path("properties").fields().forEachRemaining(p ->
                unboundedStrings(p.getValue(), where + "." + p.getKey(), schemas, visited, unbounded));
        if (schema.has("items")) {
            unboundedStrings(schema.get("items"), where + "[]", schemas, visited, unbounded);
        }
        if (schema.path("additionalProperties").isObject()) {
            unboundedStrings(schema.get("additionalProperties"), where + "{}", schemas, visited, unbounded);
        }
    }

    @Test
    void theMergedOpenApiHoldsEveryServicesPaths() throws Exception {
        String merged = given().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/session"))
                .body("'x-benling-services'.personnel", equalTo("included"))
                .body("'x-benling-services'.training", equalTo("included"))
                .body("'x-benling-services'.assessment", equalTo("included"))
                .body("'x-benling-services'.rotation", equalTo("included"))
                .body("'x-benling-services'.inspection", equalTo("included"))
                .body("'x-benling-services'.notification", equalTo("included"))
                .body("'x-benling-services'.selection", equalTo("included"))
                .body("'x-benling-services'.archive", equalTo("unavailable"))
                .extract().asString();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode document = mapper.readTree(merged);
        for (String service : List.of("personnel", "training", "assessment", "rotation", "inspection",
                "notification", "selection")) {
            JsonNode own = mapper.readTree(UpstreamStub.openApi(service).toFile());
            own.path("paths").fieldNames().forEachRemaining(path ->
                    assertTrue(document.path("paths").has(path), "merged document lacks " + service + " " + path));
        }
        assertTrue(!document.has("x-benling-conflicts"), "schema clashes: " + document.path("x-benling-conflicts"));
        assertTrue(document.path("components").path("schemas").has("Cadre"));
        // the web app's typed client is generated from exactly this document (frontend: npm run gen:api)
        Path out = Path.of("target", "openapi", "benling-openapi.json");
        Files.createDirectories(out.getParent());
        String stable = stableForClients(mapper, document);
        Files.writeString(out, stable);
        // and the Java client (services/client) is generated from its copy of it, which must not fall behind
        Path client = Path.of("..", "client", "src", "main", "openapi", "benling-openapi.json");
        assertEquals(stable, Files.readString(client), "services/client's copy of the API document is out of date:"
                + " cp services/gateway/target/openapi/benling-openapi.json services/client/src/main/openapi/");
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /** Without the live availability of services, so that the generated client only changes with the API. */
    private static String stableForClients(ObjectMapper mapper, JsonNode document) throws Exception {
        ((com.fasterxml.jackson.databind.node.ObjectNode) document).remove("x-benling-services");
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
    }

    @Test
    void theWebAppIsServedWithHistoryFallbackButApiPathsAreNot() {
        given().get("/").then().statusCode(200).body(containsString("<div id=root>"));
        given().get("/cadres/42").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<div id=root>"));
        given().get("/assets/app.js").then().statusCode(200).body(containsString("benling"));
        given().auth().oauth2(hr("hr-spa")).get("/api/nothing-here").then().statusCode(404);
    }

    @Test
    void corsIsOpenOnlyToConfiguredOrigins() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .options("/api/cadres").then()
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        String evil = given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/cadres").then().extract().header("Access-Control-Allow-Origin");
        assertTrue(evil == null || !evil.equals("*") && !evil.contains("evil"), "CORS allowed " + evil);
    }

    @Test
    void loginOnlyRedirectsWithinTheSite() {
        assertEquals("/cadres?q=1", org.benling.gateway.session.LoginResourceAccess.safe("/cadres?q=1"));
        assertEquals("/", org.benling.gateway.session.LoginResourceAccess.safe("//evil.example"));
        assertEquals("/", org.benling.gateway.session.LoginResourceAccess.safe("https://evil.example"));
        assertEquals("/", org.benling.gateway.session.LoginResourceAccess.safe(null));
    }
}
