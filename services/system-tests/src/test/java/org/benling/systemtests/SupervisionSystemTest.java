package org.benling.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.client.ApiException;
import org.benling.client.api.CyclesApi;
import org.benling.client.api.MeasuresApi;
import org.benling.client.api.PostingsApi;
import org.benling.client.api.ProfilesApi;
import org.benling.client.api.ReviewsApi;
import org.benling.client.api.RotationApi;
import org.benling.client.model.AnnualEffect;
import org.benling.client.model.AssessmentCycle;
import org.benling.client.model.Capability;
import org.benling.client.model.CycleRequest;
import org.benling.client.model.Grade;
import org.benling.client.model.Measure;
import org.benling.client.model.MeasureRequest;
import org.benling.client.model.MeasureStatus;
import org.benling.client.model.MeasureType;
import org.benling.client.model.Posting;
import org.benling.client.model.PostingRequest;
import org.benling.client.model.PostingStatus;
import org.benling.client.model.PostingType;
import org.benling.client.model.Review;
import org.benling.client.model.ReviewRating;
import org.benling.client.model.Revocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One influence-period rule that every service honours: a measure applied in inspection changes the annual
 * assessment by its type (警告: no 优秀; 记过: 不定等次) and blocks a posting proposal in rotation, and both are
 * allowed again once the measure is lifted (revoked). Driven through the generated Java client.
 */
class SupervisionSystemTest {

    static Stack.Fixture fixture;
    static UUID sichuan;

    @BeforeAll
    static void aNewUnitWithTwoCadres() {
        fixture = Stack.newUnit("S", 3);
        sichuan = Stack.province("510000");
    }

    @Test
    void aMeasureBlocksExcellentAndPostingsUntilItIsLifted() throws ApiException {
        UUID cadre = UUID.fromString(fixture.cadres().get(0));
        UUID cycle = cycle();
        UUID review = reviews().reviewResourceList(cycle, null, null, fixture.stamp() + "-1", null, null).getItems()
                .get(0).getId();

        long applied = System.nanoTime();
        MeasuresApi inspector = new MeasuresApi(Stack.client("inspector"));
        Measure measure = Stack.created(inspector.measureResourceApplyWithHttpInfo(new MeasureRequest().cadreId(cadre)
                .type(MeasureType.WARNING).appliedOn(Stack.today()).reason("系统测试：违反工作纪律"),
                UUID.randomUUID().toString()));
        assertEquals(2, measure.getForm());
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> !eligibleInAssessment(cadre)
                && !eligibleForPosting(cadre));
        System.out.printf("measure applied → blocks in assessment and rotation: %d ms%n",
                (System.nanoTime() - applied) / 1_000_000);
        // assessment tells HR the effect on the year, never the measure
        JsonNode blocked = Stack.problem(422, () -> rate(cycle, review, Grade.EXCELLENT));
        assertThat(blocked.path("type").asText(), containsString("excellent-blocked-by-measure"));
        assertThat(blocked.path("detail").asText(), containsString("不得评为优秀"));
        assertThat(blocked.path("detail").asText(), not(containsString("警告")));
        // rotation tells HR the effect and when it ends, never the measure
        JsonNode notEligible = Stack.problem(422, () -> propose(cadre));
        assertThat(notEligible.path("type").asText(), containsString("not-eligible"));
        List<String> messages = new ArrayList<>();
        notEligible.path("violations").forEach(violation -> messages.add(violation.path("message").asText()));
        assertThat(messages, hasItem(containsString("影响期至")));
        assertThat(messages, not(hasItem(containsString("警告"))));
        Stack.problem(403, () -> new MeasuresApi(Stack.client(Stack.HR)).measureResourceGet(measure.getId()));

