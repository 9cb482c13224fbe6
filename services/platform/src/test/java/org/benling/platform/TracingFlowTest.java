package org.benling.platform;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A request, the event it writes, the relay's send and a consumer's work on the event are one trace: the outbox keeps
 * the request's trace context, the record carries it, the inbox continues it (spans from an in-memory exporter).
 */
@QuarkusTest
class TracingFlowTest {

    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");

    @Inject InMemorySpanExporter exporter;
    @Inject EntityManager em;

    @Test
    void aRequestTheEventItWritesTheRelaysSendAndTheConsumersEffectAreOneTrace() {
        String key = "traced-" + UUID.randomUUID();
        String eventId = given().auth().oauth2(Tokens.hr("hr-tracing", UUID.randomUUID()))
                .post("/probe/events/{key}?note=traced", key).then().statusCode(200).extract().asString();

        SpanData process = await().atMost(Duration.ofSeconds(30)).until(() -> span(SpanKind.CONSUMER, eventId), Optional::isPresent).get();
        SpanData publish = span(SpanKind.PRODUCER, eventId).orElseThrow();
        String trace = publish.getTraceId();
        await().atMost(Duration.ofSeconds(10)).until(() -> server(trace).isPresent());
        SpanData server = server(trace).orElseThrow();
        Map<String, SpanData> inTrace = exporter.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(trace))
                .collect(Collectors.toMap(SpanData::getSpanId, Function.identity(), (a, b) -> a));

        assertEquals(trace, process.getTraceId(), "the consumer's work continues the request's trace");
        assertEquals(publish.getSpanId(), process.getParentSpanId(), "the consumer's span is the send's child");
        assertEquals("platform.probe publish", publish.getName());
        assertTrue(descendsFrom(publish, server, inTrace), "the send descends from the request that wrote the event");
        assertEquals("platform.probe process", process.getName());
        assertEquals("applied", process.getAttributes().get(AttributeKey.stringKey("benling.inbox.outcome")));
        // the handler's statement (the effect) is a database span of the consumer's
        assertTrue(inTrace.values().stream().anyMatch(s -> s.getKind() == SpanKind.CLIENT
                        && s.getParentSpanId().equals(process.getSpanId())
                        && String.valueOf(s.getAttributes().asMap().values()).contains("probe_effect")),
                "a JDBC span of the effect under the consumer's span: " + inTrace.values());
        // what the batch's events share (the inbox's record of them) in the batch's span, also under the send
        assertTrue(inTrace.values().stream().anyMatch(s -> s.getKind() == SpanKind.CLIENT
                        && String.valueOf(s.getAttributes().asMap().values()).contains("inbox_event")
                        && descendsFrom(s, publish, inTrace)),
                "the inbox's insert under the send: " + inTrace.values());
        // the request's own statements too: the outbox row written in its transaction
        assertTrue(inTrace.values().stream().anyMatch(s -> s.getKind() == SpanKind.CLIENT
                && String.valueOf(s.getAttributes().asMap().values()).contains("outbox_event")), "the outbox insert's span");

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("SELECT traceparent FROM outbox_event WHERE event_id = :id")
                .setParameter("id", UUID.fromString(eventId)).getSingleResult());
        assertTrue(stored.startsWith("00-" + trace + "-"), "the outbox row keeps the request's trace: " + stored);
        try (KafkaCompanion kafka = KafkaBroker.shared().companion()) {
            var topic = kafka.consumeStrings().fromTopics("platform.probe");
            ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30)).until(() -> topic.getRecords()
                    .stream().filter(r -> key.equals(r.key())).findFirst(), Optional::isPresent).get();
            topic.stop();
            String header = new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
            assertEquals("00-" + trace + "-" + publish.getSpanId() + "-01", header, "the record carries the send's context");
        }
    }

    private Optional<SpanData> span(SpanKind kind, String eventId) {
        return exporter.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == kind && eventId.equals(s.getAttributes().get(MESSAGE_ID))).findFirst();
    }

    private Optional<SpanData> server(String trace) {
        return exporter.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(trace)).findFirst();
    }

    private static boolean descendsFrom(SpanData span, SpanData ancestor, Map<String, SpanData> byId) {
        for (SpanData s = span; s != null; s = byId.get(s.getParentSpanId())) {
            if (s.getSpanId().equals(ancestor.getSpanId())) {
                return true;
            }
        }
        return false;
    }
}
