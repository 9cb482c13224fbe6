package org.benling.inspection.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.events.EventSchemas;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.inspection.TestRoster;
import org.benling.inspection.service.CatalogueMigration;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeasureFlowTest {

    @Inject TestRoster roster;
    @Inject EntityManager em;
    @Inject CatalogueMigration migration;

    @BeforeEach
    void setUp() {
        roster.load();
    }

    static String apply(UUID cadre, String type, LocalDate on) {
        return given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON)
                .body(Map.of("cadreId", cadre, "type", type, "appliedOn", on.toString(), "reason", "违反中央八项规定精神"))
                .post("/api/inspection/measures").then().statusCode(201).extract().path("id");
    }

    @Test
    void aMeasureIsAppliedWithItsInfluencePeriodAndRevokedWithItsEvents() {
        KafkaCompanion kafka = KafkaBroker.shared().companion();
        var topic = kafka.consumeStrings().fromTopics("inspection.supervision");
        try {
            LocalDate on = TestClock.today().minusDays(3);
            String id = given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON)
                    .body(Map.of("cadreId", TestRoster.LI, "type", "WARNING", "appliedOn", on.toString(), "reason", "违规收受礼品"))
                    .post("/api/inspection/measures").then().statusCode(201)
                    .body("form", equalTo(2)).body("typeName", equalTo("警告"))
                    .body("influenceUntil", equalTo(on.plusMonths(6).minusDays(1).toString()))
                    .body("status", equalTo("IN_FORCE")).body("hasInfluence", equalTo(true)).extract().path("id");
            given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(Map.of("reason", " "))
                    .post("/api/inspection/measures/" + id + "/revoke").then().statusCode(400);
            given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(Map.of("reason", "经复查，事实不成立"))
                    .post("/api/inspection/measures/" + id + "/revoke").then().statusCode(200)
                    .body("status", equalTo("REVOKED")).body("liftReason", equalTo("经复查，事实不成立"));
            given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                    .post("/api/inspection/measures/" + id + "/revoke").then().statusCode(409);
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.getRecords().stream()
                    .filter(r -> r.value().contains(id)).count() == 2);
            topic.stop();
            var mine = topic.getRecords().stream().filter(r -> r.value().contains(id)).toList();
            assertEquals(TestRoster.LI.toString(), mine.get(0).key());
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
        String id = apply(TestRoster.ZHAO, "ADMONISHMENT", TestClock.today().minusDays(1));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/inspection/measures").then().statusCode(403);
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/inspection/measures/" + id).then().statusCode(403);
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("cadreId", TestRoster.ZHAO, "type", "WARNING", "appliedOn", TestClock.today().toString(), "reason", "x"))
                .post("/api/inspection/measures").then().statusCode(403);
        given().auth().oauth2(Logins.cadre(TestRoster.ZHAO, TestRoster.GUANGZHOU)).get("/api/inspection/measures").then()
                .statusCode(200).body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(Logins.cadre(TestRoster.LI, TestRoster.GUANGZHOU)).get("/api/inspection/measures/" + id).then()
                .statusCode(404);
        given().auth().oauth2(Logins.inspectorBeijing()).get("/api/inspection/measures/" + id).then().statusCode(404);
        given().auth().oauth2(Logins.inspectorBeijing()).get("/api/inspection/measures?size=200").then()
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(Logins.inspectorGuangdong()).get("/api/inspection/measures/" + id).then().statusCode(200);
        given().auth().oauth2(Logins.leader()).get("/api/inspection/measures?form=2&size=200").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(Logins.inspectorBeijing()).contentType(ContentType.JSON)
                .body(Map.of("cadreId", TestRoster.ZHAO, "type", "WARNING", "appliedOn", TestClock.today().toString(), "reason", "x"))
                .post("/api/inspection/measures").then().statusCode(400).body("violations.field", hasItem("cadreId"));
        given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON)
                .body(Map.of("type", "SCOLDING", "appliedOn", TestClock.today().toString())).post("/api/inspection/measures")
                .then().statusCode(400);
        given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON)
                .body(Map.of("cadreId", TestRoster.ZHAO, "appliedOn", TestClock.today().plusDays(2).toString()))
                .post("/api/inspection/measures").then().statusCode(400)
                .body("violations.field", hasItems("type", "appliedOn", "reason"));
        given().auth().oauth2(Logins.inspector()).get("/api/inspection/measures?form=5").then().statusCode(400)
                .body("violations.field", hasItems("form"));
    }

    @Test
    void everyReadOfAMeasureIsLoggedWithWhoWhenAndWhichCadreAndOnlyAdminsReadTheLog() {
        UUID cadre = roster.cadre("IR" + UUID.randomUUID().toString().substring(0, 6));
        String id = apply(cadre, "ADMONISHMENT", TestClock.today().minusDays(1));
        String reader = "inspector-reads-" + UUID.randomUUID().toString().substring(0, 8);
        String token = org.benling.testing.Tokens.token(reader, java.util.Set.of("inspector"), TestRoster.BUREAU, null);
        given().auth().oauth2(token).get("/api/inspection/measures/" + id).then().statusCode(200);
        given().auth().oauth2(token).get("/api/inspection/measures/" + id + "/audit").then().statusCode(200);
        given().auth().oauth2(token).queryParam("cadreId", cadre.toString()).get("/api/inspection/measures")
                .then().statusCode(200).body("items.id", hasItem(id));

        var log = given().auth().oauth2(Logins.admin()).queryParam("reader", reader).queryParam("size", 200)
                .get("/api/inspection/measures/reads").then().statusCode(200).extract().jsonPath();
        List<String> what = log.getList("items.what");
        assertTrue(what.containsAll(List.of("detail", "audit", "list")), what.toString());
        assertTrue(log.getList("items.cadreId").stream().allMatch(cadre.toString()::equals));
        assertTrue(log.getList("items.measureId").contains(id));
        assertEquals("inspector", log.getString("items[0].roles"));
        assertTrue(log.getList("items.requestId").stream().allMatch(r -> r != null));
        given().auth().oauth2(Logins.admin()).queryParam("cadreId", cadre.toString()).queryParam("sort", "readAt,desc")
                .get("/api/inspection/measures/reads").then().statusCode(200).body("total", greaterThan(2));

        given().auth().oauth2(token).get("/api/inspection/measures/reads").then().statusCode(403);
        given().auth().oauth2(Logins.leader()).get("/api/inspection/measures/reads").then().statusCode(403);
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/inspection/measures/reads").then().statusCode(403);
        given().auth().oauth2(Logins.admin()).queryParam("sort", "measureId").get("/api/inspection/measures/reads").then()
                .statusCode(400);
    }

    @Test
    void aTalkReminderHasNoInfluenceAndAnExpiredMeasureIsLiftedByTheDailyRun() {
        io.restassured.path.json.JsonPath before = distribution();
        UUID cadre = roster.cadre("TALK" + System.nanoTime() % 100_000_000);
        String talk = apply(cadre, "TALK_REMINDER", TestClock.today());
        given().auth().oauth2(Logins.inspector()).get("/api/inspection/measures/" + talk).then()
                .body("form", equalTo(1)).body("hasInfluence", equalTo(false))
                .body("influenceUntil", equalTo(TestClock.today().minusDays(1).toString()));
        LocalDate sevenMonthsAgo = TestClock.today().minusMonths(7);
        String old = apply(cadre, "WARNING", sevenMonthsAgo);
        given().auth().oauth2(Logins.admin()).post("/api/inspection/daily-run").then().statusCode(200)
                .body("expiredMeasures", greaterThan(0));
        given().auth().oauth2(Logins.inspector()).get("/api/inspection/measures/" + old).then()
                .body("status", equalTo("EXPIRED"))
                .body("liftedOn", equalTo(sevenMonthsAgo.plusMonths(6).toString()));
        // the term's distribution counts both: the talk reminder in form 1, the warning in form 2 when it was
        // applied within the term
        io.restassured.path.json.JsonPath after = distribution();
        int inTerm = sevenMonthsAgo.isBefore(LocalDate.parse(after.getString("termFirst"))) ? 0 : 1;
        assertEquals(before.getInt("total.form1") + 1, after.getInt("total.form1"));
        assertEquals(before.getInt("total.form2") + inTerm, after.getInt("total.form2"));
        assertTrue(after.getList("units.name").contains("广州市邮政管理局"), after.prettify());
        given().auth().oauth2(Logins.inspector()).get("/api/inspection/measures/" + old + "/audit").then().statusCode(200)
                .body("size()", equalTo(2));
    }

    @Test
    void aCaseRunsUntilItIsConcludedAndThePenaltyOfItsConclusionIsAMeasureOfItsOwn() {
        KafkaCompanion kafka = KafkaBroker.shared().companion();
        var topic = kafka.consumeStrings().fromTopics("inspection.supervision");
        try {
            UUID cadre = roster.cadre("CASE" + System.nanoTime() % 100_000_000);
            LocalDate filedOn = TestClock.today().minusDays(40);
            String filed = apply(cadre, "CASE_FILED", filedOn);
            given().auth().oauth2(Logins.inspector()).get("/api/inspection/measures/" + filed).then()
                    .body("form", equalTo(4)).body("family", equalTo("CASE")).body("openEnded", equalTo(true))
                    .body("influence", equalTo("until-concluded")).body("influenceUntil", nullValue())
                    .body("annualEffects[0].effect", equalTo("PENDING"));
            given().auth().oauth2(Logins.admin()).post("/api/inspection/daily-run").then().statusCode(200);
            given().auth().oauth2(Logins.inspector()).get("/api/inspection/measures/" + filed).then()
                    .body("status", equalTo("IN_FORCE"));
            // refused: before the filing, a case as the outcome, a form the outcome may not take, no reason
            conclude(filed, Map.of("concludedOn", filedOn.minusDays(1).toString(), "reason", "x")).statusCode(400)
                    .body("violations.field", hasItem("concludedOn"));
            conclude(filed, Map.of("concludedOn", TestClock.today().toString(), "outcome", "CASE_FILED", "reason", "x"))
                    .statusCode(400).body("violations.field", hasItem("outcome"));
            conclude(filed, Map.of("concludedOn", TestClock.today().toString(), "outcome", "PARTY_WARNING", "form", 3,
                    "reason", "x")).statusCode(400).body("violations.field", hasItem("form"));
            conclude(filed, Map.of("concludedOn", TestClock.today().plusDays(1).toString(), "reason", " ")).statusCode(400)
                    .body("violations.field", hasItems("concludedOn", "reason"));
            List<Map<String, Object>> done = conclude(filed, Map.of("concludedOn", TestClock.today().toString(),
                    "outcome", "PARTY_WARNING", "reason", "给予党内警告处分")).statusCode(200).extract().path("$");
            assertEquals(2, done.size());
            assertEquals("CONCLUDED", done.get(0).get("status"));
            assertEquals("PARTY_WARNING", done.get(0).get("outcome"));
            assertEquals("党内警告", done.get(1).get("typeName"));
            assertEquals(filed, done.get(1).get("caseId"));
            assertEquals(TestClock.today().plusMonths(12).minusDays(1).toString(), done.get(1).get("influenceUntil"));
            String penalty = (String) done.get(1).get("id");
            conclude(filed, Map.of("concludedOn", TestClock.today().toString(), "reason", "again")).statusCode(409);
            conclude(penalty, Map.of("concludedOn", TestClock.today().toString(), "reason", "x")).statusCode(409)
                    .body("type", containsString("measure-not-pending"));
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.getRecords().stream()
                    .filter(r -> r.value().contains(filed)).count() == 3);
            topic.stop();
            var mine = topic.getRecords().stream().filter(r -> r.value().contains(filed)).map(r -> r.value()).toList();
            mine.forEach(r -> assertEquals(List.of(), EventSchemas.violations(r)));
            assertTrue(mine.get(0).contains(InspectionEvents.MEASURE_APPLIED.type()) && mine.get(0).contains("\"influenceUntil\":null")
                    && mine.get(0).contains("\"influence\":\"until-concluded\""), mine.get(0));
            assertTrue(mine.get(1).contains("\"reason\":\"CONCLUDED\"") && mine.get(1).contains("\"outcome\":\"PARTY_WARNING\"")
                    && mine.get(1).contains("\"outcomeEffect\":\"NO_EXCELLENT\""), mine.get(1));
            assertTrue(mine.get(2).contains("\"caseId\":\"" + filed + "\"") && mine.get(2).contains("\"type\":\"PARTY_WARNING\"")
                    && mine.get(2).contains("\"effects\":[\"NO_EXCELLENT\"]"), mine.get(2));
        } finally {
            kafka.close();
        }
    }

    @Test
    void theCatalogueGroupsEveryTypeWithWhatItDoesAndTheFormIsChosenWhereTheTypeMayTakeTwo() {
        given().auth().oauth2(Logins.inspector()).get("/api/inspection/measures/catalogue").then().statusCode(200)
                .body("size()", equalTo(21))
                .body("find { it.type == 'MAJOR_DEMERIT' }.effects", equalTo(List.of("UNGRADED", "UNGRADED")))
                .body("find { it.type == 'MAJOR_DEMERIT' }.familyName", equalTo("政务处分"))
                .body("find { it.type == 'PARTY_EXPULSION' }.influence", equalTo("permanent"))
                .body("find { it.type == 'DISMISSAL' }.forms", equalTo(List.of(2, 3)));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/inspection/measures/catalogue").then().statusCode(403);
        UUID cadre = roster.cadre("FORM" + System.nanoTime() % 100_000_000);
        LocalDate on = TestClock.today().minusDays(2);
        given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON)
                .body(Map.of("cadreId", cadre, "type", "DISMISSAL", "form", 3, "appliedOn", on.toString(), "reason", "失职失责"))
                .post("/api/inspection/measures").then().statusCode(201).body("form", equalTo(3))
                .body("familyName", equalTo("组织处理")).body("annualEffects[0].year", equalTo(on.getYear()))
                .body("annualEffects[0].effectName", equalTo("不定等次"));
        given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON)
                .body(Map.of("cadreId", cadre, "type", "WARNING", "form", 3, "appliedOn", on.toString(), "reason", "x"))
                .post("/api/inspection/measures").then().statusCode(400).body("violations.field", equalTo(List.of("form")));
        given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON)
                .body(Map.of("cadreId", cadre, "type", "PARTY_EXPULSION", "appliedOn", on.toString(), "reason", "严重违纪"))
                .post("/api/inspection/measures").then().statusCode(201).body("form", equalTo(3))
                .body("influenceUntil", nullValue()).body("openEnded", equalTo(false))
                .body("annualEffects.effect", equalTo(List.of("INCOMPETENT", "UNGRADED", "UNGRADED")));
    }

    @Test
    void measuresOfBeforeTheCatalogueAreMappedOntoItAndSentAgain() {
        KafkaCompanion kafka = KafkaBroker.shared().companion();
        var topic = kafka.consumeStrings().fromTopics("inspection.supervision");
        try {
            UUID cadre = roster.cadre("OLD" + System.nanoTime() % 100_000_000);
            LocalDate on = TestClock.today().minusMonths(3);
            UUID oldCase = legacy(cadre, "CASE_FILED", 4, on, on.plusMonths(24).minusDays(1));
            UUID oldMajor = legacy(cadre, "MAJOR_DEMERIT", 2, on, on.plusMonths(18).minusDays(1));
            assertTrue(migration.migrate() >= 2);
            given().auth().oauth2(Logins.inspector()).get("/api/inspection/measures/" + oldCase).then()
                    .body("influence", equalTo("until-concluded")).body("influenceUntil", nullValue())
                    .body("status", equalTo("IN_FORCE"));
            given().auth().oauth2(Logins.inspector()).get("/api/inspection/measures/" + oldMajor).then()
                    .body("form", equalTo(3)).body("influence", equalTo("18"))
                    .body("influenceUntil", equalTo(on.plusMonths(18).minusDays(1).toString()))
                    .body("annualEffects.effect", equalTo(List.of("UNGRADED", "UNGRADED")));
            assertEquals(0, migration.migrate(), "a mapped measure is never taken again");
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.getRecords().stream()
                    .filter(r -> r.value().contains(oldCase.toString()) || r.value().contains(oldMajor.toString())).count() == 2);
            topic.stop();
            topic.getRecords().stream().filter(r -> r.value().contains(cadre.toString())).forEach(r -> {
                assertTrue(r.value().contains(InspectionEvents.MEASURE_APPLIED.type()), r.value());
                assertEquals(List.of(), EventSchemas.violations(r.value()));
            });
        } finally {
            kafka.close();
        }
    }

    private UUID legacy(UUID cadre, String type, int form, LocalDate on, LocalDate until) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO measure (id, cadre_id, unit_id, type, form, applied_on, influence_until, reason, status,
                  decided_by, decided_at)
                VALUES (:id, :cadre, :unit, :type, :form, :on, :until, '旧数据', 'IN_FORCE', 'before', now())""")
                .setParameter("id", id).setParameter("cadre", cadre).setParameter("unit", TestRoster.GUANGZHOU)
                .setParameter("type", type).setParameter("form", form).setParameter("on", on).setParameter("until", until)
                .executeUpdate());
        return id;
    }

    private static io.restassured.response.ValidatableResponse conclude(String id, Map<String, Object> body) {
        return given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(body)
                .post("/api/inspection/measures/" + id + "/conclude").then();
    }

    private static io.restassured.path.json.JsonPath distribution() {
        return given().auth().oauth2(Logins.leader()).queryParam("unitId", TestRoster.GUANGDONG.toString())
                .get("/api/inspection/measures/distribution").then().statusCode(200).extract().jsonPath();
    }
}
