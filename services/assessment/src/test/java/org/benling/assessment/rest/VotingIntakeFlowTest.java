package org.benling.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.TestRoster;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.selection.SelectionEvents;
import org.benling.contracts.selection.VotingClosed;
import org.benling.testing.Events;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * 民主测评 online: a closed evaluation session of selection (VotingClosed) gives each person's open review the
 * session's ballots, one per grade given, in every category together; once, however often the event comes.
 */
@QuarkusTest
class VotingIntakeFlowTest {

    @Inject TestRoster roster;

    @Test
    void aClosedEvaluationSessionBecomesTheReviewsDemocraticBallotsOnce() {
        TestRoster.Unit unit = roster.unit("V01");
        String cycle = Api.openCycle(unit, TestClock.today().getYear());
        UUID graded = unit.cadre(1);
        String review = Api.reviews(cycle).get(graded.toString());
        VotingClosed closed = new VotingClosed(UUID.randomUUID(), unit.id(), VotingClosed.Kind.EVALUATION,
                "年度民主测评", TestClock.today(), List.of(
                        new VotingClosed.Category("LEADERSHIP", "班子成员", new BigDecimal("0.5"), 5, 4),
                        new VotingClosed.Category("STAFF", "职工代表", new BigDecimal("0.5"), 20, 10)),
                List.of(new VotingClosed.Result(graded, new BigDecimal("0.9000"), List.of(
                        new VotingClosed.Share("LEADERSHIP", 4, Map.of(Grade.EXCELLENT, 3, Grade.COMPETENT, 1)),
                        new VotingClosed.Share("STAFF", 8, Map.of(Grade.EXCELLENT, 2, Grade.COMPETENT, 6,
                                Grade.BASICALLY_COMPETENT, 2)))),
                        // somebody without an open review here: left out
                        new VotingClosed.Result(UUID.randomUUID(), new BigDecimal("0.5000"), List.of(
                                new VotingClosed.Share("LEADERSHIP", 1, Map.of(Grade.COMPETENT, 1))))));
        String event = Events.json(SelectionEvents.VOTING_CLOSED, "/benling/selection", closed.sessionId().toString(),
                closed);
        try (KafkaCompanion kafka = KafkaBroker.shared().companion()) {
            var dlq = kafka.consumeStrings().fromTopics("selection.appointments.dlq");
            Events.send("selection.appointments", closed.sessionId(), event);
            Events.send("selection.appointments", closed.sessionId(), event);
            // once the marker after them is refused, both deliveries were dealt with
            String marker = Events.sendMarker("selection.appointments", closed.sessionId().toString());
            await().atMost(Duration.ofSeconds(60)).until(() -> dlq.getRecords().stream()
                    .anyMatch(r -> r.value().equals(marker)));
        }
        String path = "/api/assessment/cycles/" + cycle + "/reviews/" + review;
        given().auth().oauth2(Logins.hrGuangdong()).get(path).then().statusCode(200)
                .body("democratic.ballots", equalTo(14)).body("democratic.grades.EXCELLENT", equalTo(5))
                .body("democratic.grades.COMPETENT", equalTo(7)).body("democratic.grades.BASICALLY_COMPETENT", equalTo(2));
    }
}
