package org.benling.inspection.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.inspection.TestRoster;
import org.benling.inspection.domain.rules.SpotCheckSample;
import org.benling.inspection.service.PersonalReportSeason;
import org.benling.testing.Bureau;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 个人有关事项报告: the cadre files the yearly report and changes; HR sees who filed, never what; the content is read by
 * the entitled and every read logged; the yearly draw is reproducible from what it publishes; a check concludes with
 * the measure the result brings.
 */
@QuarkusTest
class PersonalMattersFlowTest {

    @Inject TestRoster roster;
    @Inject PersonalReportSeason season;

    @BeforeEach
    void setUp() {
        roster.load();
    }

    static Map<String, Object> content(String spouseEmployer) {
        return Map.of("maritalStatus", "MARRIED",
                "family", List.of(Map.of("relation", "SPOUSE", "name", "林红", "employer", spouseEmployer, "post", "教师",
                        "livesAbroad", false)),
                "passports", List.of(Map.of("kind", "PASSPORT", "number", "E12345678",
                        "expiresOn", TestClock.today().plusYears(5).toString())),
                "tripsAbroad", List.of(),
                "income", Map.of("salary", "186000.00", "other", "12000", "note", "讲课费"),
                "properties", List.of(Map.of("address", "广州市天河区某小区 3 栋", "areaSqm", "98.5", "owner", "本人与配偶")),
                "investments", List.of(Map.of("kind", "FUND", "description", "货币基金", "amount", "50000")));
    }

