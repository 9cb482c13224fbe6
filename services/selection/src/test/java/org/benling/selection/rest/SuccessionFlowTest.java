package org.benling.selection.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.AssessmentEvents;
import org.benling.contracts.assessment.CapabilityProfileChanged;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.assessment.ReviewFinalized;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.rotation.PostingApproved;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.contracts.rotation.PostingCompleted;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.platform.supervision.CandidateStandings;
import org.benling.selection.TestRoster;
import org.benling.selection.service.CapabilityScores;
import org.benling.selection.service.PracticeRecords;
import org.benling.testing.Bureau;
import org.benling.testing.Events;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 关键岗位与后备人选: a 副处 post of Guangzhou asking 政治领导本领 80 and 驾驭风险本领 75; its successors ready now, in
 * 1–2 years (a few points short) or later (no scores yet), from the scores assessment announces; 依事择人 ranks the
 * subtree's cadres at the level below by the same, and leaves out those two levels below.
 */
@QuarkusTest
class SuccessionFlowTest {

    static final String POSTS = "/api/selection/key-posts";

    @Inject TestRoster roster;
    @Inject CandidateStandings standings;
    @Inject CapabilityScores scores;
    @Inject PracticeRecords practice;

    @BeforeEach
    void loadRoster() {
        roster.load();
    }

    static String hr() {
        return Logins.hrGuangdong();
    }

    UUID cadre(RankLevel rank, Integer political, Integer risk) {
        UUID cadre = roster.freshCadre(Bureau.GUANGZHOU, rank, TestClock.today().minusYears(40));
        QuarkusTransaction.requiringNew().run(() -> standings.recordGrade(new ReviewFinalized(UUID.randomUUID(), cadre,
                Bureau.GUANGZHOU, TestClock.today().getYear() - 1, Grade.COMPETENT)));
        if (political != null) {
            Events.send("assessment.results", cadre, Events.json(AssessmentEvents.CAPABILITY_PROFILE_CHANGED, cadre,
                    new CapabilityProfileChanged(cadre, Map.of(Capability.POLITICAL_LEADERSHIP, political,
                            Capability.RISK_MANAGEMENT, risk, Capability.LEARNING, 70), TestClock.today())));
        }
        return cadre;
    }

    static ValidatableResponse name(String post, UUID cadre) {
        return given().auth().oauth2(hr()).contentType(ContentType.JSON).body(Map.of("cadreId", cadre.toString(),
                "note", "综合素质好")).post(POSTS + "/" + post + "/successors").then();
    }

