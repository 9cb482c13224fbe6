package org.benling.selection.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.contracts.inspection.MeasureApplied;
import org.benling.contracts.inspection.PromotionCheckConcluded;
import org.benling.contracts.inspection.PromotionCheckOpened;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.MeasureFamily;
import org.benling.contracts.supervision.MeasureType;
import org.benling.selection.TestRoster;
import org.benling.testing.Bureau;
import org.benling.testing.Events;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 凡提必核 from the daily-supervision service: inspection's 提拔必查 answers a candidate's personal-matters check —
 * clear when it concluded without a measure, negative when the check brought one (the answer naming none), whether it
 * concluded before the joint review opened or while the trail waited for it; an answer given by hand is not touched.
 */
@QuarkusTest
class PromotionCheckAnswerFlowTest {

    static final String TRAILS = AppointmentFlowTest.TRAILS;

    @Inject TestRoster roster;
    @Inject EntityManager em;

    @BeforeEach
    void loadRoster() {
        roster.load();
    }

    @Test
    void aConcludedPromotionCheckAnswersThePersonalMattersCheck() {
        List<UUID> people = roster.freshCadres(Bureau.GUANGZHOU, 3);
        UUID early = people.get(0);
        UUID reported = people.get(1);
        UUID byHand = people.get(2);
        // the first candidate's check was opened and concluded before the joint review: it is taken when the review opens
        UUID earlyCheck = UUID.randomUUID();
        send(early, InspectionEvents.PROMOTION_CHECK_OPENED, new PromotionCheckOpened(earlyCheck, early, TestClock.today()));
        send(early, InspectionEvents.PROMOTION_CHECK_CONCLUDED, new PromotionCheckConcluded(earlyCheck, early,
                TestClock.today()));
        await().atMost(Duration.ofSeconds(60)).until(() -> concluded(earlyCheck));

        String id = toJointReview(people);
        JsonPath trail = read(id);
        assertEquals("CLEAR", personalMatters(trail, early, "answer"));
        assertEquals("inspection/提拔必查", personalMatters(trail, early, "answeredBy"));
        assertEquals("REQUESTED", personalMatters(trail, reported, "answer"));

        // HR answers the third by hand; the second's check opens, finds 瞒报 (the measure comes first) and concludes
        AppointmentFlowTest.answer(AppointmentFlowTest.hr(), id, byHand, "PERSONAL_MATTERS", "CLEAR", "本人报告与查核结果一致",
                200);
        UUID check = UUID.randomUUID();
        send(reported, InspectionEvents.PROMOTION_CHECK_OPENED, new PromotionCheckOpened(check, reported, TestClock.today()));
        send(reported, InspectionEvents.MEASURE_APPLIED, new MeasureApplied(UUID.randomUUID(), reported,
                MeasureType.ADMONISHMENT, MeasureFamily.ADMONISHMENT, 2, "诫勉", TestClock.today(), "6",
                TestClock.today().plusMonths(6).minusDays(1), List.of(AnnualEffect.NO_EXCELLENT), null));
        send(reported, InspectionEvents.PROMOTION_CHECK_CONCLUDED, new PromotionCheckConcluded(check, reported,
                TestClock.today()));
        send(byHand, InspectionEvents.PROMOTION_CHECK_CONCLUDED, new PromotionCheckConcluded(UUID.randomUUID(), byHand,
                TestClock.today()));
        await().atMost(Duration.ofSeconds(60)).until(() -> !"REQUESTED".equals(personalMatters(read(id), reported, "answer")));

        trail = read(id);
        assertEquals("NEGATIVE", personalMatters(trail, reported, "answer"));
        String note = personalMatters(trail, reported, "note");
        assertTrue(note.contains("提拔必查") && !note.contains("诫勉"), note);
        assertEquals("CLEAR", personalMatters(trail, byHand, "answer"));
        assertEquals("本人报告与查核结果一致", personalMatters(trail, byHand, "note"));
        // the negative keeps the second from the decision as any negative answer does
        given().auth().oauth2(AppointmentFlowTest.hr()).get(TRAILS + "/" + id).then().statusCode(200)
                .body("candidates.find { it.person.cadreId == '" + reported + "' }.cleared", equalTo(false))
                .body(not(containsString("诫勉")));
    }

    /** A trail of Guangzhou with these candidates, its joint review open. */
    private static String toJointReview(List<UUID> people) {
        String id = AppointmentFlowTest.motion();
        AppointmentFlowTest.command(AppointmentFlowTest.hr(), id, "POST", "/recommendation", Map.of("note", "会议推荐"))
                .statusCode(200);
        AppointmentFlowTest.command(AppointmentFlowTest.hr(), id, "POST", "/candidates", Map.of("cadreIds",
                people.stream().map(UUID::toString).toList())).statusCode(200);
        Map<String, String> reports = new java.util.HashMap<>();
        people.forEach(p -> reports.put(p.toString(), "考察情况良好"));
        AppointmentFlowTest.command(AppointmentFlowTest.hr(), id, "POST", "/investigation", Map.of("reports", reports))
                .statusCode(200);
        AppointmentFlowTest.command(AppointmentFlowTest.hr(), id, "POST", "/joint-review", null).statusCode(200);
        return id;
    }

    private static JsonPath read(String id) {
        return given().auth().oauth2(AppointmentFlowTest.hr()).get(TRAILS + "/" + id).then().statusCode(200).extract()
                .jsonPath();
    }

    private static String personalMatters(JsonPath trail, UUID cadre, String field) {
        return trail.getString("candidates.find { it.person.cadreId == '" + cadre + "' }.checks.find { it.check =="
                + " 'PERSONAL_MATTERS' }." + field);
    }

    /** Has selection taken the check's conclusion (its read model of inspection's events)? */
    private boolean concluded(UUID check) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM promotion_check_view WHERE check_id = :id AND concluded_on IS NOT NULL")
                .setParameter("id", check).getSingleResult()).intValue() == 1);
    }

    private static <T> void send(UUID cadre, org.benling.contracts.events.EventType<T> type, T data) {
        Events.send("inspection.supervision", cadre, Events.json(type, cadre, data));
    }
}