        long lifted = System.nanoTime();
        assertEquals(MeasureStatus.REVOKED, inspector.measureResourceRevoke(measure.getId(),
                new Revocation().reason("系统测试：经复查撤销"), UUID.randomUUID().toString(), null).getStatus());
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> eligibleInAssessment(cadre)
                && eligibleForPosting(cadre));
        System.out.printf("measure lifted → allowed again: %d ms%n", (System.nanoTime() - lifted) / 1_000_000);
        assertEquals(Grade.EXCELLENT, rate(cycle, review, Grade.EXCELLENT).getProposedGrade());
        assertEquals(PostingStatus.PROPOSED, propose(cadre).getStatus());
    }

    /**
     * The type decides what a measure does: 记过 leaves the year 不定等次 (no grade may be proposed) and keeps the
     * cadre from candidacy and postings, but never from the mandatory 交流轮岗; revoking it restores everything.
     */
    @Test
    void aDemeritLeavesTheYearUngradedAndItsRevocationRestoresIt() throws ApiException {
        UUID cadre = UUID.fromString(fixture.cadres().get(1));
        UUID cycle = cycle();
        UUID review = reviews().reviewResourceList(cycle, null, null, fixture.stamp() + "-2", null, null).getItems()
                .get(0).getId();
        MeasuresApi inspector = new MeasuresApi(Stack.client("inspector"));
        Measure measure = Stack.created(inspector.measureResourceApplyWithHttpInfo(new MeasureRequest().cadreId(cadre)
                .type(MeasureType.DEMERIT).appliedOn(Stack.today().withDayOfYear(1)).reason("系统测试：违反工作纪律"),
                UUID.randomUUID().toString()));
        assertEquals(AnnualEffect.UNGRADED, measure.getAnnualEffects().get(0).getEffect());
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> effect(cycle, review) == AnnualEffect.UNGRADED && !eligibleForPosting(cadre));
        JsonNode ungraded = Stack.problem(422, () -> rate(cycle, review, Grade.COMPETENT));
        assertThat(ungraded.path("type").asText(), containsString("grade-decided-by-measure"));
        assertThat(ungraded.path("detail").asText(), containsString("不定等次"));
        assertThat(ungraded.path("detail").asText(), not(containsString("记过")));
        Stack.created(new PostingsApi(Stack.client(Stack.HR)).postingResourceProposeWithHttpInfo(new PostingRequest()
                .cadreId(cadre).type(PostingType.JOB_ROTATION).hostUnitId(sichuan)
                .plannedStart(Stack.today().plusMonths(1)).plannedEnd(Stack.today().plusMonths(25)),
                UUID.randomUUID().toString()));

        inspector.measureResourceRevoke(measure.getId(), new Revocation().reason("系统测试：经复查撤销"),
                UUID.randomUUID().toString(), null);
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> effect(cycle, review) == AnnualEffect.NONE && eligibleInAssessment(cadre));
        assertEquals(Grade.COMPETENT, rate(cycle, review, Grade.COMPETENT).getProposedGrade());
    }

    /**
     * A finding the inspectors record is the to-do of the HR office whose reach covers the unit (not the leaders')
     * until it files the rectification report: inspection's FindingRecorded and RectificationReported on the
     * restricted topic, of which the notification service reads only these.
     */
    @Test
    void aFindingIsTheUnitsHrToDoUntilItFilesTheRectificationReport() {
        java.time.LocalDate today = Stack.today();
        String round = Stack.as("inspector").body(Map.of("kind", "CIRCUIT", "ownerUnitId",
                Stack.province("440000").toString(), "title", "系统测试巡察", "teamLeader", "周正清",
                "teamMembers", List.of("吴组员"), "targetUnitIds", List.of(fixture.unitId()),
                "onSiteStart", today.minusDays(40).toString(), "onSiteEnd", today.minusDays(20).toString(),
                "feedbackDate", today.minusDays(10).toString()))
                .post("/api/inspection/rounds").then().statusCode(201).extract().path("id");
        Stack.as("inspector").body(Map.of()).post("/api/inspection/rounds/" + round + "/start").then().statusCode(200);
        String finding = Stack.as("inspector").body(Map.of("unitId", fixture.unitId(),
                "cadreIds", List.of(fixture.cadres().get(0)), "category", "安全监管", "severity", "SERIOUS",
                "capability", "RISK_MANAGEMENT", "description", "系统测试：隐患排查不彻底", "rectificationOwner", "市场监管科"))
                .post("/api/inspection/rounds/" + round + "/findings").then().statusCode(201).extract().path("id");
        String link = "/inspection/findings?finding=" + finding;
        long recorded = System.nanoTime();
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> Stack.openToDos(Stack.HR).contains(link));
        System.out.printf("finding recorded → HR's to-do: %d ms%n", (System.nanoTime() - recorded) / 1_000_000);
        assertEquals(false, Stack.openToDos("leader").contains(link), "the unit's HR reports, not the leaders");

        Stack.as(Stack.HR).body(Map.of("summary", "已整改", "measures", "建立隐患台账", "evidence", List.of("台账.xlsx"),
                "completedOn", today.toString())).post("/api/inspection/findings/" + finding + "/rectification")
                .then().statusCode(200);
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> !Stack.openToDos(Stack.HR).contains(link));
    }

    /**
     * 提拔必查: while the mandatory check of a candidate's personal-matters report is open the cadre is not eligible in
     * assessment nor in rotation; the inspector finds 瞒报, and the measure it brings keeps the cadre ineligible for
     * twelve months in both, HR learning the effect and its end, never what was found.
     */
    @Test
    void aConcealmentFoundByThePromotionCheckMakesTheCadreIneligibleInAssessmentAndRotation() {
        UUID cadre = UUID.fromString(fixture.cadres().get(2));
        String check = Stack.as(Stack.HR).body(Map.of("cadreId", cadre.toString())).post("/api/inspection/spot-checks")
                .then().statusCode(201).extract().path("id");
        long opened = System.nanoTime();
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> reasons("assessment", cadre).equals(List.of("CHECK_OPEN"))
                        && reasons("rotation", cadre).equals(List.of("CHECK_OPEN")));
        System.out.printf("提拔必查 opened → not eligible in assessment and rotation: %d ms%n",
                (System.nanoTime() - opened) / 1_000_000);

        Stack.as("inspector").body(Map.of("result", "CONCEALMENT", "note", "系统测试：隐瞒配偶经商办企业"))
                .post("/api/inspection/spot-checks/" + check + "/conclusion").then().statusCode(200);
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> reasons("assessment", cadre).equals(List.of("MEASURE_IN_INFLUENCE"))
                        && reasons("rotation", cadre).equals(List.of("MEASURE_IN_INFLUENCE")));
        String until = Stack.today().plusMonths(12).minusDays(1).toString();
        for (String service : List.of("assessment", "rotation")) {
            String answer = Stack.as(Stack.HR).header("Accept-Language", "zh-CN").get("/api/" + service + "/eligibility/" + cadre)
                    .then().statusCode(200).extract().asString();
            assertThat(answer, containsString("\"until\":\"" + until + "\""));
            assertThat(answer, not(containsString("瞒报")));
            assertThat(answer, not(containsString("诫勉")));
            assertThat(answer, not(containsString("经商")));
        }
        JsonNode refused = Stack.problem(422, () -> propose(cadre));
        assertThat(refused.path("type").asText(), containsString("not-eligible"));
    }

    private static List<String> reasons(String service, UUID cadre) {
        return Stack.as(Stack.HR).get("/api/" + service + "/eligibility/" + cadre).then().statusCode(200).extract()
                .jsonPath().getList("reasons.code", String.class);
    }

    /** The unit's cycle of this year, opened by whichever test comes first. */
    private static synchronized UUID cycle() throws ApiException {
        CyclesApi cycles = new CyclesApi(Stack.client(Stack.HR));
        int year = Stack.today().getYear();
        List<AssessmentCycle> open = cycles.cycleResourceList(null, null, null, null, fixture.unitId(), year)
                .getItems();
        return !open.isEmpty() ? open.get(0).getId() : Stack.created(cycles.cycleResourceOpenWithHttpInfo(
                new CycleRequest().unitId(UUID.fromString(fixture.unitId())).year(year), UUID.randomUUID().toString()))
                .getId();
    }

    private static ReviewsApi reviews() {
        return new ReviewsApi(Stack.client(Stack.HR));
    }

    private static AnnualEffect effect(UUID cycle, UUID review) throws ApiException {
        Review read = reviews().reviewResourceGet(cycle, review);
        return read.getSupervision() == null ? null : read.getSupervision().getEffect();
    }

    private static boolean eligibleInAssessment(UUID cadre) throws ApiException {
        return new ProfilesApi(Stack.client(Stack.HR)).cadreInsightResourceEligibility(cadre).getEligible();
    }

    private static boolean eligibleForPosting(UUID cadre) throws ApiException {
        return new RotationApi(Stack.client(Stack.HR)).rotationResourceEligibility(cadre).getEligible();
    }

    private static Review rate(UUID cycle, UUID review, Grade grade) throws ApiException {
        long version = reviews().reviewResourceGet(cycle, review).getVersion();
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Capability capability : Capability.values()) {
            scores.put(capability.getValue(), 90);
        }
        return reviews().reviewResourceRate(cycle, review, new ReviewRating().superiorGrade(grade)
                .capabilityScores(scores).proposedGrade(grade).version(version), null);
    }

    private static Posting propose(UUID cadre) throws ApiException {
        return Stack.created(new PostingsApi(Stack.client(Stack.HR)).postingResourceProposeWithHttpInfo(
                new PostingRequest().cadreId(cadre).type(PostingType.CROSS_REGION_EXCHANGE).hostUnitId(sichuan)
                        .plannedStart(Stack.today().plusMonths(1)).plannedEnd(Stack.today().plusMonths(25)),
                UUID.randomUUID().toString()));
    }
}
