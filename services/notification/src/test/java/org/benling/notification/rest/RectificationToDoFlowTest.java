package org.benling.notification.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.benling.contracts.inspection.FindingClosed;
import org.benling.contracts.inspection.FindingRecorded;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.contracts.inspection.MeasureLifted;
import org.benling.contracts.inspection.RectificationOverdue;
import org.benling.contracts.inspection.RectificationReported;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.MeasureType;
import org.benling.notification.TestRoster;
import org.benling.notification.service.Reminders;
import org.benling.testing.Events;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * A finding of an inspection round is the to-do of the HR office whose reach covers its unit until the rectification
 * report is filed; its 7-day reminder goes once, also when two runs meet; a report sent back asks again with the new
 * deadline; an overdue report is a notification. The measures on the same restricted topic are ignored.
 */
@QuarkusTest
class RectificationToDoFlowTest {

    @Inject Reminders reminders;
    @Inject TestRoster roster;

    @Test
    void aFindingIsTheUnitsHrToDoUntilItsReportIsFiledAndAReturnedReportAsksAgain() {
        roster.units();
        UUID finding = UUID.randomUUID();
        LocalDate due = TestClock.today().plusDays(40);
        String link = "/inspection/findings?finding=" + finding;
        // a measure first, on the same topic: not for this consumer, and it does not stop it
        UUID cadre = UUID.randomUUID();
        Events.send("inspection.supervision", cadre, Events.json(InspectionEvents.MEASURE_LIFTED, cadre,
                new MeasureLifted(UUID.randomUUID(), cadre, TestClock.today(), MeasureLifted.CONCLUDED,
                        MeasureType.PARTY_WARNING, AnnualEffect.NO_EXCELLENT)));
        recorded(finding, due);

        await().atMost(Duration.ofSeconds(60)).until(() -> openToDo(Logins.hrGuangdong(), link) != null);
        Map<String, Object> todo = openToDo(Logins.hrGuangdong(), link);
        assertEquals("RECTIFICATION_REPORT", todo.get("kind"));
        assertEquals("报送整改报告：广州市邮政管理局「落实全面从严治党责任」（" + due + " 前）", todo.get("title"));
        assertEquals(due.toString(), todo.get("dueOn"));
        // HR of another province does not see it, nor a leader (the unit's HR reports)
        assertEquals(null, openToDo(Logins.hrBeijing(), link));
        assertEquals(null, openToDo(Logins.leader(), link));
        assertEquals(List.of("巡视巡察发现问题待整改：广州市邮政管理局「落实全面从严治党责任」，" + due + " 前报送整改报告"),
                titles(Logins.hrGuangdong(), link, "RECTIFICATION_REQUIRED"));

        // the 7-day reminder, once, though two runs meet
        LocalDate weekBefore = due.minusDays(7);
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> reminders.sendDue(weekBefore));
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> reminders.sendDue(weekBefore));
        one.join();
        other.join();
        reminders.sendDue(weekBefore);
        assertEquals(List.of("整改报告 " + due + " 到期（还有 7 天）：广州市邮政管理局「落实全面从严治党责任」"),
                titles(Logins.hrGuangdong(), link, "RECTIFICATION_REPORT_DUE"));

        reported(finding);
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDo(Logins.hrGuangdong(), link) == null);
        // filed: the inspectors in reach judge it (not HR, not an inspector elsewhere)
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDo(Logins.inspector(), link) != null);
        assertEquals("RECTIFICATION_REVIEW", openToDo(Logins.inspector(), link).get("kind"));
        assertEquals("审核整改报告：广州市邮政管理局「落实全面从严治党责任」", openToDo(Logins.inspector(), link).get("title"));
        assertEquals(null, openToDo(Logins.inspectorBeijing(), link));
        assertEquals(List.of("整改报告待审核：广州市邮政管理局「落实全面从严治党责任」"),
                titles(Logins.inspector(), link, "RECTIFICATION_SUBMITTED"));

        // sent back: asked again, with the new deadline, and its reminders start over; the judgement is given
        LocalDate later = due.plusDays(30);
        recorded(finding, later);
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDo(Logins.hrGuangdong(), link) != null);
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDo(Logins.inspector(), link) == null);
        assertEquals(later.toString(), openToDo(Logins.hrGuangdong(), link).get("dueOn"));
        assertEquals(2, titles(Logins.hrGuangdong(), link, "RECTIFICATION_REQUIRED").size());
        reminders.sendDue(later.minusDays(7));
        assertEquals(2, titles(Logins.hrGuangdong(), link, "RECTIFICATION_REPORT_DUE").size());

        Events.send("inspection.supervision", TestRoster.GUANGZHOU, Events.json(InspectionEvents.RECTIFICATION_OVERDUE,
                TestRoster.GUANGZHOU, new RectificationOverdue(finding, TestRoster.GUANGZHOU, null, later)));
        await().atMost(Duration.ofSeconds(60)).until(() -> !titles(Logins.hrGuangdong(), link, "RECTIFICATION_OVERDUE").isEmpty());
        assertEquals(List.of("整改报告已逾期（" + later + "）：广州市邮政管理局「落实全面从严治党责任」"),
                titles(Logins.hrGuangdong(), link, "RECTIFICATION_OVERDUE"));

        // filed again: the inspectors' again, until they close the finding
        reported(finding);
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDo(Logins.inspector(), link) != null);
        Events.send("inspection.supervision", TestRoster.GUANGZHOU, Events.json(InspectionEvents.FINDING_CLOSED,
                TestRoster.GUANGZHOU, new FindingClosed(finding, TestRoster.GUANGZHOU, TestClock.today())));
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDo(Logins.inspector(), link) == null);
        assertEquals(null, openToDo(Logins.hrGuangdong(), link));
    }

    private static void reported(UUID finding) {
        Events.send("inspection.supervision", TestRoster.GUANGZHOU, Events.json(InspectionEvents.RECTIFICATION_REPORTED,
                TestRoster.GUANGZHOU, new RectificationReported(finding, TestRoster.GUANGZHOU, TestClock.today())));
    }

    private static void recorded(UUID finding, LocalDate due) {
        Events.send("inspection.supervision", TestRoster.GUANGZHOU, Events.json(InspectionEvents.FINDING_RECORDED,
                TestRoster.GUANGZHOU, new FindingRecorded(finding, UUID.randomUUID(), TestRoster.GUANGZHOU, List.of(),
                        "落实全面从严治党责任", FindingRecorded.Severity.SERIOUS, null, due)));
    }

    /** The caller's open to-do with this link, or null. */
    private static Map<String, Object> openToDo(String token, String link) {
        return given().auth().oauth2(token).header("Accept-Language", "zh-CN").queryParam("size", 200)
                .get("/api/todos").then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.link == '" + link + "' }");
    }

    /** The titles of the caller's notifications of this kind about the finding, newest first. */
    private static List<String> titles(String token, String link, String kind) {
        return given().auth().oauth2(token).header("Accept-Language", "zh-CN").queryParam("size", 200)
                .get("/api/notifications").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.link == '" + link + "' && it.kind == '" + kind + "' }.title", String.class);
    }
}
