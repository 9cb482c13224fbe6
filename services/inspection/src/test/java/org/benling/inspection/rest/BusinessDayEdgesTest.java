package org.benling.inspection.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.benling.inspection.TestRoster;
import org.benling.testing.JvmZone;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Today" is the business clock's date, whatever the JVM's zone: a measure applied today, a round's feedback given
 * today and a rectification completed today are accepted, and each is refused when dated tomorrow, at 00:30 and at
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
    void aMeasureMayBeAppliedTodayButNotTomorrow(JvmZone.Edge edge) {
        UUID cadre = roster.cadre("EDGE" + System.nanoTime() % 100_000_000);
        edge.run(today -> {
            measure(cadre, today.plusDays(1)).statusCode(400).body("violations.field", hasItem("appliedOn"));
            measure(cadre, today).statusCode(201).body("appliedOn", equalTo(today.toString()));
        });
    }

    @ParameterizedTest
    @MethodSource("org.benling.testing.JvmZone#edgesOfADay")
    void feedbackAndRectificationMayBeDatedTodayButNotTomorrow(JvmZone.Edge edge) {
        UUID cadre = roster.cadre("EDGE" + System.nanoTime() % 100_000_000);
        edge.run(today -> {
            String tomorrow = today.plusDays(1).toString();
            Map<String, Object> body = InspectionFlowTest.inspection(0, TestRoster.GUANGDONG);
            body.put("onSiteStart", today.minusMonths(1).toString());
            body.put("onSiteEnd", today.minusDays(10).toString());
            body.put("feedbackDate", today.toString());
            String round = InspectionFlowTest.plan(body);
            InspectionFlowTest.move(round, "start").then().statusCode(200);
            String finding = InspectionFlowTest.record(round, InspectionFlowTest.finding(TestRoster.GUANGDONG, cadre));

            feedback(round, tomorrow).statusCode(400).body("violations.field", hasItem("feedbackOn"));
            feedback(round, today.toString()).statusCode(200).body("feedbackOn", equalTo(today.toString()));
            InspectionFlowTest.move(round, "rectify").then().statusCode(200);

            rectification(finding, tomorrow).statusCode(400).body("violations.field", hasItem("completedOn"));
            rectification(finding, today.toString()).statusCode(200).body("status", equalTo("REPORTED"));
        });
    }

    private static ValidatableResponse measure(UUID cadre, LocalDate appliedOn) {
        return given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON)
                .body(Map.of("cadreId", cadre, "type", "WARNING", "appliedOn", appliedOn.toString(), "reason", "违反工作纪律"))
                .post("/api/inspection/measures").then();
    }

    private static ValidatableResponse feedback(String round, String feedbackOn) {
        return given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(Map.of("feedbackOn", feedbackOn))
                .post("/api/inspection/rounds/" + round + "/feedback").then();
    }

    private static ValidatableResponse rectification(String finding, String completedOn) {
        Map<String, Object> report = new HashMap<>(InspectionFlowTest.report());
        report.put("completedOn", completedOn);
        return given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(report)
                .post("/api/inspection/findings/" + finding + "/rectification").then();
    }
}
