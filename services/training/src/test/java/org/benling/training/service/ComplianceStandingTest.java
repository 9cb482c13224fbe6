package org.benling.training.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.personnel.PersonnelReadModel;
import org.benling.testing.Bureau;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.benling.training.TestRoster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A unit's compliance table today is read from the kept standings, and a standing never outlives what it was computed
 * from: the cadre's records, the cadre's rank, the day.
 */
@QuarkusTest
@ExtendWith(TestClock.Release.class)
class ComplianceStandingTest {

    @Inject TestRoster roster;
    @Inject PersonnelReadModel readModel;
    @Inject ComplianceStandings standings;
    @Inject ComplianceSums sums;
    @Inject EntityManager em;

    @BeforeEach
    void loadRoster() {
        roster.load();
    }

    @Test
    void aRecordInvalidatesTheCadresStandingInItsOwnTransactionAndTheNextReadCountsIt() {
        TestClock.pin(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(TestClock.BUREAU_ZONE));
        UUID unit = roster.freshUnit();
        UUID cadre = roster.freshCadre(unit);
        table(unit).body("cadres", equalTo(1)).body("byStatus.COMPLIANT", equalTo(0))
                .body("items[0].totals.yearHours", equalTo(0.0f));
        assertEquals(LocalDate.of(2026, 6, 15), standing(cadre).get("valid_on"), "the read kept today's standing");

        record(cadre, LocalDate.of(2026, 6, 1), 90, 12, false);
        assertNull(standing(cadre).get("valid_on"), "the record's transaction invalidated it");
        record(cadre, LocalDate.of(2026, 6, 2), 50, 0, true);

        table(unit).body("cadres", equalTo(1)).body("byStatus.COMPLIANT", equalTo(1))
                .body("items[0].assessment.status", equalTo("COMPLIANT"))
                .body("items[0].totals.yearHours", equalTo(140.0f)).body("items[0].totals.yearOnlineHours", equalTo(50.0f));
        assertEquals("COMPLIANT", standing(cadre).get("status"));
    }

    @Test
    void aPromotionInvalidatesTheStandingAndTheNewRanksRulesApply() {
        TestClock.pin(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(TestClock.BUREAU_ZONE));
        UUID unit = roster.freshUnit();
        UUID cadre = roster.freshCadre(unit);
        record(cadre, LocalDate.of(2026, 6, 1), 90, 12, false);
        record(cadre, LocalDate.of(2026, 6, 2), 50, 0, true);
        table(unit).body("byStatus.COMPLIANT", equalTo(1));

        // promoted to division level last month, without the five years' 550 学时: a year's grace
        QuarkusTransaction.requiringNew().run(() -> readModel.upsertCadre(Bureau.cadre(cadre, "F" + cadre.toString().substring(0, 8),
                "新干部", unit, "副处长", RankLevel.DIVISION_DEPUTY, LocalDate.of(2026, 5, 10))));
        assertNull(standing(cadre).get("valid_on"));
        table(unit).body("byStatus.COMPLIANT", equalTo(0)).body("byStatus.GRACE", equalTo(1))
                .body("items[0].rankLevel", equalTo("DIVISION_DEPUTY"));
    }

    @Test
    void onTheNextDayTheStandingsAreRecomputedForTheMovedWindows() {
        UUID unit = roster.freshUnit();
        UUID cadre = roster.freshCadre(unit);
        TestClock.pin(LocalDate.of(2026, 3, 15).atTime(10, 0).atZone(TestClock.BUREAU_ZONE));
        record(cadre, LocalDate.of(2021, 3, 16), 100, 10, false); // the first day of the five years ending today
        table(unit).body("items[0].totals.rollingHours", equalTo(100.0f));

        TestClock.pin(LocalDate.of(2026, 3, 16).atTime(0, 1).atZone(TestClock.BUREAU_ZONE));
        table(unit).body("assessedOn", equalTo("2026-03-16")).body("items[0].totals.rollingHours", equalTo(0.0f));
        assertEquals(LocalDate.of(2026, 3, 16), standing(cadre).get("valid_on"));
    }

