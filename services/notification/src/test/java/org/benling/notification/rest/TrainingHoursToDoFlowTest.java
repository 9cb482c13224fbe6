package org.benling.notification.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.training.HoursRequirementMet;
import org.benling.contracts.training.HoursShortfallDetected;
import org.benling.contracts.training.TrainingEvents;
import org.benling.notification.TestRoster;
import org.benling.notification.service.Reminders;
import org.benling.testing.Events;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * A cadre behind a training-hour requirement has a to-do of their own (one per requirement, whatever the warnings)
 * and is told, reminded before the deadline, until training says the requirement is met.
 */
@QuarkusTest
class TrainingHoursToDoFlowTest {

    @Inject TestRoster roster;
    @Inject Reminders reminders;

    @Test
    void aWarnedCadreHasOneToDoPerRequirementUntilItIsMet() {
        UUID cadre = roster.cadre("柳青", TestRoster.GUANGZHOU);
        String me = Logins.cadre(cadre, TestRoster.GUANGZHOU);
        LocalDate due = TestClock.today().plusDays(20);
        shortfall(cadre, "AT_RISK", "59.50", due);
        await().atMost(Duration.ofSeconds(60)).until(() -> !openToDos(me).isEmpty());
        Map<String, Object> todo = openToDos(me).get(0);
        assertEquals("TRAINING_HOURS", todo.get("kind"));
        assertEquals("补足学时：年度学时还差 59.5 学时（" + due + " 前）", todo.get("title"));
        assertEquals("/my-learning", todo.get("link"));
        assertEquals(due.toString(), todo.get("dueOn"));
        given().auth().oauth2(me).header("Accept-Language", "en").get("/api/todos").then().statusCode(200)
                .body("items[0].title", org.hamcrest.Matchers.equalTo(
                        "Make up training hours: 59.5 short of the year's training hours (by " + due + ")"));
        // not HR's, nor a leader's: the cadre's own
        assertEquals(0, given().auth().oauth2(Logins.hrGuangdong()).queryParam("size", 200).get("/api/todos").then()
                .extract().jsonPath().getList("items.findAll { it.cadreId == '" + cadre + "' }").size());

        // a worse status later: still one to-do, and the cadre is told again
        shortfall(cadre, "SHORTFALL", "40", due);
        await().atMost(Duration.ofSeconds(60)).until(() -> titles(me, "TRAINING_HOURS_SHORTFALL").size() == 2);
        assertEquals(1, openToDos(me).size());
        assertEquals("补足学时：年度学时还差 40 学时（" + due + " 前）", openToDos(me).get(0).get("title"));

        reminders.sendDue(due.minusDays(7));
        assertEquals(List.of("学时 " + due + " 到期（还有 7 天）：年度学时还差 40 学时"), titles(me, "TRAINING_HOURS_DUE"));

        Events.send("training.records", cadre, Events.json(TrainingEvents.HOURS_REQUIREMENT_MET, cadre,
                new HoursRequirementMet(cadre, TestRoster.GUANGZHOU, "ANNUAL", due, TestClock.today())));
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDos(me).isEmpty());
    }

    private static void shortfall(UUID cadre, String status, String missing, LocalDate due) {
        Events.send("training.records", cadre, Events.json(TrainingEvents.HOURS_SHORTFALL_DETECTED, cadre,
                new HoursShortfallDetected(cadre, TestRoster.GUANGZHOU, "ANNUAL", status, new BigDecimal("90"),
                        new BigDecimal("90").subtract(new BigDecimal(missing)), new BigDecimal(missing), due,
                        TestClock.today())));
    }

    private static List<Map<String, Object>> openToDos(String token) {
        return given().auth().oauth2(token).header("Accept-Language", "zh-CN").get("/api/todos").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    private static List<String> titles(String token, String kind) {
        return given().auth().oauth2(token).header("Accept-Language", "zh-CN").queryParam("size", 200)
                .get("/api/notifications").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.kind == '" + kind + "' }.title", String.class);
    }
}
