package org.benling.rotation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.rotation.TestRoster;
import org.benling.testing.JvmZone;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Today" is the business clock's date, whatever the JVM's zone: a posting may start, have a care check-in and be
 * completed today, and each is refused when dated tomorrow, at 00:30 and at 23:30 of the day (JvmZone.edges).
 */
@QuarkusTest
@ExtendWith(TestClock.Release.class)
class BusinessDayEdgesTest {

    @Inject TestRoster roster;

    @ParameterizedTest
    @MethodSource("org.benling.testing.JvmZone#edgesOfADay")
    void aPostingStartsIsVisitedAndEndsTodayButNotTomorrow(JvmZone.Edge edge) {
        UUID cadre = roster.cadre("EDGE" + System.nanoTime() % 100_000_000, "科长", LocalDate.of(2018, 3, 1));
        edge.run(today -> {
            String tomorrow = today.plusDays(1).toString();
            Map<String, Object> proposal = PostingFlowTest.posting(cadre);
            proposal.put("plannedStart", today.plusMonths(1).toString());
            proposal.put("plannedEnd", today.plusMonths(25).toString());
            String id = given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(proposal)
                    .post("/api/rotation/postings").then().statusCode(201).extract().path("id");
            PostingFlowTest.command(Logins.leader(), id, "approve", Map.of("version", 0)).then().statusCode(200);

            PostingFlowTest.command(Logins.hrGuangdong(), id, "start", Map.of("startedOn", tomorrow)).then()
                    .statusCode(400).body("violations.field", hasItem("startedOn"));
            PostingFlowTest.command(Logins.hrGuangdong(), id, "start", Map.of("startedOn", today.toString())).then()
                    .statusCode(200).body("startedOn", equalTo(today.toString()));

            checkIn(id, tomorrow).statusCode(400).body("violations.field", hasItem("heldOn"));
            checkIn(id, today.toString()).statusCode(201).body("heldOn", equalTo(today.toString()));

            PostingFlowTest.command(Logins.hrGuangdong(), id, "complete", completion(tomorrow)).then()
                    .statusCode(400).body("violations.field", hasItem("completedOn"));
            PostingFlowTest.command(Logins.hrGuangdong(), id, "complete", completion(today.toString())).then()
                    .statusCode(200).body("status", equalTo("COMPLETED"));
        });
    }

    private static io.restassured.response.ValidatableResponse checkIn(String posting, String heldOn) {
        return given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("heldOn", heldOn, "method", "VISIT", "notes", "到岗当天走访"))
                .post("/api/rotation/postings/" + posting + "/check-ins").then();
    }

    private static Map<String, Object> completion(String completedOn) {
        return Map.of("completedOn", completedOn, "evaluation", "GOOD", "capabilities", List.of("MASS_WORK"),
                "remarks", "按期完成");
    }
}
