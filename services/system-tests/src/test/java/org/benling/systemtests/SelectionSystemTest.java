package org.benling.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 选拔任用 through the whole stack: a post of a new unit is opened, its people — one a member of the unit's reserve pool —
 * are recommended online with one-time codes
 * (no login, through the gateway), the one recommended most passes 凡提四必 — the personal-matters check answered by
 * inspection's 提拔必查, the others by HR and the inspectors — while one negative answer keeps the other candidate from
 * the decision; the meeting decides, the publicity runs its working days, and personnel shows the new post and rank.
 */
class SelectionSystemTest {

    static final String SESSIONS = "/api/selection/voting-sessions";
    static final String TRAILS = "/api/selection/appointments";
    static final String INSPECTOR = "inspector";

    static Stack.Fixture fixture;

    @BeforeAll
    static void aNewUnitWhoseCadresSelectionKnows() {
        fixture = Stack.newUnit("SEL", 3);
        for (String cadre : fixture.cadres()) {
            await().atMost(Stack.WITHIN).until(() -> Stack.knownTo("selection", cadre));
        }
    }

    @Test
    void aPostIsFilledFromAnOnlineRecommendationThroughTheJointReviewToThePersonnelRegistry() {
        String recommended = fixture.cadres().get(0);
        String blocked = fixture.cadres().get(1);

        // the one to be recommended is a member of the unit's reserve pool: rated 称职 last year, nominated, admitted
        finaliseLastYear(fixture.unitId());
        String pool = Stack.as(Stack.HR).body(Map.of("unitId", fixture.unitId(), "name", "系统测试后备干部库",
                "level", "DIVISION_DEPUTY")).post("/api/selection/pools").then().statusCode(201).extract().path("id");
        // selection learns last year's grade from assessment's event: nominated once it has
        String member = await().atMost(Stack.WITHIN).until(() -> {
            var answer = Stack.as(Stack.HR).body(Map.of("cadreId", recommended, "reason", "系统测试：实绩突出"))
                    .post("/api/selection/pools/" + pool + "/members").then().extract();
            return answer.statusCode() == 201 ? answer.<String>path("id") : null;
        }, java.util.Objects::nonNull);
        Stack.as(Stack.HR).body(Map.of("note", "系统测试：入库")).post("/api/selection/pools/" + pool + "/members/" + member
                + "/admission").then().statusCode(200).body("status", equalTo("ADMITTED"));

        // 民主推荐 online: two categories of voters, one place; five codes, four for the first, one for the second
        String session = Stack.as(Stack.HR).body(Map.of("unitId", fixture.unitId(), "kind", "RECOMMENDATION",
                "title", "系统测试 副局长民主推荐", "places", 1, "candidateIds", fixture.cadres(),
                "categories", List.of(Map.of("code", "LEADERS", "name", "班子成员", "weight", 0.4, "voters", 2),
                        Map.of("code", "STAFF", "name", "职工代表", "weight", 0.6, "voters", 3))))
                .post(SESSIONS).then().statusCode(201).extract().path("id");
        JsonPath issued = sessionCommand(session, "/codes").statusCode(200).extract().jsonPath();
        List<String> codes = new ArrayList<>(issued.getList("categories[0].codes", String.class));
        codes.addAll(issued.getList("categories[1].codes", String.class));
        assertEquals(5, codes.size());
        sessionCommand(session, "/opening").statusCode(200).body("status", equalTo("OPEN"));

        anonymous().body(Map.of("code", codes.get(0))).post("/api/selection/ballot/form").then().statusCode(200)
                .body("candidates", hasSize(3)).body("places", equalTo(1));
        long voting = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            anonymous().body(Map.of("code", codes.get(i), "chosen", List.of(i < 4 ? recommended : blocked)))
                    .post("/api/selection/ballot").then().statusCode(204);
        }
        System.out.printf("five ballots through the gateway without a login: %d ms%n", (System.nanoTime() - voting) / 1_000_000);
        anonymous().body(Map.of("code", codes.get(0), "chosen", List.of(blocked))).post("/api/selection/ballot").then()
                .statusCode(409).body("type", endsWith("code-used"));
        Stack.as(Stack.HR).get(SESSIONS + "/" + session).then().statusCode(200).body("categories[0].voted", equalTo(2))
                .body("categories[1].voted", equalTo(3));
        JsonPath closed = sessionCommand(session, "/closing").statusCode(200).body("status", equalTo("CLOSED"))
                .extract().jsonPath();
        assertThat(closed.getDouble("results.find { it.person.cadreId == '" + recommended + "' }.weighted"),
                greaterThan(closed.getDouble("results.find { it.person.cadreId == '" + blocked + "' }.weighted")));

