package org.benling.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.benling.client.ApiException;
import org.benling.client.api.MyLearningApi;
import org.benling.client.api.PostingsApi;
import org.benling.client.model.Capability;
import org.benling.client.model.Evaluation;
import org.benling.client.model.Posting;
import org.benling.client.model.PostingCompletion;
import org.benling.client.model.PostingRequest;
import org.benling.client.model.PostingStart;
import org.benling.client.model.PostingStatus;
import org.benling.client.model.PostingTransition;
import org.benling.client.model.PostingType;
import org.benling.client.model.ProposalReason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rotation in the loop: a leader's approval makes training propose pre-posting training; the host's closing
 * evaluation raises the cadre's assessment profile in the capabilities the posting exercised. Driven through the
 * generated Java client: HR proposes, the leader approves with the ETag HR read, HR starts and completes.
 */
class RotationSystemTest {

    static Stack.Fixture fixture;
    static UUID sichuan;

    @BeforeAll
    static void aNewUnitWithTwoCadres() throws ApiException {
        fixture = Stack.newUnit("R", 3);
        sichuan = Stack.province("510000");
    }

    static UUID approvedPosting(String cadre) throws ApiException {
        PostingsApi hr = new PostingsApi(Stack.client(Stack.HR));
        Posting proposed = hr.postingResourcePropose(new PostingRequest().cadreId(UUID.fromString(cadre))
                .type(PostingType.POVERTY_ALLEVIATION).hostUnitId(sichuan).plannedStart(Stack.today().plusMonths(1))
                .plannedEnd(Stack.today().plusMonths(25)).purpose("系统测试：乡村振兴挂职"), UUID.randomUUID().toString());
        String etag = hr.postingResourceGetWithHttpInfo(proposed.getId()).getHeaders().get("ETag").get(0);
        Posting approved = new PostingsApi(Stack.client("leader")).postingResourceApprove(proposed.getId(),
                new PostingTransition(), UUID.randomUUID().toString(), etag);
        assertEquals(PostingStatus.APPROVED, approved.getStatus());
        return proposed.getId();
    }

    @Test
    void aProposedPostingIsTheLeadersToDoUntilTheirApprovalClosesIt() throws Exception {
        String cadre = fixture.cadres().get(2);
        // the leader's bell is open: its stream (through the gateway) pushes the new count
        HttpResponse<Stream<String>> bell = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(Stack.URL + "/api/notifications/stream"))
                        .header("Authorization", "Bearer " + Stack.token("leader"))
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, bell.statusCode());
        LinkedBlockingQueue<Integer> pushed = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                bell.body().filter(line -> line.startsWith("data:"))
                        .map(line -> JsonPath.from(line.substring(5)).getInt("unread")).forEach(pushed::add);
            } catch (java.io.UncheckedIOException closed) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        int before = Objects.requireNonNull(pushed.poll(30, TimeUnit.SECONDS),
                "the stream's first count");
        PostingsApi hr = new PostingsApi(Stack.client(Stack.HR));
        Posting proposed = hr.postingResourcePropose(new PostingRequest().cadreId(UUID.fromString(cadre))
                .type(PostingType.JOB_ROTATION).hostUnitId(sichuan).plannedStart(Stack.today().plusMonths(2))
                .plannedEnd(Stack.today().plusMonths(14)).purpose("系统测试：待办"), UUID.randomUUID().toString());
        String link = "/rotation/postings/" + proposed.getId();
        long sent = System.nanoTime();
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> Stack.openToDos("leader").contains(link));
        System.out.printf("posting proposed → leader's to-do: %d ms%n", (System.nanoTime() - sent) / 1_000_000);
        await().atMost(Stack.WITHIN).until(() -> {
            Integer count = pushed.poll(1, TimeUnit.SECONDS);
            return count != null && count > before;
        });
        System.out.printf("posting proposed → leader's bell pushed: %d ms%n", (System.nanoTime() - sent) / 1_000_000);
        bell.body().close();
        assertEquals(false, Stack.openToDos(Stack.HR).contains(link), "HR proposes; a leader approves");
        // and the leaders are mailed (Keycloak's users with the role, through the local mail server)
        String name = Stack.as(Stack.HR).get("/api/cadres/" + cadre).then().statusCode(200).extract().path("name");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Stack.mailSubjects("leader@benling.example").stream()
                        .anyMatch(subject -> subject.startsWith("【本领】新的挂职待审批：" + name + " ")));
        System.out.printf("posting proposed → leader's e-mail: %d ms%n", (System.nanoTime() - sent) / 1_000_000);

        String etag = hr.postingResourceGetWithHttpInfo(proposed.getId()).getHeaders().get("ETag").get(0);
        new PostingsApi(Stack.client("leader")).postingResourceApprove(proposed.getId(), new PostingTransition(),
                UUID.randomUUID().toString(), etag);
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> !Stack.openToDos("leader").contains(link));
    }

    @Test
    void anApprovedPostingShowsAPrePostingTrainingProposal() throws ApiException {
        String cadre = fixture.cadres().get(0);
        long approved = System.nanoTime();
        approvedPosting(cadre);
        MyLearningApi training = new MyLearningApi(Stack.client(Stack.HR));
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> training
                .myLearningResourceProposals(UUID.fromString(cadre)).stream()
                .anyMatch(p -> p.getReason() == ProposalReason.PRE_POSTING));
        System.out.printf("posting approved → training proposal: %d ms%n", (System.nanoTime() - approved) / 1_000_000);
    }

    @Test
    void aCompletedPostingRaisesTheProfileInTheCapabilitiesItExercised() throws ApiException {
        String cadre = fixture.cadres().get(1);
        int massWork = Stack.score(cadre, "MASS_WORK");
        int learning = Stack.score(cadre, "LEARNING");
        UUID posting = approvedPosting(cadre);
        PostingsApi hr = new PostingsApi(Stack.client(Stack.HR));
        hr.postingResourceStart(posting, new PostingStart().startedOn(Stack.today().minusDays(1)),
                UUID.randomUUID().toString(), null);
        long completed = System.nanoTime();
        Posting done = hr.postingResourceComplete(posting, new PostingCompletion().evaluation(Evaluation.EXCELLENT)
                .capabilities(Set.of(Capability.MASS_WORK)).remarks("系统测试：驻村工作成效显著"),
                UUID.randomUUID().toString(), null);
        assertEquals(PostingStatus.COMPLETED, done.getStatus());
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> Stack.score(cadre, "MASS_WORK") == massWork + 10);
        System.out.printf("posting completed → assessment profile: %d ms%n", (System.nanoTime() - completed) / 1_000_000);
        if (Stack.score(cadre, "LEARNING") != learning) {
            throw new AssertionError("a capability the posting did not exercise changed");
        }
    }
}
