package org.benling.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.benling.client.ApiClient;
import org.benling.client.ApiException;
import org.benling.client.ApiResponse;
import org.benling.client.api.CadresApi;
import org.benling.client.api.ProfilesApi;
import org.benling.client.api.RotationApi;
import org.benling.client.api.UnitsApi;
import org.benling.client.model.CadreRequest;
import org.benling.client.model.Capability;
import org.benling.client.model.EvidenceSource;
import org.benling.client.model.Gender;
import org.benling.client.model.ProfileCapability;
import org.benling.client.model.RankLevel;
import org.benling.client.model.ScoreComponent;
import org.benling.client.model.UnitKind;
import org.benling.client.model.UnitRequest;
import org.junit.jupiter.api.function.Executable;

/**
 * The running Benling stack as a client sees it: the gateway's /api with bearer tokens from Keycloak (password
 * grant of the local demo users, enabled for CLI tests only; see deploy/keycloak/benling-realm.json).
 */
final class Stack {

    static final String URL = System.getProperty("benling.url", "http://localhost:8080");
    /** The gateway's management interface: /q/* (health, metrics, the merged OpenAPI document) lives only there. */
    static final String MANAGEMENT_URL = System.getProperty("benling.management-url", "http://localhost:9080");
    static final String KEYCLOAK = System.getProperty("benling.keycloak-url", "http://localhost:8180");
    /** The local mail server's API (GreenMail standalone, started by the launcher). */
    static final String MAIL_API = System.getProperty("benling.mail-api-url", "http://localhost:2580");
    /** Local demo credentials (deploy/keycloak/benling-realm.json); never used outside a developer machine. */
    private static final String DEMO_PASSWORD = "benling-demo";
    private static final String CLI_SECRET = "benling-cli-local-demo-secret";
    private static final String INTEGRATION_SECRET = "benling-integration-local-demo-secret";
    private static final String HR_OFFICE_SECRET = "benling-hr-440000-local-demo-secret";
    /** The other bureau systems' client (client credentials, realm role integration). */
    static final String INTEGRATION = "integration";
    /** 广东省邮政管理局's HR office system (client credentials, realm role hr, its unit; a local demo client). */
    static final String HR_OFFICE = "hr-office-440000";

    static final String HR = "hr-guangdong";
    static final java.time.Duration WITHIN = java.time.Duration.ofSeconds(30);

    /** Today on the bureau's calendar (the services' business clock is Asia/Shanghai, whatever this JVM's zone). */
    static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    /** Passwords of the accounts tests made for themselves ({@link Accounts}); the demo users have the demo one. */
    private static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>();
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    /** Well inside the realm's access token lifespan (15 minutes), so a long test never sends an expired one. */
    private static final java.time.Duration TOKEN_REUSE = java.time.Duration.ofMinutes(5);

    private record Token(String value, long fetchedAt) {
    }

    static RequestSpecification as(String user) {
        return given().baseUri(URL).auth().oauth2(token(user)).contentType(ContentType.JSON);
    }

