package org.benling.training.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.benling.training.TestRoster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's 学时 figures: a unit's compliance by child unit and rank, judged by the same rule as its table. */
@QuarkusTest
class FiguresFlowTest {

    @Inject TestRoster roster;

    @BeforeEach
    void loadRoster() {
        roster.load();
    }

    private static void record(UUID cadre, int hours, boolean online) {
        Map<String, Object> body = new HashMap<>();
        body.put("cadreId", cadre.toString());
        body.put("title", online ? "网络专题培训" : "业务培训班");
        body.put("capabilities", List.of("LEARNING"));
        body.put("hours", hours);
        body.put("online", online);
        body.put("offJobDays", online ? 0 : 6);
        body.put("completedOn", TestClock.today().toString());
        body.put("provider", "省邮政管理局");
        body.put("evidence", "结业证书");
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(body)
                .post("/api/training/records").then().statusCode(201);
    }

    @Test
    void aUnitsComplianceIsBrokenDownByItsOfficesAndRanks() {
        List<UUID> ids = roster.freshUnitWithOffices(2);
        UUID unit = ids.get(0);
        // the first office's cadre did the year's 90 with 50 online; the second nothing yet
        record(ids.get(1), 50, true);
        record(ids.get(1), 40, false);

        given().auth().oauth2(Logins.leader()).queryParam("unitId", unit).get("/api/training/compliance/figures").then()
                .statusCode(200)
                .body("unitId", equalTo(unit.toString())).body("cadres", equalTo(2))
                .body("byStatus.COMPLIANT", equalTo(1)).body("rate", equalTo(0.5f))
                .body("units.size()", equalTo(2))
                .body("units[0].unitName", equalTo("第1科")).body("units[0].unitCode", endsWith("-1")).body("units[0].rate", equalTo(1.0f))
                .body("units[0].ranks[0].rankLevel", equalTo("SECTION_PRINCIPAL"))
                .body("units[0].ranks[0].byStatus.COMPLIANT", equalTo(1))
                .body("units[1].unitName", equalTo("第2科")).body("units[1].rate", equalTo(0.0f))
                .body("units[1].byStatus.COMPLIANT", equalTo(0));
        // the same rule as the unit's own table
        given().auth().oauth2(Logins.leader()).queryParam("unitId", unit).get("/api/training/compliance").then()
                .statusCode(200).body("byStatus.COMPLIANT", equalTo(1)).body("cadres", equalTo(2));
    }

    @Test
    void figuresAreForTheCallersScopeOnly() {
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/training/compliance/figures").then().statusCode(200)
                .body("unitId", equalTo(TestRoster.GUANGDONG.toString()));
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("unitId", TestRoster.BEIJING)
                .get("/api/training/compliance/figures").then().statusCode(404);
        given().auth().oauth2(TestRoster.lin()).get("/api/training/compliance/figures").then().statusCode(403);
    }
}
