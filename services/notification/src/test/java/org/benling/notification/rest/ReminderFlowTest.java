package org.benling.notification.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.contracts.rotation.PostingProposed;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.notification.TestRoster;
import org.benling.notification.service.Reminders;
import org.benling.testing.Events;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * A posting waiting for approval is recalled to the leaders 7 days and 1 day before its planned start, each reminder
 * once however often the job runs, also when two runs meet.
 */
@QuarkusTest
class ReminderFlowTest {

    @Inject TestRoster roster;
    @Inject Reminders reminders;

    @Test
    void theSevenDayReminderIsSentOnceAndTheOneDayReminderOnItsDay() {
        LocalDate today = TestClock.today();
        String link = proposedPosting("赵强", today.plusDays(10));

        reminders.sendDue(today.plusDays(2));
        assertEquals(List.of(), reminderTitles(link));
        reminders.sendDue(today.plusDays(3));
        reminders.sendDue(today.plusDays(3));
        reminders.sendDue(today.plusDays(5));
        assertEquals(List.of("挂职待审批，" + today.plusDays(10) + " 到期（还有 7 天）：赵强 赴贵州省某县"), reminderTitles(link));

        reminders.sendDue(today.plusDays(9));
        assertEquals(List.of("挂职待审批，" + today.plusDays(10) + " 到期（还有 1 天）：赵强 赴贵州省某县",
                "挂职待审批，" + today.plusDays(10) + " 到期（还有 7 天）：赵强 赴贵州省某县"), reminderTitles(link));
    }

    @Test
    void twoRunsAtOnceSendTheReminderOnce() {
        LocalDate today = TestClock.today();
        String link = proposedPosting("钱敏", today.plusDays(8));
        LocalDate reminderDay = today.plusDays(1);

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> reminders.sendDue(reminderDay));
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> reminders.sendDue(reminderDay));
        one.join();
        other.join();
        assertEquals(1, reminderTitles(link).size(), "reminders of " + link);
    }

    /** A posting proposed for a new cadre, on the leaders' to-do list; its link. */
    private String proposedPosting(String name, LocalDate start) {
        UUID cadre = roster.cadre(name, TestRoster.GUANGZHOU);
        UUID posting = UUID.randomUUID();
        Events.send("rotation.postings", cadre, Events.json(RotationEvents.POSTING_PROPOSED, cadre,
                new PostingProposed(posting, cadre, TestRoster.GUANGZHOU, PostingType.POVERTY_ALLEVIATION, "贵州省某县",
                        start, start.plusMonths(24))));
        String link = "/rotation/postings/" + posting;
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(Logins.leader())
                .queryParam("size", 200).get("/api/todos").then().statusCode(200).extract().jsonPath()
                .getList("items.link", String.class).contains(link));
        return link;
    }

    /** The titles of the leaders' reminders about the posting, newest first. */
    private static List<String> reminderTitles(String link) {
        return given().auth().oauth2(Logins.leader()).header("Accept-Language", "zh-CN").queryParam("size", 200)
                .get("/api/notifications").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.link == '" + link + "' && it.kind == 'POSTING_APPROVAL_DUE' }.title",
                        String.class);
    }
}