        // the trail: the motion, the closed session as its recommendation, two candidates, their reports
        String postTitle = "系统测试单位" + fixture.stamp() + "副局长";
        String trail = Stack.as(Stack.HR).body(Map.of("unitId", fixture.unitId(), "postTitle", postTitle,
                "rankLevel", "DIVISION_DEPUTY", "reason", "系统测试：职位空缺", "method", "RECOMMENDATION"))
                .post(TRAILS).then().statusCode(201).extract().path("id");
        trailCommand(Stack.HR, trail, "POST", "/recommendation", Map.of("votingSessionId", session)).statusCode(200);
        trailCommand(Stack.HR, trail, "POST", "/candidates", Map.of("cadreIds", List.of(recommended, blocked)))
                .statusCode(200);
        Map<String, String> reports = new HashMap<>();
        reports.put(recommended, "系统测试：政治过硬，实绩突出");
        reports.put(blocked, "系统测试：工作扎实");
        trailCommand(Stack.HR, trail, "POST", "/investigation", Map.of("reports", reports)).statusCode(200);
        trailCommand(Stack.HR, trail, "POST", "/joint-review", null).statusCode(200).body("stage", equalTo("JOINT_REVIEW"));

        // 凡提必核 by inspection: HR opens the 提拔必查, the inspector finds the report truthful, the trail is answered
        String check = Stack.as(Stack.HR).body(Map.of("cadreId", recommended)).post("/api/inspection/spot-checks").then()
                .statusCode(201).extract().path("id");
        int checkVersion = Stack.as(INSPECTOR).get("/api/inspection/spot-checks/" + check).then().statusCode(200)
                .extract().path("version");
        long concluded = System.nanoTime();
        Stack.as(INSPECTOR).header("If-Match", "\"" + checkVersion + "\"").body(Map.of("result", "TRUTHFUL"))
                .post("/api/inspection/spot-checks/" + check + "/conclusion").then().statusCode(200);
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> "CLEAR".equals(personalMatters(trail, recommended)));
        System.out.printf("提拔必查 concluded → the trail's 凡提必核 answered: %d ms%n", (System.nanoTime() - concluded) / 1_000_000);

        answer(Stack.HR, trail, recommended, "PERSONNEL_FILE", "CLEAR", null);
        answer(INSPECTOR, trail, recommended, "DISCIPLINE_OPINION", "CLEAR", null);
        answer(INSPECTOR, trail, recommended, "PETITIONS", "CLEAR", null);
        answer(Stack.HR, trail, blocked, "PERSONNEL_FILE", "CLEAR", null);
        answer(INSPECTOR, trail, blocked, "DISCIPLINE_OPINION", "NEGATIVE", "系统测试：有问题线索正在核查");

        // one negative answer keeps the other candidate from the decision; the cleared one is decided
        String meetingOn = Stack.today().toString();
        trailCommand(Stack.HR, trail, "POST", "/decision", Map.of("cadreId", blocked, "meetingOn", meetingOn,
                "members", 9, "present", 8, "inFavour", 8)).statusCode(422).body("type", endsWith("joint-review-open"));
        trailCommand(Stack.HR, trail, "POST", "/decision", Map.of("cadreId", recommended, "meetingOn", meetingOn,
                "members", 9, "present", 8, "inFavour", 7)).statusCode(200).body("stage", equalTo("DECISION"));
        // the publicity began three weeks ago: its five working days are over
        trailCommand(Stack.HR, trail, "POST", "/publicity", Map.of("startOn", Stack.today().minusDays(21).toString()))
                .statusCode(200);
        long appointed = System.nanoTime();
        String record = trailCommand(Stack.HR, trail, "POST", "/appointment", Map.of("appointedOn", meetingOn))
                .statusCode(200).body("stage", equalTo("APPOINTED")).extract().asString();
        assertThat(record, not(containsString("诫勉")));

        // personnel takes AppointmentMade: the post, the rank and their dates
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> postTitle.equals(
                Stack.as(Stack.HR).get("/api/cadres/" + recommended).then().statusCode(200).extract().path("positionTitle")));
        System.out.printf("appointed → personnel shows the post: %d ms%n", (System.nanoTime() - appointed) / 1_000_000);
        Stack.as(Stack.HR).get("/api/cadres/" + recommended).then().body("rankLevel", equalTo("DIVISION_DEPUTY"))
                .body("rankSince", equalTo(meetingOn)).body("postSince", equalTo(meetingOn));
        assertEquals(List.of("MOTION", "RECOMMENDATION", "CANDIDATES", "INVESTIGATION", "JOINT_REVIEW", "DECISION",
                "PUBLICITY", "APPOINTED"), Stack.as("leader").get(TRAILS + "/" + trail).then().statusCode(200).extract()
                .jsonPath().getList("steps.stage"));
        // the portfolio's selection section: the pool membership and the candidacy
        Stack.as(Stack.HR).get("/api/selection/cadres/" + recommended + "/record").then().statusCode(200)
                .body("pools.poolId", equalTo(List.of(pool))).body("pools[0].status", equalTo("ADMITTED"));
    }

    /** Last year's annual assessment of the unit: every cadre rated 称职, finalised (assessment announces the grades). */
    private static void finaliseLastYear(String unitId) {
        String cycle = Stack.as("admin").body(Map.of("unitId", unitId, "year", Stack.today().getYear() - 1))
                .post("/api/assessment/cycles").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> reviews = Stack.as("admin").get("/api/assessment/cycles/" + cycle + "/reviews").then()
                .statusCode(200).extract().path("items");
        Map<String, Integer> scores = new HashMap<>();
        for (String capability : List.of("LEARNING", "POLITICAL_LEADERSHIP", "REFORM_INNOVATION", "SCIENTIFIC_DEVELOPMENT",
                "LAW_BASED_GOVERNANCE", "MASS_WORK", "IMPLEMENTATION", "RISK_MANAGEMENT")) {
            scores.put(capability, 78);
        }
        for (Map<String, Object> review : reviews) {
            Stack.as("admin").body(Map.of("superiorGrade", "COMPETENT", "performanceScore", 80, "styleScore", 80,
                    "conductScore", 80, "capabilityScores", scores, "proposedGrade", "COMPETENT", "version",
                    review.get("version"))).put("/api/assessment/cycles/" + cycle + "/reviews/" + review.get("id")).then()
                    .statusCode(200);
        }
        Stack.as("admin").body(Map.of()).post("/api/assessment/cycles/" + cycle + "/finalize").then().statusCode(200);
    }

    /**
     * The ballot page's calls: no login and no cookies (a phone may still hold an expired session), so no CSRF pair —
     * the gateway asks it only of requests that carry a session.
     */
    private static io.restassured.specification.RequestSpecification anonymous() {
        return given().baseUri(Stack.URL).contentType(ContentType.JSON);
    }

    private static ValidatableResponse sessionCommand(String id, String path) {
        int version = Stack.as(Stack.HR).get(SESSIONS + "/" + id).then().statusCode(200).extract().path("version");
        return Stack.as(Stack.HR).header("If-Match", "\"" + version + "\"").post(SESSIONS + "/" + id + path).then();
    }

    private static ValidatableResponse trailCommand(String user, String id, String method, String path, Object body) {
        int version = Stack.as(user).get(TRAILS + "/" + id).then().statusCode(200).extract().path("version");
        var request = Stack.as(user).header("If-Match", "\"" + version + "\"");
        if (body != null) {
            request = request.body(body);
        }
        return (method.equals("PUT") ? request.put(TRAILS + "/" + id + path) : request.post(TRAILS + "/" + id + path))
                .then();
    }

    private static void answer(String user, String trail, String cadre, String check, String answer, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("answer", answer);
        if (note != null) {
            body.put("note", note);
        }
        trailCommand(user, trail, "PUT", "/candidates/" + cadre + "/checks/" + check, body).statusCode(200);
    }

    private static String personalMatters(String trail, String cadre) {
        return Stack.as(Stack.HR).get(TRAILS + "/" + trail).then().statusCode(200).extract().jsonPath().getString(
                "candidates.find { it.person.cadreId == '" + cadre + "' }.checks.find { it.check == 'PERSONAL_MATTERS' }.answer");
    }
}
