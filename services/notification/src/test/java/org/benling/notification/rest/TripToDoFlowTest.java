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
import org.benling.contracts.inspection.TripChanged;
import org.benling.notification.TestRoster;
import org.benling.notification.service.Reminders;
import org.benling.testing.Events;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * A trip abroad asked for is the leaders' to-do until one decides, and the cadre is told the decision; its passport
 * issued, it is the to-do of the HR office holding it until the passport is back, reminded before its last day.
 */
@QuarkusTest
class TripToDoFlowTest {

    @Inject TestRoster roster;
    @Inject Reminders reminders;

    @Test
    void theLeadersDecideTheTripAndTheHrOfficeTakesThePassportBack() {
        UUID cadre = roster.cadre("孙行", TestRoster.GUANGZHOU);
        String me = Logins.cadre(cadre, TestRoster.GUANGZHOU);
        UUID trip = UUID.randomUUID();
        LocalDate depart = TestClock.today().plusDays(20);
        LocalDate back = depart.plusDays(7);
        changed(cadre, trip, depart, back, TripChanged.Status.REQUESTED, null);
        changed(cadre, trip, depart, back, TripChanged.Status.REQUESTED, null); // twice: one to-do

        await().atMost(Duration.ofSeconds(60)).until(() -> openToDos(Logins.leader(), cadre).size() == 1);
        Map<String, Object> approval = openToDos(Logins.leader(), cadre).get(0);
        assertEquals("TRIP_APPROVAL", approval.get("kind"));
        assertEquals("审批出国（境）申请：孙行 赴日本东京（" + depart + " 出行）", approval.get("title"));
        assertEquals(depart.toString(), approval.get("dueOn"));
        assertEquals(List.of(), openToDos(Logins.hrGuangdong(), cadre), "the leaders decide, not HR");

        changed(cadre, trip, depart, back, TripChanged.Status.APPROVED, null);
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDos(Logins.leader(), cadre).isEmpty());
        assertEquals(List.of("您赴日本东京的出国（境）申请已获批准"), titles(me, "TRIP_DECIDED"));

        LocalDate due = back.plusDays(10);
        changed(cadre, trip, depart, back, TripChanged.Status.ISSUED, due);
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDos(Logins.hrGuangdong(), cadre).size() == 1);
        Map<String, Object> passport = openToDos(Logins.hrGuangdong(), cadre).get(0);
        assertEquals("PASSPORT_RETURN", passport.get("kind"));
        assertEquals(due.toString(), passport.get("dueOn"));
        reminders.sendDue(due.minusDays(7));
        assertEquals(List.of("证照 " + due + " 前应交回（还有 7 天）：孙行（赴日本东京）"),
                titles(Logins.hrGuangdong(), "PASSPORT_RETURN_DUE").stream().filter(t -> t.contains("孙行")).toList());

        changed(cadre, trip, depart, back, TripChanged.Status.RETURNED, due);
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDos(Logins.hrGuangdong(), cadre).isEmpty());
    }

    @Test
    void aWithdrawnTripIsNoLongerAskedAndARefusalIsTold() {
        UUID cadre = roster.cadre("钱游", TestRoster.GUANGZHOU);
        UUID withdrawn = UUID.randomUUID();
        LocalDate depart = TestClock.today().plusDays(9);
        changed(cadre, withdrawn, depart, depart.plusDays(3), TripChanged.Status.REQUESTED, null);
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDos(Logins.leader(), cadre).size() == 1);
        changed(cadre, withdrawn, depart, depart.plusDays(3), TripChanged.Status.CANCELLED, null);
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDos(Logins.leader(), cadre).isEmpty());

        UUID refused = UUID.randomUUID();
        changed(cadre, refused, depart, depart.plusDays(3), TripChanged.Status.REQUESTED, null);
        changed(cadre, refused, depart, depart.plusDays(3), TripChanged.Status.REFUSED, null);
        String me = Logins.cadre(cadre, TestRoster.GUANGZHOU);
        await().atMost(Duration.ofSeconds(60)).until(() -> titles(me, "TRIP_DECIDED").size() == 1);
        assertEquals(List.of("您赴日本东京的出国（境）申请未获批准"), titles(me, "TRIP_DECIDED"));
        assertEquals(List.of(), openToDos(Logins.leader(), cadre));
    }

    private static void changed(UUID cadre, UUID trip, LocalDate depart, LocalDate back, TripChanged.Status status,
            LocalDate passportDue) {
        Events.send("inspection.supervision", cadre, Events.json(InspectionEvents.TRIP_CHANGED, cadre,
                new TripChanged(trip, cadre, TestRoster.GUANGZHOU, "日本东京", depart, back, status, passportDue)));
    }
}
