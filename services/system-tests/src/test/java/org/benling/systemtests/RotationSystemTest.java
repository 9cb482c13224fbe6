package org.benling.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
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
    void aProposedPostingIsTheLeadersToDoUntilTheirApprovalClosesIt() throws ApiException {
        String cadre = fixture.cadres().get(2);
        PostingsApi hr = new PostingsApi(Stack.client(Stack.HR));
        Posting proposed = hr.postingResourcePropose(new PostingRequest().cadreId(UUID.fromString(cadre))
                .type(PostingType.JOB_ROTATION).hostUnitId(sichuan).plannedStart(Stack.today().plusMonths(2))
                .plannedEnd(Stack.today().plusMonths(14)).purpose("系统测试：待办"), UUID.randomUUID().toString());
        String link = "/rotation/postings/" + proposed.getId();
        long sent = System.nanoTime();
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> openToDos("leader").contains(link));
        System.out.printf("posting proposed → leader's to-do: %d ms%n", (System.nanoTime() - sent) / 1_000_000);
        assertEquals(false, openToDos(Stack.HR).contains(link), "HR proposes; a leader approves");

        String etag = hr.postingResourceGetWithHttpInfo(proposed.getId()).getHeaders().get("ETag").get(0);
        new PostingsApi(Stack.client("leader")).postingResourceApprove(proposed.getId(), new PostingTransition(),
                UUID.randomUUID().toString(), etag);
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> !openToDos("leader").contains(link));
    }

    /** The links of the user's open to-dos (the newest 200). */
    private static java.util.List<String> openToDos(String user) {
        return Stack.as(user).queryParam("size", 200).queryParam("sort", "createdAt,desc").get("/api/todos").then()
                .statusCode(200).extract().jsonPath().getList("items.link", String.class);
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
