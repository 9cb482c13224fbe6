package org.benling.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One training record entered through the gateway, followed in the local trace UI (Zipkin, run by
 * {@code ./benling start}): the gateway's request, training's request and SQL, the relay's send, assessment's work on
 * the event and the SQL of the batch it came in are one trace, each span the child of the one before it across the
 * services and Kafka.
 */
class TracingSystemTest {

    static final String ZIPKIN = System.getProperty("benling.zipkin-url", "http://localhost:9411");

    /** A span as Zipkin returns it. */
    record Span(String id, String parentId, String service, String name, String kind) {
    }

    @Test
    void aTrainingRecordFromTheGatewayToAssessmentsProfileIsOneTrace() {
        String cadre = Stack.newUnit("TRACE", 1).cadres().get(0);
        // the caller starts the trace (W3C trace context), so the test knows its id; the gateway continues it
        String trace = hex(16);
        String callerSpan = hex(8);
        BigDecimal before = Stack.profileHours(cadre);
        Stack.as(Stack.HR).header("traceparent", "00-" + trace + "-" + callerSpan + "-01")
                .body(Map.of("cadreId", cadre, "title", "链路追踪专题学习", "capabilities", List.of("LEARNING"), "hours", "1.0",
                        "completedOn", Stack.today().minusDays(1).toString(), "evidence", "追踪测试"))
                .post("/api/training/records").then().statusCode(201);
        await().atMost(Stack.WITHIN).until(() -> Stack.profileHours(cadre).compareTo(before.add(BigDecimal.ONE)) == 0);

        // each service sends its spans in batches of its own: wait for the last of each to arrive
        List<Span> spans = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> spans(trace), found -> consumed(found).isPresent() && assessmentSql(found).isPresent()
                        && found.stream().anyMatch(s -> s.service().equals("training") && s.kind().equals("PRODUCER"))
                        // the relay may send before the request's span ends, so that span can come in a later batch
                        && found.stream().anyMatch(s -> s.service().equals("training") && s.kind().equals("SERVER"))
                        && found.stream().anyMatch(s -> s.service().equals("gateway") && s.kind().equals("SERVER")));
        Map<String, Span> byId = spans.stream().collect(Collectors.toMap(Span::id, s -> s, (a, b) -> a));

        Span gateway = spans.stream().filter(s -> s.service().equals("gateway") && s.kind().equals("SERVER")).findFirst()
                .orElseThrow(() -> new AssertionError("no gateway span: " + spans));
        assertEquals(callerSpan, gateway.parentId(), "the gateway continues the caller's trace");
        Span training = spans.stream().filter(s -> s.service().equals("training") && s.kind().equals("SERVER")).findFirst()
                .orElseThrow(() -> new AssertionError("no training request span: " + spans));
        Span call = byId.get(training.parentId());
        assertTrue(call != null && call.service().equals("gateway") && call.kind().equals("CLIENT")
                && descends(call, gateway, byId), "training's request is the gateway's call: " + spans);
        assertTrue(spans.stream().anyMatch(s -> s.service().equals("training") && s.kind().equals("CLIENT")
                && training.id().equals(s.parentId()) && s.name().contains("outbox_event")), "training's insert of the event: " + spans);
        Span publish = spans.stream().filter(s -> s.kind().equals("PRODUCER") && s.name().equals("training.records publish"))
                .findFirst().orElseThrow(() -> new AssertionError("no publish span: " + spans));
        assertEquals("training", publish.service());
        assertTrue(descends(publish, training, byId), "the relay's send is under the request that wrote the event");
        Span consumed = consumed(spans).orElseThrow();
        assertEquals(publish.id(), consumed.parentId(), "assessment's work on the event is the send's child");
        // the statements of the batch the event came in (its evidence, the profiles recomputed) under the send too
        assertTrue(descends(assessmentSql(spans).orElseThrow(), publish, byId), "assessment's SQL under the send: " + spans);
        // one span per delivery: the connector's own tracing is off (the inbox's span is the consumer's)
        assertEquals(1, spans.stream().filter(s -> s.service().equals("assessment") && s.kind().equals("CONSUMER")).count(),
                spans.toString());
    }

    private static Optional<Span> consumed(List<Span> spans) {
        return spans.stream().filter(s -> s.service().equals("assessment") && s.kind().equals("CONSUMER")
                && s.name().equals("training.records process")).findFirst();
    }

    /** A statement of assessment's in the trace: the event's own, or its batch's (a batch span, the send's child). */
    private static Optional<Span> assessmentSql(List<Span> spans) {
        return spans.stream().filter(s -> s.service().equals("assessment") && s.kind().equals("CLIENT")
                && s.name().contains("benling_assessment")).findFirst();
    }

    private static boolean descends(Span span, Span ancestor, Map<String, Span> byId) {
        for (Span s = span; s != null; s = s.parentId() == null ? null : byId.get(s.parentId())) {
            if (s.id().equals(ancestor.id())) {
                return true;
            }
        }
        return false;
    }

    private static List<Span> spans(String trace) {
        var response = given().baseUri(ZIPKIN).config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 10_000)))
                .get("/api/v2/trace/" + trace);
        if (response.statusCode() == 404) {
            return List.of();
        }
        JsonPath json = response.then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> raw = json.getList("$");
        return raw.stream().map(s -> new Span((String) s.get("id"), (String) s.get("parentId"),
                String.valueOf(((Map<?, ?>) s.get("localEndpoint")).get("serviceName")), String.valueOf(s.get("name")),
                String.valueOf(s.getOrDefault("kind", "INTERNAL")))).toList();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
