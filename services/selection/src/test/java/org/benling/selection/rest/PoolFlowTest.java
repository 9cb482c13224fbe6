package org.benling.selection.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.assessment.ReviewFinalized;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.selection.PoolMembershipChanged;
import org.benling.contracts.selection.SelectionEvents;
import org.benling.platform.supervision.CandidateStandings;
import org.benling.selection.TestRoster;
import org.benling.testing.Bureau;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 后备干部库: HR sets up a pool for 副处 posts with an age limit, nominates cadres of its subtree — refused, rule by
 * rule, for one never assessed and one already at the level —, admits one and declines another, each change announced;
 * the regular review shows a member whose latest result fell below 称职, who is then taken out.
 */
@QuarkusTest
class PoolFlowTest {

    static final String POOLS = "/api/selection/pools";

    @Inject TestRoster roster;
    @Inject CandidateStandings standings;

    @BeforeEach
    void loadRoster() {
        roster.load();
    }

    static String hr() {
        return Logins.hrGuangdong();
    }

    static String pool() {
        return given().auth().oauth2(hr()).contentType(ContentType.JSON).body(Map.of("unitId", Bureau.GUANGZHOU.toString(),
                "name", "广州市局优秀年轻干部库", "level", "DIVISION_DEPUTY", "maxAge", 45)).post(POOLS).then().statusCode(201)
                .body("gradeYears", equalTo(3)).body("admitted", equalTo(0)).extract().path("id");
    }

    UUID assessedCadre(RankLevel rank, Grade lastYear) {
        UUID cadre = roster.freshCadre(Bureau.GUANGZHOU, rank, TestClock.today().minusYears(38));
        grade(cadre, lastYear);
        return cadre;
    }

    void grade(UUID cadre, Grade grade) {
        QuarkusTransaction.requiringNew().run(() -> standings.recordGrade(new ReviewFinalized(UUID.randomUUID(), cadre,
                Bureau.GUANGZHOU, TestClock.today().getYear() - 1, grade)));
    }