    @Test
    void aKeyPostsSuccessorsAreReadyNowInOneToTwoYearsOrLaterAndTheCandidatesAreRankedByIt() {
        UUID ready = cadre(RankLevel.SECTION_PRINCIPAL, 86, 80);
        UUID close = cadre(RankLevel.SECTION_PRINCIPAL, 78, 70);
        UUID unscored = cadre(RankLevel.SECTION_PRINCIPAL, null, null);
        UUID twoBelow = cadre(RankLevel.SECTION_DEPUTY, 90, 90);
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> scores.of(List.of(ready, close, twoBelow)).size()) == 3);

        String post = given().auth().oauth2(hr()).contentType(ContentType.JSON).body(Map.of("unitId",
                Bureau.GUANGZHOU.toString(), "title", "广州市邮政管理局副局长", "level", "DIVISION_DEPUTY",
                "minimumScores", Map.of("POLITICAL_LEADERSHIP", 80, "RISK_MANAGEMENT", 75))).post(POSTS).then()
                .statusCode(201).body("readiness.READY_NOW", equalTo(0)).extract().path("id");

        name(post, ready).statusCode(201).body("readiness", equalTo("READY_NOW")).body("step",
                equalTo("CHIEF_TO_HIGHER_DEPUTY")).body("gaps", org.hamcrest.Matchers.empty());
        given().auth().oauth2(hr()).header("Accept-Language", "zh-CN").contentType(ContentType.JSON)
                .body(Map.of("cadreId", close.toString())).post(POSTS + "/" + post + "/successors").then().statusCode(201)
                .body("readiness", equalTo("ONE_TO_TWO_YEARS")).body("gaps.code", equalTo(List.of("readiness.CAPABILITY",
                        "readiness.CAPABILITY"))).body("gaps[0].message", equalTo("政治领导本领得分 78，岗位要求 80"));
        name(post, unscored).statusCode(201).body("readiness", equalTo("THREE_PLUS_YEARS"))
                .body("gaps[0].code", equalTo("readiness.CAPABILITY_NONE"));
        name(post, ready).statusCode(409).body("type", endsWith("already-successor"));
        name(post, twoBelow).statusCode(400).body("violations[0].field", equalTo("cadreId"));

        given().auth().oauth2(hr()).get(POSTS + "?unitId=" + Bureau.GUANGZHOU + "&size=200").then().statusCode(200)
                .body("items.find { it.id == '" + post + "' }.readiness.READY_NOW", equalTo(1))
                .body("items.find { it.id == '" + post + "' }.readiness.ONE_TO_TWO_YEARS", equalTo(1))
                .body("items.find { it.id == '" + post + "' }.readiness.THREE_PLUS_YEARS", equalTo(1));

        // 依事择人: ready first, then a few points short; two levels below is no candidate for the post
        JsonPath ranked = given().auth().oauth2(hr()).get(POSTS + "/" + post + "/candidates?size=200").then()
                .statusCode(200).extract().jsonPath();
        // (other tests' cadres of Guangzhou may stand among them: the order of these, and readiness never rising)
        List<String> order = ranked.getList("items.person.cadreId");
        assertTrue(order.indexOf(ready.toString()) >= 0 && order.indexOf(ready.toString()) < order.indexOf(close.toString())
                && order.indexOf(close.toString()) < order.indexOf(unscored.toString()), order.toString());
        assertTrue(!order.contains(twoBelow.toString()), order.toString());
        List<String> levels = ranked.getList("items.readiness");
        assertEquals(levels.stream().sorted(java.util.Comparator.comparing(l -> List.of("READY_NOW", "ONE_TO_TWO_YEARS",
                "THREE_PLUS_YEARS").indexOf(l))).toList(), levels);
        String mine = "items.find { it.person.cadreId == '" + ready + "' }";
        assertEquals(Boolean.TRUE, ranked.getBoolean(mine + ".successor"));
        assertEquals(83, ranked.getInt(mine + ".requiredScore"));

        // taken off, with the reason; the count follows
        String closeId = given().auth().oauth2(hr()).get(POSTS + "/" + post + "/successors").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.person.cadreId == '" + close + "' }.id");
        int version = given().auth().oauth2(hr()).get(POSTS + "/" + post + "/successors").then().extract().jsonPath()
                .getInt("items.find { it.id == '" + closeId + "' }.version");
        given().auth().oauth2(hr()).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("reason", "交流到其他单位任职")).post(POSTS + "/" + post + "/successors/" + closeId + "/removal")
                .then().statusCode(200).body("active", equalTo(false)).body("removalReason", equalTo("交流到其他单位任职"));
        given().auth().oauth2(hr()).get(POSTS + "/" + post).then().body("readiness.ONE_TO_TWO_YEARS", equalTo(0));
        given().auth().oauth2(hr()).get(POSTS + "/" + post + "/successors?includeRemoved=true").then()
                .body("items.id", hasItem(closeId));
        given().auth().oauth2(hr()).get(POSTS + "/" + post + "/successors").then()
                .body("items.id", not(hasItem(closeId)));
        given().auth().oauth2(Logins.hrBeijing()).get(POSTS + "/" + post).then().statusCode(404);
        given().auth().oauth2(Logins.inspectorGuangdong()).get(POSTS + "/" + post + "/candidates").then().statusCode(200);
        // named again later: a new record beside the old
        name(post, close).statusCode(201);
    }

    @Test
    void aPostAskingWesternAndGrassrootsExperienceSeesItInTheCompletedPostingsRotationAnnounces() {
        UUID west = cadre(RankLevel.SECTION_PRINCIPAL, 86, 80);
        UUID failed = cadre(RankLevel.SECTION_PRINCIPAL, 86, 80);
        UUID none = cadre(RankLevel.SECTION_PRINCIPAL, 86, 80);
        posting(west, PostingType.POVERTY_ALLEVIATION, "WEST", PostingCompleted.Evaluation.GOOD);
        posting(failed, PostingType.POVERTY_ALLEVIATION, "WEST", PostingCompleted.Evaluation.FAILED);
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> scores.of(List.of(west, failed, none)).size() == 3
                        && practice.experience(List.of(west)).size() == 1));

        String post = given().auth().oauth2(hr()).contentType(ContentType.JSON).body(Map.of("unitId",
                Bureau.GUANGZHOU.toString(), "title", "广州市邮政管理局副局长（西部经历）", "level", "DIVISION_DEPUTY",
                "minimumScores", Map.of("POLITICAL_LEADERSHIP", 80), "experience", List.of("WESTERN_REGION", "GRASSROOTS")))
                .post(POSTS).then().statusCode(201).body("experience", equalTo(List.of("GRASSROOTS", "WESTERN_REGION")))
                .extract().path("id");
        name(post, west).statusCode(201).body("readiness", equalTo("READY_NOW"));
        // a posting judged 不合格 gives no experience: both missing, one posting away
        given().auth().oauth2(hr()).header("Accept-Language", "zh-CN").contentType(ContentType.JSON)
                .body(Map.of("cadreId", failed.toString())).post(POSTS + "/" + post + "/successors").then().statusCode(201)
                .body("readiness", equalTo("ONE_TO_TWO_YEARS"))
                .body("gaps.message", equalTo(List.of("缺少基层经历", "缺少西部地区经历")));
        name(post, none).statusCode(201).body("gaps.code", equalTo(List.of("readiness.EXPERIENCE", "readiness.EXPERIENCE")));
        given().auth().oauth2(hr()).contentType(ContentType.JSON).body(Map.of("unitId", Bureau.GUANGZHOU.toString(),
                "title", "x", "level", "DIVISION_DEPUTY", "minimumScores", Map.of(), "experience", List.of("ABROAD")))
                .post(POSTS).then().statusCode(400);
    }

    /** A posting of the cadre approved and completed, as rotation announces it. */
    static void posting(UUID cadre, PostingType type, String region, PostingCompleted.Evaluation evaluation) {
        UUID id = UUID.randomUUID();
        Events.send("rotation.postings", cadre, Events.json(RotationEvents.POSTING_APPROVED, cadre, new PostingApproved(id,
                cadre, type, "四川省甘孜州", region, TestClock.today().minusYears(3), TestClock.today().minusYears(1))));
        Events.send("rotation.postings", cadre, Events.json(RotationEvents.POSTING_COMPLETED, cadre, new PostingCompleted(
                id, cadre, type, TestClock.today().minusYears(1), evaluation, java.util.Set.of(Capability.MASS_WORK), "期满")));
    }

    @Test
    void theTalentGridPlacesEachCadreByTheLatestGradeAndTheMeanScore() {
        UUID star = cadre(RankLevel.SECTION_PRINCIPAL, 90, 88);
        QuarkusTransaction.requiringNew().run(() -> standings.recordGrade(new ReviewFinalized(UUID.randomUUID(), star,
                Bureau.GUANGZHOU, TestClock.today().getYear() - 1, Grade.EXCELLENT)));
        UUID steady = cadre(RankLevel.SECTION_DEPUTY, 70, 66);
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> scores.of(List.of(star, steady)).size()) == 2);

        JsonPath grid = given().auth().oauth2(hr()).get("/api/selection/talent-grid?unitId=" + Bureau.GUANGZHOU).then()
                .statusCode(200).body("cells", org.hamcrest.Matchers.hasSize(9)).body("high", equalTo(80))
                .extract().jsonPath();
        // (90 + 88 + 70) / 3 = 83: high potential; 优秀: high performance — (70 + 66 + 70) / 3 = 69 and 称职: the middle
        assertEquals("HIGH/HIGH", cellOf(grid, star));
        assertEquals("MEDIUM/MEDIUM", cellOf(grid, steady));
        assertEquals(83, grid.getInt("cells.find { it.performance == 'HIGH' && it.potential == 'HIGH' }.people.find {"
                + " it.person.cadreId == '" + star + "' }.potentialScore"));
        given().auth().oauth2(hr()).get("/api/selection/talent-grid?unitId=" + Bureau.GUANGZHOU + "&level=SECTION_DEPUTY")
                .then().statusCode(200).body("cells.people.flatten().person.cadreId", not(hasItem(star.toString())));
        given().auth().oauth2(Logins.hrBeijing()).get("/api/selection/talent-grid?unitId=" + Bureau.GUANGZHOU).then()
                .statusCode(404);
        given().auth().oauth2(Logins.inspectorGuangdong()).get("/api/selection/talent-grid?unitId=" + Bureau.GUANGZHOU)
                .then().statusCode(403);
        given().auth().oauth2(hr()).get("/api/selection/talent-grid").then().statusCode(400)
                .body("violations[0].field", equalTo("unitId"));
    }

    private static String cellOf(JsonPath grid, UUID cadre) {
        List<Map<String, Object>> cells = grid.getList("cells");
        for (Map<String, Object> cell : cells) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> people = (List<Map<String, Object>>) cell.get("people");
            if (people.stream().anyMatch(p -> cadre.toString().equals(((Map<?, ?>) p.get("person")).get("cadreId")))) {
                return cell.get("performance") + "/" + cell.get("potential");
            }
        }
        return "none";
    }
}
