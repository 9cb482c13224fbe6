package org.benling.notification.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.benling.contracts.rotation.PostingApproved;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.notification.TestRoster;
import org.benling.testing.Events;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.Test;

/** The bell's stream: the unread count at once, and the new count pushed when a notification comes, without asking. */
@QuarkusTest
class NotificationStreamTest {

    @Inject TestRoster roster;
    @Inject EntityManager em;

    @TestHTTPResource("/api/notifications/stream")
    URI stream;

    @Test
    void aNewNotificationIsPushedToTheOpenStream() throws Exception {
        UUID cadre = roster.cadre("石磊", TestRoster.GUANGZHOU);
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stream)
                .header("Authorization", "Bearer " + Logins.cadre(cadre, TestRoster.GUANGZHOU))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Iterator<String> lines = response.body().iterator();
        try {
            assertEquals("{\"unread\":0}", nextData(lines), "the count at once");

            LocalDate start = TestClock.today().plusMonths(1);
            Events.send("rotation.postings", cadre, Events.json(RotationEvents.POSTING_APPROVED, cadre,
                    new PostingApproved(UUID.randomUUID(), cadre, PostingType.POVERTY_ALLEVIATION, "贵州省某县", "WEST",
                            start, start.plusMonths(24))));

            String pushed = nextData(lines);
            while (pushed.equals("{\"unread\":0}")) {
                pushed = nextData(lines);
            }
            assertEquals("{\"unread\":1}", pushed);
            assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "SELECT count(*) FROM scheduled_job_run WHERE job = 'notification-pulse'").getSingleResult()),
                    "the pulse is every instance's own: not in the log of jobs run once across replicas");
        } finally {
            response.body().close();
        }
    }

    @Test
    void anHrOfficersStreamOpensToo() throws Exception {
        // (HR's reach is its unit's subtree: found in the unit tree before the stream starts)
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stream)
                .header("Authorization", "Bearer " + Logins.hrGuangdong())
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        try {
            assertEquals(200, response.statusCode());
            assertTrue(nextData(response.body().iterator()).startsWith("{\"unread\":"));
        } finally {
            response.body().close();
        }
    }

    @Test
    void theStreamNeedsALogin() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stream)
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode());
    }

    /** The next event's data, waiting at most 30 s (the pulse is 2 s, the heartbeat 15 s). */
    private static String nextData(Iterator<String> lines) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("data:")) {
                    return line.substring("data:".length()).trim();
                }
            }
            throw new AssertionError("the stream ended");
        }).get(30, TimeUnit.SECONDS);
    }
}