    /** The generated Java client (services/client) at the gateway, sending the user's current token with each call. */
    static ApiClient client(String user) {
        ApiClient api = new ApiClient();
        api.setHttpClientBuilder(java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(java.time.Duration.ofSeconds(10)));
        api.setReadTimeout(java.time.Duration.ofSeconds(60));
        api.updateBaseUri(URL);
        api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token(user)));
        return api;
    }

    static void login(String user, String password) {
        PASSWORDS.put(user, password);
    }

    /**
     * A user's token by the password grant of {@code benling-cli} (a local-demo client for command-line tests; the
     * gateway's client has no password grant), or the integration client's by client credentials.
     */
    static String token(String user) {
        return TOKENS.compute(user, (u, known) -> known != null
                && System.nanoTime() - known.fetchedAt() < TOKEN_REUSE.toNanos() ? known : new Token(fetch(u),
                System.nanoTime())).value();
    }

    /** A token issued just now (kept for {@link #token} too). */
    static String freshToken(String user) {
        Token token = new Token(fetch(user), System.nanoTime());
        TOKENS.put(user, token);
        return token.value();
    }

    private static String fetch(String user) {
        var request = given().baseUri(KEYCLOAK).contentType(ContentType.URLENC);
        if (user.equals(INTEGRATION)) {
            request.formParam("grant_type", "client_credentials").formParam("client_id", "benling-integration")
                    .formParam("client_secret", INTEGRATION_SECRET);
        } else if (user.equals(HR_OFFICE)) {
            request.formParam("grant_type", "client_credentials").formParam("client_id", "benling-hr-440000")
                    .formParam("client_secret", HR_OFFICE_SECRET);
        } else {
            request.formParam("grant_type", "password").formParam("scope", "openid")
                    .formParam("client_id", "benling-cli").formParam("client_secret", CLI_SECRET)
                    .formParam("username", user).formParam("password", PASSWORDS.getOrDefault(user, DEMO_PASSWORD));
        }
        return request.post("/realms/benling/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    /** A unit of its own under 广东省邮政管理局 with {@code n} section-level cadres, known to every service. */
    record Fixture(String stamp, String unitId, java.util.List<String> cadres) {
    }

    static Fixture newUnit(String prefix, int n) {
        return newUnit(prefix, n, "MUNICIPAL", province("440000").toString(), HR);
    }

    /** A provincial administration by its code (440000 广东, 110000 北京, 510000 四川), from the unit tree. */
    static UUID province(String code) {
        try {
            return new UnitsApi(client("admin")).unitResourceTree().get(0).getChildren().stream()
                    .filter(u -> code.equals(u.getCode())).findFirst().orElseThrow().getId();
        } catch (ApiException e) {
            throw new AssertionError("the unit tree: " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    /** A unit of its own of a kind under a parent, with {@code n} section-level cadres registered by {@code hr}. */
    static Fixture newUnit(String prefix, int n, String kind, String parentId, String hr) {
        String stamp = prefix + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        java.util.List<String> cadres = new java.util.ArrayList<>();
        String unitId;
        try {
            UUID unit = new UnitsApi(client("admin")).unitResourceCreate(new UnitRequest().code("ST-" + stamp)
                    .name("系统测试单位 " + stamp).kind(UnitKind.fromValue(kind)).parentId(UUID.fromString(parentId)),
                    UUID.randomUUID().toString()).getId();
            unitId = unit.toString();
            CadresApi registry = new CadresApi(client(hr));
            for (int i = 1; i <= n; i++) {
                cadres.add(registry.cadreResourceRegister(new CadreRequest().employeeNumber("ST" + stamp + "-" + i)
                        .name("系统测试干部" + i).gender(Gender.MALE).birthDate(java.time.LocalDate.of(1985, 5, i))
                        .unitId(unit).positionTitle("科长").rankLevel(RankLevel.SECTION_PRINCIPAL),
                        UUID.randomUUID().toString()).getId().toString());
            }
        } catch (ApiException e) {
            throw new AssertionError("a fixture unit and its cadres: " + e.getCode() + " " + e.getResponseBody(), e);
        }
        // the other services learn about the cadres from personnel.cadres: every one of them, before a test uses them
        // (right after a rebalance a consumer may take some seconds; inspection shows it only in its read model)
        ProfilesApi profiles = new ProfilesApi(client(hr));
        RotationApi rotation = new RotationApi(client(hr));
        for (String cadre : cadres) {
            UUID id = UUID.fromString(cadre);
            org.awaitility.Awaitility.await().atMost(WITHIN).until(() ->
                    answers(() -> profiles.cadreInsightResourceProfile(id))
                            && answers(() -> rotation.rotationResourceEligibility(id))
                            && knownTo("training", cadre) && knownTo("inspection", cadre));
        }
        return new Fixture(stamp, unitId, java.util.List.copyOf(cadres));
    }

    /** Whether a read is answered (a refusal, such as 404 before the service knows the cadre, is a no). */
    private static boolean answers(Runnable read) {
        try {
            read.run();
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    /** Whether the service's read model of the cadre registry has the cadre. */
    static boolean knownTo(String service, String cadre) throws java.sql.SQLException {
        // the cadre and its unit: they come on personnel.cadres under different keys, so in either order, and the
        // service checks the caller's scope by the unit's path
        try (var db = database(service); var query = db.prepareStatement(
                "SELECT 1 FROM cadre_view c JOIN unit_view u ON u.id = c.unit_id WHERE c.id = ?")) {
            query.setObject(1, java.util.UUID.fromString(cadre));
            try (var rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The service's database with its own local demo login (the launcher's, never used beyond this machine). */
    static java.sql.Connection database(String service) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:5432/benling_" + service,
                "benling_" + service, "benling-" + service + "-local-demo");
    }

    /** The training hours of the cadre's 学习本领 profile (0 before any). */
    static java.math.BigDecimal profileHours(String cadre) {
        String hours = capability(cadre, Capability.LEARNING).flatMap(c -> c.getComponents().stream()
                .filter(component -> component.getSource() == EvidenceSource.TRAINING).findFirst())
                .map(ScoreComponent::getParams).map(params -> params.get("hours")).orElse(null);
        return hours == null ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(hours);
    }

    /** One capability of the cadre's assessment profile, as HR reads it (a refusal fails as an assertion). */
    static Optional<ProfileCapability> capability(String cadre, Capability capability) {
        try {
            return new ProfilesApi(client(HR)).cadreInsightResourceProfile(UUID.fromString(cadre)).getCapabilities()
                    .stream().filter(c -> c.getCapability() == capability).findFirst();
        } catch (ApiException e) {
            throw new AssertionError("the profile of " + cadre + ": " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    /**
     * Calls an operation the API must refuse with {@code status}, and gives the problem document it answered (a
     * missing node for an empty body).
     */
    static JsonNode problem(int status, Executable call) {
        ApiException refused = assertThrows(ApiException.class, call, "expected a " + status + " problem");
        assertEquals(status, refused.getCode(), refused.getResponseBody());
        try {
            return new ObjectMapper().readTree(refused.getResponseBody() == null ? "" : refused.getResponseBody());
        } catch (JsonProcessingException e) {
            throw new AssertionError("a problem document: " + refused.getResponseBody(), e);
        }
    }

    /** The body of an answer that must be 201 Created (the client takes any 2xx). */
    static <T> T created(ApiResponse<T> response) {
        assertEquals(201, response.getStatusCode(), () -> String.valueOf(response.getData()));
        return response.getData();
    }

    /** A Kafka client's settings as the broker's administrator (the local demo login, never used beyond this machine). */
    static Map<String, Object> kafkaAdmin() {
        Map<String, Object> config = new java.util.HashMap<>();
        config.put("bootstrap.servers", "localhost:9092");
        config.put("security.protocol", "SASL_PLAINTEXT");
        config.put("sasl.mechanism", "SCRAM-SHA-512");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                + " username=\"admin\" password=\"benling-admin-kafka-local-demo\";");
        return config;
    }

    /** Paces a load or an outage (not a wait for a condition: those await it). */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int score(String cadre, String capability) {
        return capability(cadre, Capability.fromValue(capability)).orElseThrow().getScore();
    }

    private Stack() {
    }

    /** What a request for an endless answer (server-sent events) got: its status and content type. */
    record Peek(int status, String contentType) {
    }

    /** GETs {@code path} through the gateway (with {@code token}, or none) and closes it once the head is read. */
    static Peek peek(String path, String token) {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(URL + path))
                .header("Accept", "text/event-stream, application/problem+json").timeout(WITHIN);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            java.net.http.HttpResponse<java.io.InputStream> response = java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return new Peek(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The links of the user's open to-dos (the newest 200). */
    static java.util.List<String> openToDos(String user) {
        return as(user).queryParam("size", 200).queryParam("sort", "createdAt,desc").get("/api/todos").then()
                .statusCode(200).extract().jsonPath().getList("items.link", String.class);
    }

    /** The subjects of the mail the local mail server holds for {@code address}, decoded. */
    static java.util.List<String> mailSubjects(String address) {
        io.restassured.response.Response messages = io.restassured.RestAssured.given().baseUri(MAIL_API)
                .get("/api/user/" + address + "/messages/");
        // (GreenMail knows an address once mail came for it: before, it answers 400 "User … not found")
        return messages.statusCode() == 400 || messages.statusCode() == 404 ? java.util.List.of()
                : messages.then().statusCode(200).extract().jsonPath().getList("subject", String.class);
    }
}
