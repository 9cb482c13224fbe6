package org.benling.notification.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.benling.notification.rest.Feeds.openToDos;
import static org.benling.notification.rest.Feeds.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.assessment.AssessmentEvents;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.assessment.ReviewFinalized;
import org.benling.contracts.assessment.SelfReportFiled;
import org.benling.contracts.assessment.SelfReportRequested;
import org.benling.notification.TestRoster;
import org.benling.notification.service.Reminders;
import org.benling.testing.Events;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * A cadre asked for the year's self-report (述职述责述廉) has a to-do of their own and is told, reminded before the due
 * day, until assessment says it was filed; a review finalised without it withdraws the to-do.
 */
@QuarkusTest
class AssessmentToDoFlowTest {

    @Inject TestRoster roster;
    @Inject Reminders reminders;

    @Test
    void theSelfReportIsTheCadresToDoUntilItIsFiled() {
        UUID cadre = roster.cadre("周敏", TestRoster.GUANGZHOU);
        String me = Logins.cadre(cadre, TestRoster.GUANGZHOU);
        UUID review = UUID.randomUUID();
        LocalDate due = TestClock.today().plusDays(14);
        requested(review, cadre, due);
        requested(review, cadre, due); // the same request twice: one to-do, told once

        await().atMost(Duration.ofSeconds(60)).until(() -> !openToDos(me).isEmpty());
        Map<String, Object> todo = openToDos(me).get(0);
        assertEquals("SELF_REPORT", todo.get("kind"));
        assertEquals("提交 2026 年度述职报告（" + due + " 前）", todo.get("title"));
        assertEquals("/assessment/me", todo.get("link"));
        assertEquals(due.toString(), todo.get("dueOn"));
        assertEquals(List.of("2026 年度考核已开始：请于 " + due + " 前提交述职报告"), titles(me, "SELF_REPORT_REQUESTED"));
        // the cadre's own: not in HR's list
        assertEquals(0, given().auth().oauth2(Logins.hrGuangdong()).queryParam("size", 200).get("/api/todos").then()
                .extract().jsonPath().getList("items.findAll { it.cadreId == '" + cadre + "' }").size());

        reminders.sendDue(due.minusDays(7));
        assertEquals(List.of("述职报告 " + due + " 到期（还有 7 天）：2026 年度考核"), titles(me, "SELF_REPORT_DUE"));

        Events.send("assessment.results", cadre, Events.json(AssessmentEvents.SELF_REPORT_FILED, cadre,
                new SelfReportFiled(review, CYCLE, cadre, TestClock.today())));
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDos(me).isEmpty());
        given().auth().oauth2(me).queryParam("status", "DONE").get("/api/todos").then().statusCode(200)
                .body("items.find { it.link == '/assessment/me' }.kind", org.hamcrest.Matchers.equalTo("SELF_REPORT"));
    }

    @Test
    void aReviewFinalisedWithoutTheReportWithdrawsIt() {
        UUID cadre = roster.cadre("钱进", TestRoster.GUANGZHOU);
        String me = Logins.cadre(cadre, TestRoster.GUANGZHOU);
        UUID review = UUID.randomUUID();
        requested(review, cadre, TestClock.today().plusDays(3));
        await().atMost(Duration.ofSeconds(60)).until(() -> !openToDos(me).isEmpty());

        Events.send("assessment.results", cadre, Events.json(AssessmentEvents.REVIEW_FINALIZED, cadre,
                new ReviewFinalized(review, cadre, TestRoster.GUANGZHOU, 2026, Grade.COMPETENT)));
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDos(me).isEmpty());
        given().auth().oauth2(me).queryParam("status", "WITHDRAWN").get("/api/todos").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
    }

    private static final UUID CYCLE = UUID.randomUUID();

    private static void requested(UUID review, UUID cadre, LocalDate due) {
        Events.send("assessment.results", cadre, Events.json(AssessmentEvents.SELF_REPORT_REQUESTED, cadre,
                new SelfReportRequested(review, CYCLE, cadre, TestRoster.GUANGZHOU, 2026, due)));
    }
}
