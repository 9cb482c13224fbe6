package org.benling.notification.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.rotation.CheckInDue;
import org.benling.contracts.rotation.PostingApproved;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.contracts.rotation.PostingCancelled;
import org.benling.contracts.rotation.PostingCompleted;
import org.benling.contracts.rotation.PostingProposed;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.notification.TestRoster;
import org.benling.testing.Events;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A posting HR proposes is the leaders' to-do until rotation says it was approved (done) or cancelled (withdrawn);
 * the leaders are told of it, the cadre of the approval; each reads and marks only what is theirs.
 */
@QuarkusTest
class PostingToDoFlowTest {

    @Inject TestRoster roster;

    @Test
    void aProposedPostingIsTheLeadersToDoUntilItsApprovalClosesItAndTheCadreIsTold() {
        UUID cadre = roster.cadre("李明", TestRoster.GUANGZHOU);
        UUID posting = UUID.randomUUID();
        LocalDate start = TestClock.today().plusMonths(1);
        Events.send("rotation.postings", cadre, Events.json(RotationEvents.POSTING_PROPOSED, cadre,
                new PostingProposed(posting, cadre, TestRoster.GUANGZHOU, PostingType.POVERTY_ALLEVIATION, "贵州省某县",
                        start, start.plusMonths(24))));

        String link = "/rotation/postings/" + posting;
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDo(Logins.leader(), link) != null);
        Map<String, Object> todo = openToDo(Logins.leader(), link);
        assertEqual("POSTING_APPROVAL", todo.get("kind"));
        assertEqual("审批挂职：李明 赴贵州省某县（" + start + " 起）", todo.get("title"));
        assertEqual(start.toString(), todo.get("dueOn"));
        assertEqual(cadre.toString(), todo.get("cadreId"));
        given().auth().oauth2(Logins.leader()).header("Accept-Language", "en").get("/api/todos").then().statusCode(200)
                .body("items.find { it.link == '" + link + "' }.title",
                        equalTo("Approve a posting: 李明 to 贵州省某县 (from " + start + ")"));
        // not HR's to do, nor the cadre's
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/todos").then().statusCode(200)
                .body("items.link", not(hasItem(link)));
        given().auth().oauth2(Logins.cadre(cadre, TestRoster.GUANGZHOU)).get("/api/todos").then().statusCode(200)
                .body("items.link", not(hasItem(link)));
        // a client that names no language reads both, Chinese first
        given().auth().oauth2(Logins.leader()).queryParam("size", 200).get("/api/todos").then().statusCode(200)
                .body("items.find { it.link == '" + link + "' }.title", equalTo("审批挂职：李明 赴贵州省某县（" + start
                        + " 起） / Approve a posting: 李明 to 贵州省某县 (from " + start + ")"));
        // the leaders are told
        given().auth().oauth2(Logins.leader()).queryParam("unread", true).queryParam("size", 200)
                .get("/api/notifications").then().statusCode(200)
                .body("items.find { it.link == '" + link + "' }.kind", equalTo("POSTING_PROPOSED"));

        Events.send("rotation.postings", cadre, Events.json(RotationEvents.POSTING_APPROVED, cadre,
                new PostingApproved(posting, cadre, PostingType.POVERTY_ALLEVIATION, "贵州省某县", "WEST", start,
                        start.plusMonths(24))));

