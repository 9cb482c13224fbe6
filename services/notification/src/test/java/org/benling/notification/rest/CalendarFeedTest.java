package org.benling.notification.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.benling.contracts.rotation.PostingApproved;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.contracts.rotation.PostingProposed;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.contracts.training.ClassPlaceChanged;
import org.benling.contracts.training.ClassPlaceChanged.Place;
import org.benling.contracts.training.TrainingEvents;
import org.benling.notification.TestPeople;
import org.benling.notification.TestRoster;
import org.benling.notification.mail.People.Person;
import org.benling.testing.Bureau;
import org.benling.testing.Events;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A user's private calendar feed, read by a calendar app without a login: the open to-dos' deadlines, the cadre's
 * classes and own postings, valid iCalendar; a new address revokes the old, and a revoked one, an unknown one or a disabled
 * account's shows nothing.
 */
@QuarkusTest
class CalendarFeedTest {

    @Inject TestRoster roster;
    @Inject TestPeople people;

    @Test
    void aLeadersFeedHoldsTheDeadlineOfTheirOpenToDo() throws Exception {
        Person leader = people.leader("leader-ics-" + UUID.randomUUID());
        String token = Tokens.token(leader.username(), Set.of("leader"), Bureau.SPB, null);
        UUID cadre = roster.cadre("韩梅", TestRoster.GUANGZHOU);
        UUID posting = UUID.randomUUID();
        LocalDate start = TestClock.today().plusDays(20);
        Events.send("rotation.postings", cadre, Events.json(RotationEvents.POSTING_PROPOSED, cadre,
                new PostingProposed(posting, cadre, TestRoster.GUANGZHOU, PostingType.POVERTY_ALLEVIATION, "贵州省某县",
                        start, start.plusMonths(24))));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(token).queryParam("size", 200)
                .get("/api/todos").then().statusCode(200).extract().jsonPath().getList("items.link", String.class)
                .contains("/rotation/postings/" + posting));

        given().auth().oauth2(token).get("/api/calendar/feed").then().statusCode(200).body("active", equalTo(false));
        String url = given().auth().oauth2(token).post("/api/calendar/feed").then().statusCode(200)
                .body("url", startsWith("http://localhost:8080/api/calendar/")).body("createdAt", notNullValue())
                .extract().path("url");
        given().auth().oauth2(token).get("/api/calendar/feed").then().statusCode(200).body("active", equalTo(true));

