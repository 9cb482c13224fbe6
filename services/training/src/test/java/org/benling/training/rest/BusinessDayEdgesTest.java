package org.benling.training.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.testing.JvmZone;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.benling.training.TestRoster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Today" is the business clock's date, whatever the JVM's zone: a record completed today is accepted and one
 * completed tomorrow refused, and a class may be closed on its last day but not the day before, at 00:30 and at
 * 23:30 of the day (JvmZone.edges).
 */
@QuarkusTest
@ExtendWith(TestClock.Release.class)
class BusinessDayEdgesTest {

    @Inject TestRoster roster;

    @BeforeEach
    void loadRoster() {
        roster.load();
    }

    @ParameterizedTest
    @MethodSource("org.benling.testing.JvmZone#edgesOfADay")
    void aRecordCompletedTodayIsAcceptedAndOneCompletedTomorrowIsRefused(JvmZone.Edge edge) {
        UUID cadre = roster.freshCadre();
        edge.run(today -> {
            record(cadre, today).statusCode(201).body("completedOn", equalTo(today.toString()));
            record(cadre, today.plusDays(1)).statusCode(400).body("violations.field", hasItem("completedOn"));
        });
    }

    @ParameterizedTest
    @MethodSource("org.benling.testing.JvmZone#edgesOfADay")
    void aClassEndingTodayMayBeClosedAndOneEndingTomorrowMayNot(JvmZone.Edge edge) {
        edge.run(today -> {
            String course = ClassFlowTest.course("EDGE-" + System.nanoTime() % 1_000_000, "8");
            complete(classEnding(course, today.plusDays(1))).statusCode(422).body("type", equalTo(
                    "https://benling.org/problems/class-not-finished"));
            complete(classEnding(course, today)).statusCode(200);
        });
    }

    private static ValidatableResponse record(UUID cadre, LocalDate completedOn) {
        Map<String, Object> body = RecordResourceTest.external();
        body.put("cadreId", cadre.toString());
        body.put("completedOn", completedOn.toString());
        body.put("evidence", "结业证书 EDGE-" + System.nanoTime());
        return given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(body)
                .post("/api/training/records").then();
    }

    private static String classEnding(String courseId, LocalDate end) {
        return given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("courseId", courseId, "unitId", TestRoster.GUANGDONG.toString(), "startDate",
                        end.minusDays(3).toString(), "endDate", end.toString(), "capacity", 5, "venue", "广州"))
                .post("/api/training/classes").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse complete(String classId) {
        return given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of("results", List.of()))
                .post("/api/training/classes/" + classId + "/completion").then();
    }
}
