package org.benling.inspection.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.inspection.TestRoster;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 出国（境）: the HR office registers and holds the passports; a trip is asked before travel and approved by a leader
 * before the departure; the passport is issued for it and is back within 10 days of the return, or flagged overdue.
 */
@QuarkusTest
@ExtendWith(TestClock.Release.class)
class TravelFlowTest {

    @Inject TestRoster roster;

    @BeforeEach
    void setUp() {
        roster.load();
    }

    static ValidatableResponse post(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/inspection" + path).then();
    }

    static String passport(UUID cadre, String number) {
        return post(Logins.hrGuangdong(), "/passports", Map.of("cadreId", cadre, "kind", "PASSPORT", "number", number,
                "expiresOn", TestClock.today().plusYears(5).toString())).statusCode(201).extract().path("id");
    }

    static Map<String, Object> trip(String passport, LocalDate depart, LocalDate back) {
        Map<String, Object> body = new HashMap<>(Map.of("passportId", passport, "destination", "日本东京",
                "purpose", "探亲", "departOn", depart.toString(), "returnOn", back.toString()));
        return body;
    }

    @Test
    void theHrOfficeRegistersThePassportsItHoldsOnceAndTheCadreSeesOnlyTheirOwn() {
        UUID cadre = roster.cadre("TR0001");
        String me = Logins.cadre(cadre, TestRoster.GUANGZHOU);
        String id = post(Logins.hrGuangdong(), "/passports", Map.of("cadreId", cadre, "kind", "PASSPORT",
                "number", "e1234567a", "expiresOn", TestClock.today().plusYears(5).toString())).statusCode(201)
                .body("number", equalTo("E1234567A")).body("status", equalTo("HELD")).body("issuedFor", nullValue())
                .extract().path("id");
        post(Logins.hrGuangdong(), "/passports", Map.of("cadreId", cadre, "kind", "PASSPORT", "number", "E1234567A",
                "expiresOn", TestClock.today().plusYears(5).toString())).statusCode(409)
                .body("type", containsString("passport-exists"));
        post(Logins.hrGuangdong(), "/passports", Map.of("cadreId", cadre, "kind", "HONG_KONG_MACAO_PERMIT",
                "number", "C-1", "expiresOn", TestClock.today().minusDays(1).toString())).statusCode(400)
                .body("violations.field", hasItem("number"));
        post(Logins.hrGuangdong(), "/passports", Map.of("cadreId", cadre, "kind", "HONG_KONG_MACAO_PERMIT",
                "number", "C12345678", "expiresOn", TestClock.today().minusDays(1).toString())).statusCode(400)
                .body("violations.field", hasItem("expiresOn"));
        post(Logins.hrBeijing(), "/passports", Map.of("cadreId", cadre, "kind", "PASSPORT", "number", "E7654321",
                "expiresOn", TestClock.today().plusYears(5).toString())).statusCode(400)
                .body("violations.field", hasItem("cadreId"));
        post(me, "/passports", Map.of("cadreId", cadre, "kind", "PASSPORT", "number", "E7654321",
                "expiresOn", TestClock.today().plusYears(5).toString())).statusCode(403);

        given().auth().oauth2(me).get("/api/inspection/passports").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(Logins.cadre(TestRoster.LI, TestRoster.GUANGZHOU)).get("/api/inspection/passports/" + id)
                .then().statusCode(404);
        given().auth().oauth2(Logins.hrBeijing()).get("/api/inspection/passports/" + id).then().statusCode(404);
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("q", "TR0001").get("/api/inspection/passports").then()
                .statusCode(200).body("items.id", equalTo(List.of(id))).body("items[0].name", equalTo("干部TR0001"));

        post(Logins.hrGuangdong(), "/passports/" + id + "/cancellation", Map.of("reason", " ")).statusCode(400)
                .body("violations.field", hasItem("reason"));
        post(Logins.hrGuangdong(), "/passports/" + id + "/cancellation", Map.of("reason", "换发新证")).statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("换发新证"));
        // a cancelled number may be registered again (the new document of the same number after a mistake)
        post(Logins.hrGuangdong(), "/passports", Map.of("cadreId", cadre, "kind", "PASSPORT", "number", "E1234567A",
                "expiresOn", TestClock.today().plusYears(5).toString())).statusCode(201);
    }

    @Test
    void aTripIsApprovedBeforeTravelThePassportIssuedForItAndFlaggedWhenNotBackWithinTenDays() {
        UUID cadre = roster.cadre("TR0002");
        String me = Logins.cadre(cadre, TestRoster.GUANGZHOU);
        String passport = passport(cadre, "E2000002");
        LocalDate today = TestClock.today();
        LocalDate depart = today.plusDays(10);
        LocalDate back = today.plusDays(20);

        // bad asks: each field named, nothing kept
        post(me, "/trips", trip(passport, today.minusDays(1), today.minusDays(2))).statusCode(400)
                .body("violations.field", hasItem("departOn")).body("violations.field", hasItem("returnOn"));
        post(me, "/trips", trip(UUID.randomUUID().toString(), depart, back)).statusCode(400)
                .body("violations.field", hasItem("passportId"));
        Map<String, Object> blank = trip(passport, depart, back);
        blank.put("destination", " ");
        post(me, "/trips", blank).statusCode(400).body("violations.field", hasItem("destination"));

        String id = post(me, "/trips", trip(passport, depart, back)).statusCode(201).body("status", equalTo("REQUESTED"))
                .body("actions", equalTo(List.of("CANCEL"))).body("passportNumber", equalTo("E2000002"))
                .extract().path("id");
        post(me, "/trips", trip(passport, back.minusDays(1), back.plusDays(3))).statusCode(409)
                .body("type", containsString("trip-overlaps"));

        post(Logins.hrGuangdong(), "/trips/" + id + "/passport-issued", Map.of()).statusCode(409)
                .body("type", containsString("invalid-transition"));
        post(me, "/trips/" + id + "/decision", Map.of("approve", true)).statusCode(403);
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/inspection/trips/" + id).then().statusCode(200)
                .body("actions", equalTo(List.of("CANCEL")));
        post(Logins.leader(), "/trips/" + id + "/decision", Map.of("approve", true, "note", "同意")).statusCode(200)
                .body("status", equalTo("APPROVED")).body("decisionNote", equalTo("同意"));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/inspection/trips/" + id).then().statusCode(200)
                .body("actions", equalTo(List.of("CANCEL", "ISSUE_PASSPORT")));

        post(Logins.hrGuangdong(), "/trips/" + id + "/passport-issued", Map.of("on", today.plusDays(1).toString()))
                .statusCode(400).body("violations.field", hasItem("on"));
        post(Logins.hrGuangdong(), "/trips/" + id + "/passport-issued", Map.of()).statusCode(200)
                .body("status", equalTo("ISSUED")).body("issuedOn", equalTo(today.toString()))
                .body("passportDue", equalTo(back.plusDays(10).toString())).body("overdue", equalTo(false));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/inspection/passports/" + passport).then().statusCode(200)
                .body("status", equalTo("ISSUED")).body("issuedFor", equalTo(id));
        post(Logins.hrGuangdong(), "/passports/" + passport + "/cancellation", Map.of("reason", "遗失")).statusCode(409)
                .body("type", containsString("passport-unavailable"));
        post(me, "/trips/" + id + "/cancellation", Map.of("reason", "不去了")).statusCode(409);

        // the last day itself is in time; the day after, overdue
        TestClock.pin(back.plusDays(10).atTime(10, 0).atZone(TestClock.BUREAU_ZONE));
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("overdue", true).queryParam("q", "TR0002")
                .get("/api/inspection/trips").then().statusCode(200).body("total", equalTo(0));
        TestClock.pin(back.plusDays(11).atTime(10, 0).atZone(TestClock.BUREAU_ZONE));
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("overdue", true).queryParam("q", "TR0002")
                .get("/api/inspection/trips").then().statusCode(200).body("items.id", equalTo(List.of(id)))
                .body("items[0].overdue", equalTo(true));
        given().auth().oauth2(Logins.hrBeijing()).queryParam("overdue", true).get("/api/inspection/trips").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(Logins.hrBeijing()).get("/api/inspection/trips/" + id).then().statusCode(404);

        post(Logins.hrGuangdong(), "/trips/" + id + "/passport-returned", Map.of("on", today.minusDays(1).toString()))
                .statusCode(400).body("violations.field", hasItem("on"));
        post(Logins.hrGuangdong(), "/trips/" + id + "/passport-returned", Map.of()).statusCode(200)
                .body("status", equalTo("RETURNED")).body("returnedOn", equalTo(back.plusDays(11).toString()))
                .body("overdue", equalTo(false)).body("returnedLate", equalTo(true)).body("actions", equalTo(List.of()));
        given().auth().oauth2(me).get("/api/inspection/passports/" + passport).then().statusCode(200)
                .body("status", equalTo("HELD")).body("issuedFor", nullValue());

        // each change announced (the leaders' approval and HR's passport to take back are their to-dos)
        KafkaCompanion kafka = KafkaBroker.shared().companion();
        try {
            var topic = kafka.consumeStrings().fromTopics("inspection.supervision");
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.getRecords().stream().anyMatch(r ->
                    r.value().contains(InspectionEvents.TRIP_CHANGED.type()) && r.value().contains(id)
                    && r.value().contains("RETURNED")));
            topic.stop();
            var changes = topic.getRecords().stream().filter(r -> r.key().equals(cadre.toString())
                    && r.value().contains(InspectionEvents.TRIP_CHANGED.type())).map(r -> JsonPath.from(r.value())).toList();
            assertEquals(List.of("REQUESTED", "APPROVED", "ISSUED", "RETURNED"),
                    changes.stream().map(c -> c.getString("data.status")).toList());
            assertEquals(back.plusDays(10).toString(), changes.get(2).getString("data.passportDue"));
        } finally {
            kafka.close();
        }
    }

    @Test
    void aRefusalNeedsItsReasonAndNoTripIsApprovedAfterItsDepartureNorByTheCadreThemself() {
        UUID cadre = roster.cadre("TR0003");
        String me = Logins.cadre(cadre, TestRoster.GUANGZHOU);
        String passport = passport(cadre, "E3000003");
        LocalDate today = TestClock.today();
        String refused = post(Logins.hrGuangdong(), "/trips", new HashMap<>(Map.of("cadreId", cadre, "passportId",
                passport, "destination", "泰国", "purpose", "旅游", "departOn", today.plusDays(30).toString(),
                "returnOn", today.plusDays(35).toString()))).statusCode(201).body("cadreId", equalTo(cadre.toString()))
                .extract().path("id");
        post(Logins.leader(), "/trips/" + refused + "/decision", Map.of("approve", false)).statusCode(400)
                .body("violations.field", hasItem("note"));
        post(Logins.leader(), "/trips/" + refused + "/decision", Map.of("approve", false, "note", "任务期间不宜出行"))
                .statusCode(200).body("status", equalTo("REFUSED"));

        String late = post(me, "/trips", trip(passport, today, today.plusDays(3))).statusCode(201).extract().path("id");
        TestClock.pin(today.plusDays(1).atTime(9, 0).atZone(TestClock.BUREAU_ZONE));
        post(Logins.leader(), "/trips/" + late + "/decision", Map.of("approve", true)).statusCode(422)
                .body("type", containsString("trip-departed"));
        TestClock.release();
        post(me, "/trips/" + late + "/cancellation", Map.of("reason", "行程取消")).statusCode(200)
                .body("status", equalTo("CANCELLED"));

        UUID leaderCadre = roster.cadre("TR0004");
        String own = post(Logins.hrGuangdong(), "/passports", Map.of("cadreId", leaderCadre, "kind", "PASSPORT",
                "number", "E4000004", "expiresOn", today.plusYears(3).toString())).statusCode(201).extract().path("id");
        String trip = post(Logins.hrGuangdong(), "/trips", new HashMap<>(Map.of("cadreId", leaderCadre, "passportId", own,
                "destination", "新加坡", "purpose", "探亲", "departOn", today.plusDays(5).toString(),
                "returnOn", today.plusDays(8).toString()))).statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.token("leader-tr4", Set.of("leader", "cadre"), TestRoster.GUANGZHOU, leaderCadre)).contentType(ContentType.JSON)
                .body(Map.of("approve", true)).post("/api/inspection/trips/" + trip + "/decision").then().statusCode(403)
                .body("type", containsString("own-record"));
    }
}