    static String file(String token, int year, Map<String, Object> content) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("content", content))
                .put("/api/inspection/personal-reports/mine/" + year).then().statusCode(200).extract().path("id");
    }

    @Test
    void theCadreFilesTheYearlyReportAndHrSeesThatItWasFiledButNeverWhatItSays() {
        UUID cadre = roster.cadre("PM0001");
        String me = Logins.cadre(cadre, TestRoster.GUANGZHOU);
        int year = TestClock.today().getYear();
        boolean late = TestClock.today().isAfter(LocalDate.of(year, 1, 31));

        given().auth().oauth2(me).get("/api/inspection/personal-reports/mine").then().statusCode(200)
                .body("year", equalTo(year)).body("annualDue", equalTo(year + "-01-31")).body("annual", nullValue())
                .body("changeDays", equalTo(30));
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("q", "PM0001")
                .get("/api/inspection/personal-reports/filings").then().statusCode(200)
                .body("items[0].status", equalTo("MISSING")).body("items[0].reportId", nullValue());

        // bad content: each offending field named, nothing kept
        given().auth().oauth2(me).contentType(ContentType.JSON)
                .body(Map.of("content", Map.of("maritalStatus", "MARRIED", "family", List.of(Map.of("relation", "SPOUSE",
                        "name", " ", "livesAbroad", false)), "passports", List.of(), "tripsAbroad", List.of(),
                        "income", Map.of("salary", "-1", "other", "0"), "properties", List.of(), "investments", List.of())))
                .put("/api/inspection/personal-reports/mine/" + year).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("content.family[0].name", "content.income.salary"));
        given().auth().oauth2(me).contentType(ContentType.JSON).body(Map.of("content", content("广州市某中学")))
                .put("/api/inspection/personal-reports/mine/" + (year - 1)).then().statusCode(400)
                .body("violations.field", hasItem("year"));
        // a NUL in a text PostgreSQL cannot keep: refused, not a failure
        given().auth().oauth2(me).contentType(ContentType.JSON).body(Map.of("content", content("某\u0000单位")))
                .put("/api/inspection/personal-reports/mine/" + year).then().statusCode(400)
                .contentType("application/problem+json");

        String id = given().auth().oauth2(me).contentType(ContentType.JSON).body(Map.of("content", content("广州市某中学")))
                .put("/api/inspection/personal-reports/mine/" + year).then().statusCode(200)
                .body("kind", equalTo("ANNUAL")).body("late", equalTo(late)).body("underCheck", equalTo(false))
                .body("content.family[0].employer", equalTo("广州市某中学")).extract().path("id");
        // corrected with the version read; a stale version is refused
        given().auth().oauth2(me).contentType(ContentType.JSON).body(Map.of("content", content("广州市某小学"), "version", 0))
                .put("/api/inspection/personal-reports/mine/" + year).then().statusCode(200)
                .body("id", equalTo(id)).body("content.family[0].employer", equalTo("广州市某小学"));
        given().auth().oauth2(me).contentType(ContentType.JSON).body(Map.of("content", content("x"), "version", 0))
                .put("/api/inspection/personal-reports/mine/" + year).then().statusCode(409);

        // HR: filed (late or not), never the content
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("q", "PM0001")
                .get("/api/inspection/personal-reports/filings").then().statusCode(200)
                .body("items[0].status", equalTo(late ? "LATE" : "FILED")).body("items[0].reportId", equalTo(id))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("content")));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/inspection/personal-reports/" + id).then().statusCode(403);
        given().auth().oauth2(Logins.hrBeijing()).queryParam("q", "PM0001")
                .get("/api/inspection/personal-reports/filings").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Logins.cadre(TestRoster.LI, TestRoster.GUANGZHOU))
                .get("/api/inspection/personal-reports/" + id).then().statusCode(404);

        // the inspector in scope reads it, and the read is logged
        given().auth().oauth2(Logins.inspectorGuangdong()).get("/api/inspection/personal-reports/" + id).then()
                .statusCode(200).body("content.properties[0].areaSqm", equalTo(98.5f));
        given().auth().oauth2(Logins.inspectorBeijing()).get("/api/inspection/personal-reports/" + id).then()
                .statusCode(404);
        given().auth().oauth2(Logins.admin()).queryParam("cadreId", cadre).get("/api/inspection/measures/reads").then()
                .statusCode(200).body("items.what", hasItem("personal-report"));

        // a change: not one to come; one reported after 30 days is kept, marked late
        given().auth().oauth2(me).contentType(ContentType.JSON).body(Map.of("changeKind", "MARRIAGE",
                "changedOn", TestClock.today().plusDays(1).toString(), "content", content("广州市某小学")))
                .post("/api/inspection/personal-reports/mine/changes").then().statusCode(400)
                .body("violations.field", hasItem("changedOn"));
        given().auth().oauth2(me).contentType(ContentType.JSON).body(Map.of("changeKind", "FAMILY_ABROAD",
                "changedOn", TestClock.today().minusDays(40).toString(), "content", content("广州市某小学")))
                .post("/api/inspection/personal-reports/mine/changes").then().statusCode(201)
                .body("kind", equalTo("CHANGE")).body("late", equalTo(true))
                .body("dueOn", equalTo(TestClock.today().minusDays(10).toString()));
        given().auth().oauth2(me).get("/api/inspection/personal-reports/mine").then().statusCode(200)
                .body("annual.id", equalTo(id)).body("earlier.kind", equalTo(List.of("CHANGE")));
    }

    @Test
    void theDrawIsReproducibleFromWhatItPublishesAndEachCheckConcludesWithItsMeasure() {
        UUID province = roster.province("PMD", 1);
        UUID city = Bureau.unitId("PMD-1");
        int year = TestClock.today().getYear();
        given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON)
                .body(Map.of("year", year, "unitId", province, "seed", "lottery-1"))
                .post("/api/inspection/spot-check-draws").then().statusCode(422)
                .body("type", containsString("no-reporters"));
        List<UUID> reporters = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            UUID cadre = roster.cadreIn("PMD" + String.format("%03d", i), city);
            file(Logins.cadre(cadre, city), year, content("单位" + i));
            reporters.add(cadre);
        }
        roster.cadreIn("PMD100", city); // filed nothing: not a reporter

        JsonPath draw = given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON)
                .body(Map.of("year", year, "unitId", province, "seed", "lottery-2026"))
                .post("/api/inspection/spot-check-draws").then().statusCode(201)
                .body("reporterCount", equalTo(12)).body("sample.size()", equalTo(2)).body("seed", equalTo("lottery-2026"))
                .body("recipe", containsString("SHA-256")).extract().jsonPath();
        SpotCheckSample.Draw again = SpotCheckSample.draw("lottery-2026", reporters, new BigDecimal("0.10"));
        assertEquals(again.listDigest(), draw.getString("listDigest"));
        assertEquals(again.reporters().stream().map(UUID::toString).toList(), draw.getList("reporters"));
        assertEquals(again.sample().stream().map(UUID::toString).toList(), draw.getList("sample.cadreId"));
        given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON)
                .body(Map.of("year", year, "unitId", province)).post("/api/inspection/spot-check-draws").then()
                .statusCode(409).body("type", containsString("draw-exists"));
        // published: HR of the bureau sees the draw, not the checks' results
        given().auth().oauth2(Tokens.hr("hr-spb", Bureau.SPB)).queryParam("year", year)
                .get("/api/inspection/spot-check-draws").then().statusCode(200)
                .body("items.id", hasItem(draw.getString("id")));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/inspection/spot-checks").then().statusCode(403);

        // a drawn report stays as filed
        UUID first = again.sample().get(0);
        UUID second = again.sample().get(1);
        given().auth().oauth2(Logins.cadre(first, city)).contentType(ContentType.JSON)
                .body(Map.of("content", content("改过的")))
                .put("/api/inspection/personal-reports/mine/" + year).then().statusCode(409)
                .body("type", containsString("report-under-check"));

        String truthful = draw.getString("sample.find { it.cadreId == '" + first + "' }.checkId");
        String concealed = draw.getString("sample.find { it.cadreId == '" + second + "' }.checkId");
        conclude(truthful, Map.of("result", "TRUTHFUL", "measure", "ADMONISHMENT")).statusCode(400)
                .body("violations.field", hasItem("measure"));
        conclude(truthful, Map.of("result", "TRUTHFUL")).statusCode(200).body("status", equalTo("CONCLUDED"))
                .body("measureId", nullValue());
        conclude(truthful, Map.of("result", "TRUTHFUL")).statusCode(409);
        conclude(concealed, Map.of("result", "OMISSION", "measure", "WARNING")).statusCode(400)
                .body("violations.field", hasItem("measure"));

        KafkaCompanion kafka = KafkaBroker.shared().companion();
        try {
            var topic = kafka.consumeStrings().fromTopics("inspection.supervision");
            String measure = conclude(concealed, Map.of("result", "CONCEALMENT", "note", "隐瞒配偶投资"))
                    .statusCode(200).body("result", equalTo("CONCEALMENT")).body("measureType", equalTo("ADMONISHMENT"))
                    .extract().path("measureId");
            LocalDate today = TestClock.today();
            given().auth().oauth2(Logins.inspector()).get("/api/inspection/measures/" + measure).then().statusCode(200)
                    .body("influence", equalTo("12")).body("influenceUntil", equalTo(today.plusMonths(12).minusDays(1).toString()))
                    .body("reason", containsString("瞒报个人有关事项"));
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.getRecords().stream()
                    .anyMatch(r -> r.value().contains(measure)));
            topic.stop();
            var applied = topic.getRecords().stream().filter(r -> r.value().contains(measure)).toList();
            assertEquals(second.toString(), applied.get(0).key());
            assertTrue(applied.get(0).value().contains(InspectionEvents.MEASURE_APPLIED.type()), applied.get(0).value());
        } finally {
            kafka.close();
        }
        given().auth().oauth2(Logins.inspector()).queryParam("year", year).queryParam("reason", "RANDOM")
                .queryParam("size", 200).get("/api/inspection/spot-checks").then().statusCode(200)
                .body("items.findAll { it.drawId == '" + draw.getString("id") + "' }.status",
                        equalTo(List.of("CONCLUDED", "CONCLUDED")));
    }

    @Test
    void hrOpensTheMandatoryCheckOfAPromotionCandidateOnceAtATimeAndItsOpeningAndConclusionArePublished() {
        UUID cadre = roster.cadre("PM0002");
        file(Logins.cadre(cadre, TestRoster.GUANGZHOU), TestClock.today().getYear(), content("某单位"));
        KafkaCompanion kafka = KafkaBroker.shared().companion();
        try {
            var topic = kafka.consumeStrings().fromTopics("inspection.supervision");
            String check = given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                    .body(Map.of("cadreId", cadre)).post("/api/inspection/spot-checks").then().statusCode(201)
                    .body("reason", equalTo("PROMOTION")).body("status", equalTo("OPEN"))
                    .body("reportId", org.hamcrest.Matchers.notNullValue()).extract().path("id");
            given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of("cadreId", cadre))
                    .post("/api/inspection/spot-checks").then().statusCode(409).body("type", containsString("check-open"));
            given().auth().oauth2(Logins.hrBeijing()).contentType(ContentType.JSON).body(Map.of("cadreId", cadre))
                    .post("/api/inspection/spot-checks").then().statusCode(400).body("violations.field", hasItem("cadreId"));
            conclude(check, Map.of("result", "OMISSION", "measure", "CRITICISM_EDUCATION")).statusCode(200);

            // opened, then the measure 漏报 brings, then concluded: one key (the cadre), in this order
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.getRecords().stream()
                    .anyMatch(r -> r.value().contains(InspectionEvents.PROMOTION_CHECK_CONCLUDED.type())
                            && r.value().contains(check)));
            topic.stop();
            List<String> types = topic.getRecords().stream().filter(r -> r.key().equals(cadre.toString()))
                    .map(r -> JsonPath.from(r.value()).getString("type"))
                    .filter(type -> !type.equals(InspectionEvents.PERSONAL_REPORT_FILED.type())).toList();
            assertEquals(List.of(InspectionEvents.PROMOTION_CHECK_OPENED.type(), InspectionEvents.MEASURE_APPLIED.type(),
                    InspectionEvents.PROMOTION_CHECK_CONCLUDED.type()), types);
            String opened = topic.getRecords().stream().filter(r -> r.value().contains(
                    InspectionEvents.PROMOTION_CHECK_OPENED.type()) && r.value().contains(check)).findFirst().orElseThrow().value();
            assertEquals(TestClock.today().toString(), JsonPath.from(opened).getString("data.openedOn"));
            assertEquals(java.util.Set.of("checkId", "cadreId", "openedOn"),
                    JsonPath.from(opened).getMap("data").keySet(), "nothing of the report: " + opened);
        } finally {
            kafka.close();
        }
    }

    /**
     * The season (the daily run's part, called with the day: pinning the clock for the whole run would move every other
     * test's deadlines): in January every active cadre who has neither filed nor been asked is asked, once; outside the
     * season nobody; filing publishes that it was filed, never what.
     */
    @Test
    void eachCadreIsAskedOnceDuringTheSeasonAndTheFilingIsPublished() {
        int year = TestClock.today().getYear();
        UUID asked = roster.cadre("PM0003");
        UUID filer = roster.cadre("PM0004");
        KafkaCompanion kafka = KafkaBroker.shared().companion();
        try {
            var topic = kafka.consumeStrings().fromTopics("inspection.supervision");
            file(Logins.cadre(filer, TestRoster.GUANGZHOU), year, content("某单位"));
            assertEquals(0, season.ask(LocalDate.of(year - 1, 12, 31)), "before the season");
            assertTrue(season.ask(LocalDate.of(year, 1, 5)) >= 1, "at least this test's cadre");
            assertEquals(0, season.ask(LocalDate.of(year, 1, 6)), "each once");
            roster.cadre("PM0005");
            assertEquals(0, season.ask(LocalDate.of(year, 2, 1)), "after the due day: overdue, not asked");

            await().atMost(Duration.ofSeconds(60)).until(() -> topic.getRecords().stream()
                    .anyMatch(r -> r.key().equals(asked.toString())
                            && r.value().contains(InspectionEvents.PERSONAL_REPORT_REQUESTED.type())));
            topic.stop();
            var requests = topic.getRecords().stream().filter(r -> r.key().equals(asked.toString())
                    && r.value().contains(InspectionEvents.PERSONAL_REPORT_REQUESTED.type())).toList();
            assertEquals(1, requests.size(), "asked once");
            assertEquals(year + "-01-31", JsonPath.from(requests.get(0).value()).getString("data.dueOn"));
            assertEquals(year, JsonPath.from(requests.get(0).value()).getInt("data.year"));
            var filerEvents = topic.getRecords().stream().filter(r -> r.key().equals(filer.toString())).toList();
            assertEquals(List.of(InspectionEvents.PERSONAL_REPORT_FILED.type()),
                    filerEvents.stream().map(r -> JsonPath.from(r.value()).getString("type")).toList(),
                    "filed before the season's run: not asked, and the filing published");
            assertTrue(!filerEvents.get(0).value().contains("某单位"), "whether and when, never what");
        } finally {
            kafka.close();
        }
    }

    private static io.restassured.response.ValidatableResponse conclude(String checkId, Map<String, Object> body) {
        return given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(body)
                .post("/api/inspection/spot-checks/" + checkId + "/conclusion").then();
    }
}
