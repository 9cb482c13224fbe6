package org.benling.training.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.benling.training.TestRoster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanAndCertificateTest {

    @Inject TestRoster roster;

    @BeforeEach
    void loadRoster() {
        roster.load();
    }

    @Test
    void aPlanShowsItsProgressAgainstTheUnitsRealTraining() {
        // a unit of its own with two cadres, so that no other test's training moves the plan's figures
        int year = TestClock.today().getYear();
        UUID unit = roster.freshUnit();
        UUID trained = roster.freshCadre(unit);
        roster.freshCadre(unit);
        String title = "年度干部教育培训计划 " + System.nanoTime();
        String planId = given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("unitId", unit.toString(), "year", year, "title", title, "targetCoverage", 0.5,
                        "targetHoursPerCadre", 20, "designatedCadreIds", List.of(trained.toString())))
                .post("/api/training/plans").then().statusCode(201).extract().path("id");
        // one of the two trained: a completed class of 30 学时
        String classId = ClassFlowTest.classOf(ClassFlowTest.course("PLAN-" + System.nanoTime() % 100000, "30"), 5);
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("cadreIds", List.of(trained.toString())))
                .post("/api/training/classes/" + classId + "/enrolments").then().statusCode(200);
        String enrolment = given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/training/classes/" + classId + "/completion").then().statusCode(200)
                .body("[0].status", equalTo("COMPLETED")).extract().path("[0].id");

        given().auth().oauth2(Logins.hrGuangdong()).get("/api/training/plans/" + planId).then().statusCode(200)
                .body("progress.cadres", equalTo(2)).body("progress.trained", equalTo(1))
                .body("progress.designated", equalTo(1))
                .body("progress.designatedTrained", equalTo(1))
                .body("progress.coverageMet", equalTo(true)) // 1 of 2 trained: the 50 % target
                .body("progress.hoursMet", equalTo(false)); // 15 学时 a cadre, short of 20
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("year", year).queryParam("size", 200)
                .get("/api/training/plans").then().statusCode(200)
                .body("items.find { it.id == '" + planId + "' }.progress.trained", equalTo(1))
                .body("items.year", org.hamcrest.Matchers.everyItem(equalTo(year)));
        given().auth().oauth2(Logins.hrBeijing()).queryParam("size", 200).get("/api/training/plans").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(planId)));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("unitId", TestRoster.BEIJING.toString(), "year", year, "title", "x", "targetCoverage", 0.5,
                        "targetHoursPerCadre", 20))
                .post("/api/training/plans").then().statusCode(403);
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("unitId", TestRoster.GUANGDONG.toString(), "year", year, "title", "x", "targetCoverage", 1.5,
                        "targetHoursPerCadre", 20))
                .post("/api/training/plans").then().statusCode(400).body("violations[0].field", equalTo("targetCoverage"));

        // the cadre downloads the certificate of the completed class; others outside the scope cannot
        given().auth().oauth2(Logins.cadre(trained, unit)).get("/api/training/enrolments/" + enrolment + "/certificate")
                .then().statusCode(200).header("Content-Disposition", containsString("certificate-"))
                .body(containsString("结业证书")).body(containsString("新干部")).body(containsString("30"));
        given().auth().oauth2(org.benling.testing.Tokens.hr("hr-beijing", TestRoster.BEIJING))
                .get("/api/training/enrolments/" + enrolment + "/certificate").then().statusCode(404);
    }
}
