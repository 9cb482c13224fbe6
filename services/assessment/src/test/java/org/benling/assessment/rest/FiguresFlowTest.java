package org.benling.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.benling.assessment.TestRoster;
import org.benling.testing.Logins;
import org.junit.jupiter.api.Test;

/** The dashboard's assessment figures: a unit by its child units, from this service's own tables. */
@QuarkusTest
class FiguresFlowTest {

    @Inject TestRoster roster;

    @Test
    void aUnitsFiguresAreItsChildUnitsCapabilitiesAndGradesAgainstTheQuota() {
        // a municipal unit of two offices of six cadres: one with one 优秀, the other all 称职
        List<TestRoster.Unit> offices = roster.smallUnits("FG1", 2, 6);
        int year = 2024;
        for (TestRoster.Unit office : offices) {
            String cycle = Api.openCycle(office, year);
            Api.rateAll(cycle, office, office == offices.get(0) ? 1 : 0);
            Api.finalizeCycle(cycle, Logins.hrGuangdong()).then().statusCode(200);
        }
        String parent = org.benling.testing.Bureau.unitId("FG1").toString();

        given().auth().oauth2(Logins.leader()).queryParam("unitId", parent).queryParam("year", year)
                .get("/api/assessment/figures").then().statusCode(200)
                .body("unitId", equalTo(parent)).body("year", equalTo(year))
                // the unit has no cadres of its own: its two offices are the rows
                .body("units.size()", equalTo(2))
                .body("units[0].unitName", equalTo("FG1-1 科")).body("units[0].unitCode", equalTo("FG1-1")).body("units[0].cadres", equalTo(6))
                .body("units[0].grades.EXCELLENT", equalTo(1)).body("units[0].grades.COMPETENT", equalTo(5))
                // 20 % of six graded: one 优秀 allowed
                .body("units[0].excellentQuota", equalTo(1))
                .body("units[1].grades.COMPETENT", equalTo(6)).body("units[1].grades.EXCELLENT", equalTo(null))
                // every cadre's profile was computed on finalising: the eight capabilities averaged
                .body("units[0].averages", aMapWithSize(8))
                .body("units[0].averages.LEARNING", allOf(greaterThan(0f), lessThanOrEqualTo(100f)))
                .body("grades.EXCELLENT", equalTo(1)).body("grades.COMPETENT", equalTo(11))
                .body("excellentQuota", equalTo(2)).body("ungraded", equalTo(0));
        // without a year: the latest finalised one in scope
        given().auth().oauth2(Logins.leader()).queryParam("unitId", parent).get("/api/assessment/figures").then()
                .statusCode(200).body("year", equalTo(year));
    }

    @Test
    void withoutAYearTheFiguresAreOfTheLatestYearMostOfTheScopeWasFinalisedIn() {
        // three offices of four: 2024 finalised in all of them, 2025 so far in one
        List<TestRoster.Unit> offices = roster.smallUnits("FG4", 3, 4);
        for (TestRoster.Unit office : offices) {
            String cycle = Api.openCycle(office, 2024);
            Api.rateAll(cycle, office, 0);
            Api.finalizeCycle(cycle, Logins.hrGuangdong()).then().statusCode(200);
        }
        String parent = org.benling.testing.Bureau.unitId("FG4").toString();
        String first2025 = Api.openCycle(offices.get(0), 2025);
        Api.rateAll(first2025, offices.get(0), 0);
        Api.finalizeCycle(first2025, Logins.hrGuangdong()).then().statusCode(200);

        // four of twelve graded in 2025: the one office done does not stand for the unit
        given().auth().oauth2(Logins.leader()).queryParam("unitId", parent).get("/api/assessment/figures").then()
                .statusCode(200).body("year", equalTo(2024)).body("grades.COMPETENT", equalTo(12));

        // eight of twelve: 2025 is the unit's year now
        String second2025 = Api.openCycle(offices.get(1), 2025);
        Api.rateAll(second2025, offices.get(1), 0);
        Api.finalizeCycle(second2025, Logins.hrGuangdong()).then().statusCode(200);
        given().auth().oauth2(Logins.leader()).queryParam("unitId", parent).get("/api/assessment/figures").then()
                .statusCode(200).body("year", equalTo(2025)).body("grades.COMPETENT", equalTo(8));
    }

    @Test
    void figuresAreForTheCallersScopeOnly() {
        roster.unit("FG2");
        // HR of Guangdong: its own province by default
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/figures").then().statusCode(200)
                .body("unitId", equalTo(TestRoster.GUANGDONG.toString()));
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("unitId", TestRoster.BEIJING).get("/api/assessment/figures")
                .then().statusCode(404);
        given().auth().oauth2(TestRoster.cadre(roster.unit("FG3"), 1)).get("/api/assessment/figures").then()
                .statusCode(403);
        given().auth().oauth2(Logins.leader()).queryParam("year", 1999).get("/api/assessment/figures").then()
                .statusCode(400);
    }
}