        await().atMost(Duration.ofSeconds(60)).until(() -> openToDo(Logins.leader(), link) == null);
        given().auth().oauth2(Logins.leader()).queryParam("status", "DONE").queryParam("size", 200).get("/api/todos")
                .then().statusCode(200).body("items.find { it.link == '" + link + "' }.status", equalTo("DONE"));
        String me = Logins.cadre(cadre, TestRoster.GUANGZHOU);
        given().auth().oauth2(me).get("/api/notifications/unread-count").then().statusCode(200).body("unread", equalTo(1));
        String notification = given().auth().oauth2(me).header("Accept-Language", "zh-CN").get("/api/notifications")
                .then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].kind", equalTo("POSTING_APPROVED"))
                .body("items[0].title", equalTo("您的挂职已批准：赴贵州省某县，" + start + " 起"))
                .body("items[0].read", equalTo(false)).extract().path("items[0].id");

        // somebody else cannot mark it (nor learn that it exists); the cadre can, twice without harm
        given().auth().oauth2(Logins.hrGuangdong()).post("/api/notifications/" + notification + "/read").then()
                .statusCode(404);
        given().auth().oauth2(me).post("/api/notifications/" + notification + "/read").then().statusCode(200)
                .body("unread", equalTo(0));
        given().auth().oauth2(me).post("/api/notifications/" + notification + "/read").then().statusCode(200)
                .body("unread", equalTo(0));
        given().auth().oauth2(me).get("/api/notifications").then().body("items[0].read", equalTo(true));
        given().auth().oauth2(me).queryParam("unread", true).get("/api/notifications").then().body("total", equalTo(0));
    }

    @Test
    void aCancelledPostingWithdrawsTheToDoAndTheSameProposalTwiceIsOneToDo() {
        UUID cadre = roster.cadre("王芳", TestRoster.GUANGZHOU);
        UUID posting = UUID.randomUUID();
        LocalDate start = TestClock.today().plusMonths(2);
        PostingProposed proposed = new PostingProposed(posting, cadre, TestRoster.GUANGZHOU, PostingType.JOB_ROTATION,
                "湖北省邮政管理局", start, start.plusMonths(12));
        // two deliveries of one proposal (a relay's retry has a new event id; the to-do is still one)
        Events.send("rotation.postings", cadre, Events.json(RotationEvents.POSTING_PROPOSED, cadre, proposed));
        Events.send("rotation.postings", cadre, Events.json(RotationEvents.POSTING_PROPOSED, cadre, proposed));
        String link = "/rotation/postings/" + posting;
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDo(Logins.leader(), link) != null);

        Events.send("rotation.postings", cadre, Events.json(RotationEvents.POSTING_CANCELLED, cadre,
                new PostingCancelled(posting, cadre, TestRoster.GUANGZHOU)));
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDo(Logins.leader(), link) == null);
        List<String> statuses = given().auth().oauth2(Logins.leader()).queryParam("status", "ALL").queryParam("size", 200)
                .get("/api/todos").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.link == '" + link + "' }.status");
        assertEqual(List.of("WITHDRAWN"), statuses);
    }

    @Test
    void theNextCareCheckInIsTheHomeUnitsHrToDoMovedOnByEachCheckInAndWithdrawnWhenThePostingEnds() {
        UUID cadre = roster.cadre("赵强", TestRoster.GUANGZHOU);
        UUID posting = UUID.randomUUID();
        LocalDate started = TestClock.today().minusDays(20);
        LocalDate firstDue = started.plusDays(90);
        Events.send("rotation.postings", cadre, Events.json(RotationEvents.CHECK_IN_DUE, cadre,
                new CheckInDue(posting, cadre, TestRoster.GUANGZHOU, "西藏自治区邮政管理局", firstDue, null)));

        String link = "/rotation/postings/" + posting;
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDo(Logins.hrGuangdong(), link) != null);
        Map<String, Object> todo = openToDo(Logins.hrGuangdong(), link);
        assertEqual("CARE_CHECK_IN", todo.get("kind"));
        assertEqual("谈心走访：赵强（挂职西藏自治区邮政管理局），" + firstDue + " 前", todo.get("title"));
        assertEqual(firstDue.toString(), todo.get("dueOn"));
        // the home unit's HR holds the check-in: not the leader's to-do, nor the cadre's
        given().auth().oauth2(Logins.leader()).queryParam("size", 200).get("/api/todos").then().statusCode(200)
                .body("items.link", not(hasItem(link)));
        given().auth().oauth2(Logins.cadre(cadre, TestRoster.GUANGZHOU)).get("/api/todos").then().statusCode(200)
                .body("items.link", not(hasItem(link)));

        // a check-in moves the same to-do on to the next one
        LocalDate held = TestClock.today().minusDays(1);
        Events.send("rotation.postings", cadre, Events.json(RotationEvents.CHECK_IN_DUE, cadre,
                new CheckInDue(posting, cadre, TestRoster.GUANGZHOU, "西藏自治区邮政管理局", held.plusDays(90), held)));
        await().atMost(Duration.ofSeconds(60)).until(() -> held.plusDays(90).toString()
                .equals(openToDo(Logins.hrGuangdong(), link).get("dueOn")));
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("status", "ALL").queryParam("size", 200)
                .get("/api/todos").then().statusCode(200)
                .body("items.findAll { it.link == '" + link + "' }.size()", equalTo(1));

        Events.send("rotation.postings", cadre, Events.json(RotationEvents.POSTING_COMPLETED, cadre,
                new PostingCompleted(posting, cadre, PostingType.POVERTY_ALLEVIATION, TestClock.today(),
                        PostingCompleted.Evaluation.GOOD, Set.of(Capability.MASS_WORK), "扎根基层")));
        await().atMost(Duration.ofSeconds(60)).until(() -> openToDo(Logins.hrGuangdong(), link) == null);
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("status", "ALL").queryParam("size", 200)
                .get("/api/todos").then().statusCode(200)
                .body("items.find { it.link == '" + link + "' }.status", equalTo("WITHDRAWN"));
    }

    @Test
    void aBadQueryIsAProblemAndNobodyMarksWhatIsNotTheirs() {
        String leaderOfBeijing = Tokens.token("leader-bj-" + UUID.randomUUID(), Set.of("leader"), TestRoster.BEIJING, null);
        given().auth().oauth2(leaderOfBeijing).queryParam("status", "LATER").get("/api/todos").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("status"));
        given().auth().oauth2(leaderOfBeijing).queryParam("sort", "title").get("/api/todos").then().statusCode(400)
                .body("violations.field", hasItem("sort"));
        given().get("/api/todos").then().statusCode(401);
        given().auth().oauth2(Logins.leader()).post("/api/notifications/" + UUID.randomUUID() + "/read").then()
                .statusCode(404).contentType("application/problem+json");
    }

    /** The caller's open to-do with this link, or null. */
    private static Map<String, Object> openToDo(String token, String link) {
        JsonPath page = given().auth().oauth2(token).header("Accept-Language", "zh-CN").queryParam("size", 200)
                .get("/api/todos").then().statusCode(200)
                .extract().jsonPath();
        return page.getMap("items.find { it.link == '" + link + "' }");
    }

    private static void assertEqual(Object expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }
}
