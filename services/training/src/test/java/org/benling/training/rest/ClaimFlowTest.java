package org.benling.training.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.events.EventSchemas;
import org.benling.contracts.training.TrainingEvents;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.benling.testing.Tokens;
import org.benling.training.TestRoster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DOMAIN.md "Training": self-reported external 学时 count once HR has accepted their evidence. */
@QuarkusTest
class ClaimFlowTest {

    @Inject TestRoster roster;

    @BeforeEach
    void loadRoster() {
        roster.load();
    }

    static Map<String, Object> claim(UUID cadre, double hours) {
        Map<String, Object> body = new HashMap<>();
        body.put("cadreId", cadre.toString());
        body.put("title", "清华大学公共管理学院专题讲座");
        body.put("capabilities", List.of("LEARNING"));
        body.put("hours", hours);
        body.put("offJobDays", 2);
        body.put("completedOn", TestClock.today().toString());
        body.put("provider", "清华大学");
        body.put("evidence", "结业证书 QH-2026-118");
        return body;
    }

    @Test
    void aClaimCountsNothingUntilHrAcceptsItsEvidenceThenItIsARecordAndAnEvent() {
        UUID cadre = roster.freshCadre();
        String me = Logins.cadre(cadre, TestRoster.GUANGZHOU);
        KafkaCompanion kafka = KafkaBroker.shared().companion();
        var records = kafka.consumeStrings().fromTopics("training.records");
        try {
            String id = given().auth().oauth2(me).contentType(ContentType.JSON).body(claim(cadre, 12))
                    .post("/api/training/claims").then().statusCode(201).body("status", equalTo("PENDING"))
                    .body("submittedBy", equalTo("cadre-" + cadre)).extract().path("id");
            // pending: nothing counts
            given().auth().oauth2(Logins.hrGuangdong()).queryParam("cadreId", cadre.toString()).get("/api/training/records")
                    .then().statusCode(200).body("items.size()", equalTo(0)).body("total", equalTo(0));
            yearHours(cadre, 0);
            // the cadre cannot accept its own claim
            given().auth().oauth2(me).contentType(ContentType.JSON).body(Map.of()).post("/api/training/claims/" + id + "/accept")
                    .then().statusCode(403);
            given().auth().oauth2(Logins.hrGuangdong()).queryParam("status", "PENDING").queryParam("size", 200)
                    .get("/api/training/claims").then().statusCode(200).body("items.id", hasItem(id));

            given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of("note", "证书核验无误"))
                    .post("/api/training/claims/" + id + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"))
                    .body("decidedBy", equalTo("hr-guangdong"));
            given().auth().oauth2(Logins.hrGuangdong()).queryParam("cadreId", cadre.toString()).get("/api/training/records")
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].hours", equalTo(12.0f))
                    .body("items[0].source", equalTo("EXTERNAL")).body("items[0].enteredBy", equalTo("hr-guangdong"));
            yearHours(cadre, 12);
            given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                    .post("/api/training/claims/" + id + "/reject").then().statusCode(409);
            given().auth().oauth2(Logins.hrGuangdong()).get("/api/training/claims/" + id + "/audit").then().statusCode(200)
                    .body("size()", equalTo(2)).body("[1].actor", equalTo("hr-guangdong"));

            await().atMost(Duration.ofSeconds(60)).until(() -> records.getRecords().stream()
                    .anyMatch(r -> r.key().equals(cadre.toString()) && r.value().contains(TrainingEvents.TRAINING_COMPLETED.type())));
            records.stop();
            records.getRecords().stream().filter(r -> r.key().equals(cadre.toString()))
                    .forEach(r -> assertEquals(List.of(), EventSchemas.violations(r.value())));
        } finally {
            kafka.close();
        }
    }

    @Test
    void aRejectedClaimCountsNothingAndKeepsItsReason() {
        UUID cadre = roster.freshCadre();
        String me = Logins.cadre(cadre, TestRoster.GUANGZHOU);
        String id = given().auth().oauth2(me).contentType(ContentType.JSON).body(claim(cadre, 8))
                .post("/api/training/claims").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/training/claims/" + id + "/reject").then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of("reason", "证书无法核验"))
                .post("/api/training/claims/" + id + "/reject").then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("decisionNote", equalTo("证书无法核验"));
        yearHours(cadre, 0);
        given().auth().oauth2(me).get("/api/training/claims").then().statusCode(200)
                .body("items.id", equalTo(List.of(id))).body("items[0].status", equalTo("REJECTED"));
    }

    @Test
    void claimsStayWithinScopeAndNeedEvidence() {
        UUID cadre = roster.freshCadre();
        UUID other = roster.freshCadre();
        String me = Logins.cadre(cadre, TestRoster.GUANGZHOU);
        Map<String, Object> body = claim(cadre, 4);
        body.remove("evidence");
        body.put("completedOn", TestClock.today().plusDays(1).toString());
        given().auth().oauth2(me).contentType(ContentType.JSON).body(body).post("/api/training/claims").then()
                .statusCode(400).body("violations.field", hasItem("evidence")).body("violations.field", hasItem("completedOn"));
        // not for another cadre
        given().auth().oauth2(me).contentType(ContentType.JSON).body(claim(other, 4)).post("/api/training/claims").then()
                .statusCode(400).body("violations.field", hasItem("cadreId"));
        String id = given().auth().oauth2(me).contentType(ContentType.JSON).body(claim(cadre, 4))
                .post("/api/training/claims").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Logins.cadre(other, TestRoster.GUANGZHOU)).get("/api/training/claims/" + id).then().statusCode(404);
        given().auth().oauth2(Logins.cadre(other, TestRoster.GUANGZHOU)).get("/api/training/claims?size=200").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        String hrBeijing = Tokens.hr("hr-beijing", TestRoster.BEIJING);
        given().auth().oauth2(hrBeijing).get("/api/training/claims/" + id).then().statusCode(404);
        given().auth().oauth2(hrBeijing).contentType(ContentType.JSON).body(Map.of())
                .post("/api/training/claims/" + id + "/accept").then().statusCode(404);
        given().auth().oauth2(hrBeijing).get("/api/training/claims?size=200").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void nobodyEntersOrAcceptsTheirOwnHours() {
        UUID cadre = roster.freshCadre();
        String hrWhoIsTheCadre = Tokens.token("hr-own-hours-" + cadre.toString().substring(0, 8), java.util.Set.of("hr"),
                TestRoster.GUANGDONG, cadre);
        Map<String, Object> record = new HashMap<>(claim(cadre, 30));
        given().auth().oauth2(hrWhoIsTheCadre).contentType(ContentType.JSON).body(record).post("/api/training/records")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/own-record"))
                .body("detail", org.hamcrest.Matchers.containsString("enter training hours"));
        // claiming for oneself is what claims are for; deciding on the claim is someone else's
        String id = given().auth().oauth2(hrWhoIsTheCadre).contentType(ContentType.JSON).body(claim(cadre, 6))
                .post("/api/training/claims").then().statusCode(201).extract().path("id");
        given().auth().oauth2(hrWhoIsTheCadre).contentType(ContentType.JSON).body(Map.of())
                .post("/api/training/claims/" + id + "/accept").then().statusCode(403)
                .body("type", equalTo("https://benling.org/problems/own-record"));
        given().auth().oauth2(hrWhoIsTheCadre).contentType(ContentType.JSON).body(Map.of("reason", "重复"))
                .post("/api/training/claims/" + id + "/reject").then().statusCode(403);
        yearHours(cadre, 0);
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/training/claims/" + id + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    /** The hours of this year the compliance check counts for the cadre. */
    private static void yearHours(UUID cadre, double hours) {
        assertEquals(hours, given().auth().oauth2(Logins.hrGuangdong()).get("/api/training/compliance/cadres/" + cadre).then()
                .statusCode(200).extract().jsonPath().getDouble("totals.yearHours"));
    }
}