    static ValidatableResponse nominate(String token, String pool, UUID cadre) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("cadreId", cadre.toString(),
                "reason", "政治素质好，实绩突出")).post(POOLS + "/" + pool + "/members").then();
    }

    static ValidatableResponse decide(String pool, String member, String action, Map<String, Object> body) {
        int version = given().auth().oauth2(hr()).get(POOLS + "/" + pool + "/members").then().statusCode(200).extract()
                .jsonPath().getInt("items.find { it.id == '" + member + "' }.version");
        return given().auth().oauth2(hr()).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(body).post(POOLS + "/" + pool + "/members/" + member + "/" + action).then();
    }

    @Test
    void aPoolTakesTheCadresWhoMeetItsRulesAndItsReviewShowsWhoNoLongerDoes() {
        String pool = pool();
        UUID good = assessedCadre(RankLevel.SECTION_PRINCIPAL, Grade.COMPETENT);
        UUID other = assessedCadre(RankLevel.SECTION_DEPUTY, Grade.EXCELLENT);
        UUID atLevel = assessedCadre(RankLevel.DIVISION_DEPUTY, Grade.EXCELLENT);
        UUID neverAssessed = roster.freshCadre(Bureau.GUANGZHOU, RankLevel.SECTION_PRINCIPAL,
                TestClock.today().minusYears(30));

        nominate(hr(), pool, atLevel).statusCode(422).body("type", endsWith("pool-entry-refused"))
                .body("violations[0].code", equalTo("pool.RANK_NOT_BELOW")).body("violations[0].field", equalTo("cadreId"));
        given().auth().oauth2(hr()).header("Accept-Language", "zh-CN").contentType(ContentType.JSON)
                .body(Map.of("cadreId", neverAssessed.toString(), "reason", "年轻有为")).post(POOLS + "/" + pool + "/members")
                .then().statusCode(422).body("violations.code", equalTo(List.of("pool.NO_RECENT_GRADE")))
                .body("violations[0].message", equalTo("近 3 年无年度考核结果"));

        KafkaCompanion kafka = KafkaBroker.shared().companion();
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics("selection.appointments");
        String member;
        try (kafka) {
            member = nominate(hr(), pool, good).statusCode(201).body("status", equalTo("NOMINATED"))
                    .body("standing", empty()).body("nominatedBy", equalTo("hr-guangdong")).extract().path("id");
            nominate(hr(), pool, good).statusCode(409).body("type", endsWith("already-in-pool"));
            decide(pool, member, "admission", Map.of("note", "经党组研究同意入库")).statusCode(200)
                    .body("status", equalTo("ADMITTED")).body("reviewedBy", equalTo("hr-guangdong"))
                    .body("reviewNote", equalTo("经党组研究同意入库"));
            await().atMost(Duration.ofSeconds(60)).until(() -> changes(records, good).size() == 2);
        }
        assertEquals(List.of(PoolMembershipChanged.Status.NOMINATED, PoolMembershipChanged.Status.ADMITTED),
                changes(records, good).stream().map(PoolMembershipChanged::status).toList());
        assertEquals("广州市局优秀年轻干部库", changes(records, good).get(0).poolName());

        String declined = nominate(hr(), pool, other).statusCode(201).extract().path("id");
        decide(pool, declined, "declining", Map.of()).statusCode(400);
        decide(pool, declined, "declining", Map.of("reason", "任职年限较短，暂缓入库")).statusCode(200)
                .body("status", equalTo("DECLINED")).body("reviewNote", equalTo("任职年限较短，暂缓入库"));
        decide(pool, declined, "admission", Map.of()).statusCode(409).body("type", endsWith("invalid-transition"));
        given().auth().oauth2(hr()).get(POOLS + "/" + pool).then().statusCode(200).body("admitted", equalTo(1))
                .body("nominated", equalTo(0));
        given().auth().oauth2(hr()).get(POOLS + "?unitId=" + Bureau.GUANGZHOU + "&level=DIVISION_DEPUTY&size=200").then()
                .statusCode(200).body("items.id", hasItem(pool));

        // the regular review: last year's result is now 基本称职 — the member is shown with the rule they no longer meet
        grade(good, Grade.BASICALLY_COMPETENT);
        given().auth().oauth2(hr()).get(POOLS + "/" + pool + "/members?status=ADMITTED").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1))
                .body("items[0].standing.code", equalTo(List.of("pool.GRADE_BELOW_COMPETENT")));
        decide(pool, member, "exit", Map.of()).statusCode(400).body("violations[0].field", equalTo("reason"));
        decide(pool, member, "exit", Map.of("reason", "年度考核基本称职，调整出库")).statusCode(200)
                .body("status", equalTo("LEFT")).body("leftReason", equalTo("年度考核基本称职，调整出库"))
                .body("standing", empty());
        given().auth().oauth2(hr()).get(POOLS + "/" + pool + "/members?status=DECLINED").then().statusCode(200)
                .body("items.id", equalTo(List.of(declined)));

        // the portfolio's view of the cadre in selection: the pool, as it ended; nothing for another province's HR
        given().auth().oauth2(hr()).get("/api/selection/cadres/" + good + "/record").then().statusCode(200)
                .body("pools.poolId", equalTo(List.of(pool))).body("pools[0].status", equalTo("LEFT"))
                .body("pools[0].poolName", equalTo("广州市局优秀年轻干部库")).body("successions", empty());
        given().auth().oauth2(Logins.hrBeijing()).get("/api/selection/cadres/" + good + "/record").then().statusCode(404);
    }

    @Test
    void aPoolIsKeptByHrOfItsUnitReadInScopeAndTakesOnlyItsSubtreesCadres() {
        String pool = pool();
        given().auth().oauth2(hr()).contentType(ContentType.JSON).body(Map.of("unitId", Bureau.GUANGZHOU.toString(),
                "name", "x", "level", "DIVISION_DEPUTY", "maxAge", 10)).post(POOLS).then().statusCode(400)
                .body("violations[0].field", endsWith("maxAge"));
        given().auth().oauth2(Logins.hrBeijing()).get(POOLS + "/" + pool).then().statusCode(404);
        given().auth().oauth2(Logins.inspectorGuangdong()).get(POOLS + "/" + pool + "/members").then().statusCode(200);
        UUID cadre = assessedCadre(RankLevel.SECTION_PRINCIPAL, Grade.EXCELLENT);
        nominate(Logins.inspectorGuangdong(), pool, cadre).statusCode(403);
        UUID beijing = roster.freshCadre(Bureau.BEIJING, RankLevel.SECTION_PRINCIPAL, TestClock.today().minusYears(35));
        nominate(hr(), pool, beijing).statusCode(400).body("violations[0].field", equalTo("cadreId"));
        // a cadre older than the limit
        UUID older = roster.freshCadre(Bureau.GUANGZHOU, RankLevel.SECTION_PRINCIPAL, TestClock.today().minusYears(50));
        grade(older, Grade.EXCELLENT);
        nominate(hr(), pool, older).statusCode(422).body("violations.code", equalTo(List.of("pool.AGE_OVER_LIMIT")))
                .body("violations[0].params.age", equalTo(50));
    }

    private static List<PoolMembershipChanged> changes(ConsumerTask<String, String> records, UUID cadre) {
        return records.getRecords().stream().filter(r -> cadre.toString().equals(r.key())).map(r -> EventJson.read(r.value()))
                .filter(e -> e.type().equals(SelectionEvents.POOL_MEMBERSHIP_CHANGED.type()))
                .map(e -> EventJson.data(e, SelectionEvents.POOL_MEMBERSHIP_CHANGED)).toList();
    }
}
