package org.benling.personnel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.benling.personnel.Demo;
import org.benling.personnel.roster.Roster;
import org.benling.testing.JvmZone;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Today" is the business clock's date, whatever the JVM's zone: a cadre whose post, rank and work began today is
 * registered and one whose dates are tomorrow is refused on each of them; a cadre who turns 16 today may be
 * registered and one who turns 16 tomorrow may not; a roster row is judged the same way; at 00:30 and at 23:30 of the day (JvmZone.edges).
 */
@QuarkusTest
@ExtendWith(TestClock.Release.class)
class BusinessDayEdgesTest {

    @ParameterizedTest
    @MethodSource("org.benling.testing.JvmZone#edgesOfADay")
    void careerDatesOfTodayAreAcceptedAndOfTomorrowRefused(JvmZone.Edge edge) {
        edge.run(today -> {
            register(careerBeganOn(today)).statusCode(201)
                    .body("postSince", equalTo(today.toString()))
                    .body("joinedWorkOn", equalTo(today.toString()));
            register(careerBeganOn(today.plusDays(1))).statusCode(400)
                    .body("violations.field", hasItems("postSince", "rankSince", "joinedWorkOn"));
        });
    }

    @ParameterizedTest
    @MethodSource("org.benling.testing.JvmZone#edgesOfADay")
    void aCadreWhoTurnsSixteenTodayMayBeRegisteredAndOneWhoTurnsSixteenTomorrowMayNot(JvmZone.Edge edge) {
        edge.run(today -> {
            register(bornOn(today.minusYears(16))).statusCode(201);
            register(bornOn(today.minusYears(16).plusDays(1))).statusCode(400)
                    .body("violations.field", hasItems("birthDate"));
        });
    }

    @ParameterizedTest
    @MethodSource("org.benling.testing.JvmZone#edgesOfADay")
    void aRosterRowWhoseCareerBeganTodayIsImportedAndOneOfTomorrowIsRejected(JvmZone.Edge edge) {
        String stamp = "EDGR" + System.nanoTime() % 10_000_000;
        edge.run(today -> given().auth().oauth2(Demo.hrGuangdong())
                .multiPart("file", "roster.xlsx", Roster.workbook(List.of(
                        careerRow(stamp + "A", today), careerRow(stamp + "B", today.plusDays(1)))), Roster.XLSX)
                .post("/api/cadres/import").then().statusCode(200)
                .body("imported", equalTo(1)).body("rejected", equalTo(1))
                .body("rows.find { it.row == 2 }.status", equalTo("IMPORTED"))
                .body("rows.find { it.row == 3 }.violations.field", hasItems("postSince", "rankSince", "joinedWorkOn")));
    }

    private static String[] careerRow(String number, LocalDate day) {
        String[] row = Roster.row(number, "边界测试", "1986-02-03", "440100");
        row[8] = day.toString();
        row[9] = day.toString();
        row[10] = day.toString();
        return row;
    }

    private static Map<String, Object> bornOn(LocalDate birthDate) {
        Map<String, Object> body = careerBeganOn(null);
        body.put("birthDate", birthDate.toString());
        return body;
    }

    private static Map<String, Object> careerBeganOn(LocalDate day) {
        Map<String, Object> body = CadreResourceTest.newCadre("EDGE" + System.nanoTime() % 100_000_000, Demo.GUANGZHOU);
        body.put("postSince", day == null ? null : day.toString());
        body.put("rankSince", day == null ? null : day.toString());
        body.put("joinedWorkOn", day == null ? null : day.toString());
        return body;
    }

    private static ValidatableResponse register(Map<String, Object> body) {
        return given().auth().oauth2(Demo.hrGuangdong()).contentType(ContentType.JSON).body(body)
                .post("/api/cadres").then();
    }
}
