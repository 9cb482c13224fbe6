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
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.contracts.inspection.PersonalReportFiled;
import org.benling.contracts.inspection.PersonalReportRequested;
import org.benling.notification.TestRoster;
import org.benling.notification.service.Reminders;
import org.benling.testing.Events;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The yearly personal-matters report (个人有关事项报告): asked for it, the cadre has a to-do of their own and is told,
 * reminded before the 31 January deadline, until inspection says it was filed. HR has no such to-do and learns nothing.
 */
@QuarkusTest
class PersonalReportToDoFlowTest {

    @Inject TestRoster roster;
    @Inject Reminders reminders;

    @Test
    void theYearlyReportIsTheCadresToDoUntilItIsFiled() {
        UUID cadre = roster.cadre("何立", TestRoster.GUANGZHOU);
        String me = Logins.cadre(cadre, TestRoster.GUANGZHOU);
        int year = TestClock.today().getYear() + 1;
        LocalDate due = LocalDate.of(year, 1, 31);
        requested(cadre, year, due);
        requested(cadre, year, due); // the same request twice: one to-do, told once

        await().atMost(Duration.ofSeconds(60)).until(() -> !openToDos(me).isEmpty());
        Map<String, Object> todo = openToDos(me).get(0);
        assertEquals("PERSONAL_REPORT", todo.get("kind"));
        assertEquals("填报 " + year + " 年度个人有关事项报告（" + due + " 前）", todo.get("title"));
        assertEquals("/personal-matters/me", todo.get("link"));
        assertEquals(due.toString(), todo.get("dueOn"));
        assertEquals(List.of("请于 " + due + " 前填报 " + year + " 年度个人有关事项报告"),
                titles(me, "PERSONAL_REPORT_REQUESTED"));
        assertEquals(0, given().auth().oauth2(Logins.hrGuangdong()).queryParam("size", 200).get("/api/todos").then()
                .extract().jsonPath().getList("items.findAll { it.cadreId == '" + cadre + "' }").size());

        reminders.sendDue(due.minusDays(7));
        assertEquals(List.of("个人有关事项报告 " + due + " 到期（还有 7 天）：" + year + " 年度"),
                titles(me, "PERSONAL_REPORT_DUE"));

        // a filing of another year closes nothing; the year's does
        Events.send("inspection.supervision", cadre, Events.json(InspectionEvents.PERSONAL_REPORT_FILED, cadre,
                new PersonalReportFiled(cadre, year - 1, TestClock.today())));
        Events.send("inspection.supervision", cadre, Events.json(InspectionEvents.PERSONAL_REPORT_FILED, cadre,
                new PersonalReportFiled(cadre, year, TestClock.today())));
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDos(me).isEmpty());
        given().auth().oauth2(me).queryParam("status", "DONE").get("/api/todos").then().statusCode(200)
                .body("items.findAll { it.kind == 'PERSONAL_REPORT' }.size()", org.hamcrest.Matchers.equalTo(1));
    }

    private static void requested(UUID cadre, int year, LocalDate due) {
        Events.send("inspection.supervision", cadre, Events.json(InspectionEvents.PERSONAL_REPORT_REQUESTED, cadre,
                new PersonalReportRequested(cadre, year, due)));
    }
}