        Calendar calendar = read(url);
        VEvent deadline = event(calendar, "todo-");
        assertEquals("待办截止：审批挂职：韩梅 赴贵州省某县（" + start + " 起）", text(deadline, Property.SUMMARY));
        assertEquals(start.toString().replace("-", ""), text(deadline, Property.DTSTART));
        assertEquals(start.plusDays(1).toString().replace("-", ""), text(deadline, Property.DTEND));
        assertEquals("http://localhost:8080/rotation/postings/" + posting, text(deadline, Property.URL));
        assertEquals("本领 · 我的待办、培训与挂职", calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());
    }

    @Test
    void aCadresFeedHoldsTheirApprovedPostingAndANewAddressRevokesTheOld() throws Exception {
        UUID cadre = roster.cadre("杜鹃", TestRoster.GUANGZHOU);
        Person account = people.cadre(cadre, "cadre-ics-" + UUID.randomUUID());
        String token = Tokens.cadre(account.username(), TestRoster.GUANGZHOU, cadre);
        UUID posting = UUID.randomUUID();
        LocalDate start = TestClock.today().plusMonths(1);
        Events.send("rotation.postings", cadre, Events.json(RotationEvents.POSTING_APPROVED, cadre,
                new PostingApproved(posting, cadre, PostingType.POVERTY_ALLEVIATION, "贵州省某县", "WEST", start,
                        start.plusMonths(24))));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(token)
                .get("/api/notifications/unread-count").then().statusCode(200).extract().jsonPath().getInt("unread") == 1);

        String first = given().auth().oauth2(token).post("/api/calendar/feed").then().statusCode(200).extract().path("url");
        VEvent stay = event(read(first), "posting-" + posting);
        assertEquals("挂职：贵州省某县", text(stay, Property.SUMMARY));
        assertEquals(start.toString().replace("-", ""), text(stay, Property.DTSTART));
        assertEquals(start.plusMonths(24).plusDays(1).toString().replace("-", ""), text(stay, Property.DTEND));

        String second = given().auth().oauth2(token).post("/api/calendar/feed").then().statusCode(200).extract().path("url");
        given().get(path(first)).then().statusCode(404).contentType("application/problem+json");
        given().get(path(second)).then().statusCode(200);

        people.disable(account.username());
        given().get(path(second)).then().statusCode(404);
    }

    @Test
    void aCadresFeedHoldsTheClassesTheyHoldOrWaitForAndTheyAreToldOfADesignationAndAPlaceFreed() throws Exception {
        UUID cadre = roster.cadre("林涛", TestRoster.GUANGZHOU);
        Person account = people.cadre(cadre, "cadre-class-" + UUID.randomUUID());
        String token = Tokens.cadre(account.username(), TestRoster.GUANGZHOU, cadre);
        LocalDate start = TestClock.today().plusDays(10);
        UUID held = UUID.randomUUID();
        UUID waited = UUID.randomUUID();
        UUID left = UUID.randomUUID();
        place(held, cadre, "处级干部任职培训班", start, Place.ENROLLED, true);
        place(waited, cadre, "防范化解重大风险专题培训", start.plusDays(30), Place.WAITLISTED, true);
        place(left, cadre, "网络安全专题培训", start.plusDays(5), Place.ENROLLED, false);
        place(left, cadre, "网络安全专题培训", start.plusDays(5), Place.WITHDRAWN, false);
        place(waited, cadre, "防范化解重大风险专题培训", start.plusDays(30), Place.ENROLLED, true);
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(token)
                .get("/api/notifications/unread-count").then().statusCode(200).extract().jsonPath().getInt("unread") == 3);
        given().auth().oauth2(token).header("Accept-Language", "zh-CN").get("/api/notifications").then().statusCode(200)
                .body("items.kind", equalTo(List.of("CLASS_PLACE_FREED", "CLASS_DESIGNATED", "CLASS_DESIGNATED")))
                .body("items[0].title", equalTo("候补转正：防范化解重大风险专题培训（" + start.plusDays(30) + " 至 "
                        + start.plusDays(31) + "）"))
                .body("items[1].title", equalTo("您被点名参加培训（候补）：防范化解重大风险专题培训（" + start.plusDays(30)
                        + " 至 " + start.plusDays(31) + "）"));

        String url = given().auth().oauth2(token).post("/api/calendar/feed").then().statusCode(200).extract().path("url");
        Calendar calendar = read(url);
        VEvent course = event(calendar, "class-" + held);
        assertEquals("培训：处级干部任职培训班", text(course, Property.SUMMARY));
        assertEquals("国家邮政局党校", text(course, Property.LOCATION));
        assertEquals(start.toString().replace("-", ""), text(course, Property.DTSTART));
        assertEquals(start.plusDays(2).toString().replace("-", ""), text(course, Property.DTEND));
        assertEquals("培训：防范化解重大风险专题培训", text(event(calendar, "class-" + waited), Property.SUMMARY));
        assertEquals(0, calendar.getComponents("VEVENT").stream()
                .filter(e -> text((VEvent) e, Property.UID).startsWith("class-" + left)).count(), "a withdrawn place");
    }

    private static void place(UUID enrolment, UUID cadre, String title, LocalDate start, Place place, boolean designated) {
        Events.send("training.records", cadre, Events.json(TrainingEvents.CLASS_PLACE_CHANGED, cadre,
                new ClassPlaceChanged(enrolment, UUID.nameUUIDFromBytes(title.getBytes()), cadre, title, start,
                        start.plusDays(1), "国家邮政局党校", place, designated)));
    }

    @Test
    void aRevokedOrUnknownAddressShowsNothing() {
        Person leader = people.leader("leader-revoke-" + UUID.randomUUID());
        String token = Tokens.token(leader.username(), Set.of("leader"), Bureau.SPB, null);
        String url = given().auth().oauth2(token).post("/api/calendar/feed").then().statusCode(200).extract().path("url");
        given().get(path(url)).then().statusCode(200).contentType(startsWith("text/calendar"));
        given().auth().oauth2(token).delete("/api/calendar/feed").then().statusCode(204);
        given().get(path(url)).then().statusCode(404);
        given().get("/api/calendar/not-a-feed.ics").then().statusCode(404);
        given().post("/api/calendar/feed").then().statusCode(401);
        given().auth().oauth2(Logins.leader()).get("/api/calendar/feed").then().statusCode(200);
    }

    private static Calendar read(String url) throws Exception {
        String body = given().get(path(url)).then().statusCode(200).contentType(startsWith("text/calendar"))
                .extract().asString();
        assertTrue(body.startsWith("BEGIN:VCALENDAR"), body);
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        calendar.validate();
        return calendar;
    }

    private static VEvent event(Calendar calendar, String uidPrefix) {
        List<VEvent> events = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> text(e, Property.UID).startsWith(uidPrefix)).toList();
        assertEquals(1, events.size(), "events " + uidPrefix + " in " + calendar);
        return events.get(0);
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }

    /** The address's path (the tests talk to the service, not the web address in the link). */
    private static String path(String url) {
        return url.substring("http://localhost:8080".length());
    }
}
