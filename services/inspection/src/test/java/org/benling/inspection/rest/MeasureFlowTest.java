package org.benling.inspection.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.events.EventSchemas;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.inspection.World;
import org.benling.testing.KafkaBroker;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeasureFlowTest {

    @Inject
    World world;

    @BeforeEach
    void setUp() {
        world.load();
    }

    static String apply(UUID cadre, String type, LocalDate on) {
        return given().auth().oauth2(World.inspector()).contentType(ContentType.JSON)
                .body(Map.of("cadreId", cadre, "type", type, "appliedOn", on.toString(), "reason", "违反中央八项规定精神"))
                .post("/api/inspection/measures").then().statusCode(201).extract().path("id");
    }

    @Test
    void aMeasureIsAppliedWithItsInfluencePeriodAndRevokedWithItsEvents() {
        KafkaCompanion kafka = new KafkaCompanion(KafkaBroker.shared().bootstrapServers());
        var topic = kafka.consumeStrings().fromTopics("inspection.supervision");
        try {
            LocalDate on = TestClock.today().minusDays(3);
            String id = given().auth().oauth2(World.inspector()).contentType(ContentType.JSON)
                    .body(Map.of("cadreId", World.LI, "type", "WARNING", "appliedOn", on.toString(), "reason", "违规收受礼品"))
                    .post("/api/inspection/measures").then().statusCode(201)
                    .body("form", equalTo(2)).body("typeName", equalTo("警告"))
                    .body("influenceUntil", equalTo(on.plusMonths(6).minusDays(1).toString()))
                    .body("status", equalTo("IN_FORCE")).body("hasInfluence", equalTo(true)).extract().path("id");
            given().auth().oauth2(World.inspector()).contentType(ContentType.JSON).body(Map.of("reason", " "))
                    .post("/api/inspection/measures/" + id + "/revoke").then().statusCode(400);
            given().auth().oauth2(World.inspector()).contentType(ContentType.JSON).body(Map.of("reason", "经复查，事实不成立"))
                    .post("/api/inspection/measures/" + id + "/revoke").then().statusCode(200)
                    .body("status", equalTo("REVOKED")).body("liftReason", equalTo("经复查，事实不成立"));
            given().auth().oauth2(World.inspector()).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                    .post("/api/inspection/measures/" + id + "/revoke").then().statusCode(409);
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.getRecords().stream()
                    .filter(r -> r.value().contains(id)).count() == 2);
            topic.stop();
            var mine = topic.getRecords().stream().filter(r -> r.value().contains(id)).toList();
            assertEquals(World.LI.toString(), mine.get(0).key());
            assertTrue(mine.get(0).value().contains(InspectionEvents.MEASURE_APPLIED.type())
                    && mine.get(0).value().contains("警告"));
            assertTrue(mine.get(1).value().contains(InspectionEvents.MEASURE_LIFTED.type())
                    && mine.get(1).value().contains("\"reason\":\"REVOKED\""));
            mine.forEach(r -> assertEquals(List.of(), EventSchemas.violations(r.value())));
        } finally {
            kafka.close();
        }
    }

    @Test
    void measuresAreRestrictedHrSeesNothingTheCadreOnlyTheOwn() {
        String id = apply(World.ZHAO, "ADMONISHMENT", TestClock.today().minusDays(1));
        given().auth().oauth2(World.hrGuangdong()).get("/api/inspection/measures").then().statusCode(403);
        given().auth().oauth2(World.hrGuangdong()).get("/api/inspection/measures/" + id).then().statusCode(403);
        given().auth().oauth2(World.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("cadreId", World.ZHAO, "type", "WARNING", "appliedOn", TestClock.today().toString(), "reason", "x"))
                .post("/api/inspection/measures").then().statusCode(403);
        given().auth().oauth2(World.cadre(World.ZHAO, World.GUANGZHOU)).get("/api/inspection/measures").then()
                .statusCode(200).body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(World.cadre(World.LI, World.GUANGZHOU)).get("/api/inspection/measures/" + id).then()
                .statusCode(404);
        given().auth().oauth2(World.inspectorBeijing()).get("/api/inspection/measures/" + id).then().statusCode(404);
        given().auth().oauth2(World.inspectorBeijing()).get("/api/inspection/measures?size=200").then()
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(World.inspectorGuangdong()).get("/api/inspection/measures/" + id).then().statusCode(200);
        given().auth().oauth2(World.leader()).get("/api/inspection/measures?form=2&size=200").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(World.inspectorBeijing()).contentType(ContentType.JSON)
                .body(Map.of("cadreId", World.ZHAO, "type", "WARNING", "appliedOn", TestClock.today().toString(), "reason", "x"))
                .post("/api/inspection/measures").then().statusCode(400).body("violations.field", hasItem("cadreId"));
        given().auth().oauth2(World.inspector()).contentType(ContentType.JSON)
                .body(Map.of("type", "SCOLDING", "appliedOn", TestClock.today().toString())).post("/api/inspection/measures")
                .then().statusCode(400);
        given().auth().oauth2(World.inspector()).contentType(ContentType.JSON)
                .body(Map.of("cadreId", World.ZHAO, "appliedOn", TestClock.today().plusDays(2).toString()))
                .post("/api/inspection/measures").then().statusCode(400)
                .body("violations.field", hasItems("type", "appliedOn", "reason"));
        given().auth().oauth2(World.inspector()).get("/api/inspection/measures?form=5").then().statusCode(400);
    }

    @Test
    void aTalkReminderHasNoInfluenceAndAnExpiredMeasureIsLiftedByTheDailyRun() {
        io.restassured.path.json.JsonPath before = distribution();
        UUID cadre = world.cadre("TALK" + System.nanoTime() % 100_000_000);
        String talk = apply(cadre, "TALK_REMINDER", TestClock.today());
        given().auth().oauth2(World.inspector()).get("/api/inspection/measures/" + talk).then()
                .body("form", equalTo(1)).body("hasInfluence", equalTo(false))
                .body("influenceUntil", equalTo(TestClock.today().minusDays(1).toString()));
        LocalDate sevenMonthsAgo = TestClock.today().minusMonths(7);
        String old = apply(cadre, "WARNING", sevenMonthsAgo);
        given().auth().oauth2(World.admin()).post("/api/inspection/daily-run").then().statusCode(200)
                .body("expiredMeasures", greaterThan(0));
        given().auth().oauth2(World.inspector()).get("/api/inspection/measures/" + old).then()
                .body("status", equalTo("EXPIRED"))
                .body("liftedOn", equalTo(sevenMonthsAgo.plusMonths(6).toString()));
        // the term's distribution counts both: the talk reminder in form 1, the warning in form 2 when it was
        // applied within the term
        io.restassured.path.json.JsonPath after = distribution();
        int inTerm = sevenMonthsAgo.isBefore(LocalDate.parse(after.getString("termFirst"))) ? 0 : 1;
        assertEquals(before.getInt("total.form1") + 1, after.getInt("total.form1"));
        assertEquals(before.getInt("total.form2") + inTerm, after.getInt("total.form2"));
        assertTrue(after.getList("units.name").contains("广州市邮政管理局"), after.prettify());
        given().auth().oauth2(World.inspector()).get("/api/inspection/measures/" + old + "/audit").then().statusCode(200)
                .body("size()", equalTo(2));
    }

    private static io.restassured.path.json.JsonPath distribution() {
        return given().auth().oauth2(World.leader()).queryParam("unitId", World.GUANGDONG.toString())
                .get("/api/inspection/measures/distribution").then().statusCode(200).extract().jsonPath();
    }
}