    @Test
    void anotherDayIsSummedFromTheRecordsAndLeavesTodaysStandingAlone() {
        TestClock.pin(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(TestClock.BUREAU_ZONE));
        UUID unit = roster.freshUnit();
        UUID cadre = roster.freshCadre(unit);
        record(cadre, LocalDate.of(2026, 6, 15), 30, 3, false);
        table(unit).body("items[0].totals.yearHours", equalTo(30.0f));

        given().auth().oauth2(Logins.hrGuangdong()).queryParam("unitId", unit).queryParam("asOf", "2026-06-14")
                .get("/api/training/compliance").then().statusCode(200)
                .body("assessedOn", equalTo("2026-06-14")).body("items[0].totals.yearHours", equalTo(0.0f));
        assertEquals(LocalDate.of(2026, 6, 15), standing(cadre).get("valid_on"));
    }

    @Test
    void aChangeCommittedWhileTheSumsWereReadWinsOverTheRecomputation() {
        TestClock.pin(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(TestClock.BUREAU_ZONE));
        LocalDate today = TestClock.today();
        UUID unit = roster.freshUnit();
        UUID cadre = roster.freshCadre(unit);
        table(unit).body("items[0].totals.yearHours", equalTo(0.0f));
        record(cadre, today, 10, 1, false);

        // a recomputation reads the sums (10 学时) …
        List<ComplianceSums.Summed> read = QuarkusTransaction.requiringNew().call(() ->
                sums.withStandingVersions("c.id = :cadre", Map.of("cadre", cadre), today));
        // … while another record commits …
        record(cadre, today, 20, 2, false);
        // … so what it read is not written
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> standings.write(read, today)));
        assertNull(standing(cadre).get("valid_on"));

        table(unit).body("items[0].totals.yearHours", equalTo(30.0f));
    }

    @Test
    void theTableIsPagedAndFilteredOverTheWholeSubtree() {
        TestClock.pin(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(TestClock.BUREAU_ZONE));
        List<UUID> ids = roster.freshUnitWithOffices(3);
        record(ids.get(2), LocalDate.of(2026, 6, 1), 90, 12, false);
        record(ids.get(2), LocalDate.of(2026, 6, 1), 50, 0, true);

        ValidatableResponse first = given().auth().oauth2(Logins.hrGuangdong()).queryParam("unitId", ids.get(0))
                .queryParam("size", 2).get("/api/training/compliance").then().statusCode(200)
                .body("cadres", equalTo(3)).body("total", equalTo(3)).body("totalPages", equalTo(2))
                .body("items.size()", equalTo(2)).body("byStatus.COMPLIANT", equalTo(1));
        List<String> numbers = first.extract().jsonPath().getList("items.employeeNumber");
        assertEquals(numbers.stream().sorted().toList(), numbers, "by employee number");
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("unitId", ids.get(0)).queryParam("size", 2)
                .queryParam("page", 1).get("/api/training/compliance").then().statusCode(200).body("items.size()", equalTo(1));
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("unitId", ids.get(0)).queryParam("status", "COMPLIANT")
                .get("/api/training/compliance").then().statusCode(200)
                .body("cadres", equalTo(3)).body("total", equalTo(1)).body("items.cadreId", contains(ids.get(2).toString()));
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("unitId", ids.get(0)).queryParam("page", 5)
                .get("/api/training/compliance").then().statusCode(200).body("total", equalTo(3)).body("items.size()", equalTo(0));
    }

    private static ValidatableResponse table(UUID unit) {
        return given().auth().oauth2(Logins.hrGuangdong()).queryParam("unitId", unit).get("/api/training/compliance")
                .then().statusCode(200);
    }

    private Map<String, Object> standing(UUID cadre) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("SELECT valid_on, status FROM compliance_standing WHERE cadre_id = :id")
                    .setParameter("id", cadre).getSingleResult();
            Map<String, Object> map = new HashMap<>();
            map.put("valid_on", row[0] == null ? null : org.benling.platform.personnel.CadreDirectory.toDate(row[0]));
            map.put("status", row[1]);
            return map;
        });
    }

    private static void record(UUID cadre, LocalDate completedOn, int hours, int offJobDays, boolean online) {
        Map<String, Object> body = new HashMap<>();
        body.put("cadreId", cadre.toString());
        body.put("title", online ? "网络专题培训" : "业务培训班");
        body.put("capabilities", List.of("LEARNING"));
        body.put("hours", hours);
        body.put("online", online);
        body.put("offJobDays", offJobDays);
        body.put("completedOn", completedOn.toString());
        body.put("provider", "省邮政管理局");
        body.put("evidence", "结业证书");
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(body)
                .post("/api/training/records").then().statusCode(201);
    }
}
