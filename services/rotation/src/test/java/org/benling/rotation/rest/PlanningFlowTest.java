package org.benling.rotation.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.AssessmentEvents;
import org.benling.contracts.assessment.CapabilityGapIdentified;
import org.benling.contracts.selection.DevelopmentTaskChanged;
import org.benling.contracts.selection.SelectionEvents;
import org.benling.contracts.assessment.GapClosed;
import org.benling.rotation.TestRoster;
import org.benling.testing.Events;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanningFlowTest {

    @Inject TestRoster roster;

    @Test
    void aTenureIsDueOnItsAnniversaryAndTheListIsPagedInDueOrder() {
        LocalDate today = TestClock.today();
        UUID dayBefore = roster.cadre("T11", "综合处处长", today.minusYears(10).plusDays(1));
        UUID keyPostToday = roster.cadre("T12", "人事处处长", today.minusYears(5));
        UUID keyPostDayBefore = roster.cadre("T13", "财务处副处长", today.minusYears(5).plusDays(1));
        String url = "/api/rotation/due?size=200&unitId=" + TestRoster.GUANGZHOU;
        given().auth().oauth2(Logins.hrGuangdong()).get(url).then().statusCode(200)
                .body("items.find { it.cadreId == '" + dayBefore + "' }.status", equalTo("SOON_DUE"))
                .body("items.find { it.cadreId == '" + dayBefore + "' }.dueOn", equalTo(today.plusDays(1).toString()))
                .body("items.find { it.cadreId == '" + keyPostToday + "' }.status", equalTo("DUE"))
                .body("items.find { it.cadreId == '" + keyPostDayBefore + "' }.status", equalTo("SOON_DUE"))
                .body("items.find { it.cadreId == '" + keyPostDayBefore + "' }.limitYears", equalTo(5));
        List<String> all = given().auth().oauth2(Logins.hrGuangdong()).get(url).then().extract().path("items.dueOn");
        assertEquals(all.stream().sorted().toList(), all, "earliest due first");
        int total = given().auth().oauth2(Logins.hrGuangdong()).get(url).then().extract().path("total");
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; page * 2 < total; page++) {
            paged.addAll(given().auth().oauth2(Logins.hrGuangdong())
                    .get("/api/rotation/due?size=2&page=" + page + "&unitId=" + TestRoster.GUANGZHOU).then()
                    .statusCode(200).body("total", equalTo(total)).extract().<List<String>>path("items.cadreId"));
        }
        assertEquals(given().auth().oauth2(Logins.hrGuangdong()).get(url).then().extract().<List<String>>path("items.cadreId"),
                paged, "the pages together are the list");
    }

    @Test
    void cadresLongInTheSamePostAreDueOrSoonDueAndTheListExports() throws Exception {
        LocalDate today = TestClock.today();
        UUID due = roster.cadre("T01", "综合处处长", today.minusYears(10));
        UUID soon = roster.cadre("T02", "综合处处长", today.minusYears(9).minusMonths(1));
        UUID keyPost = roster.cadre("T03", "财务处处长", today.minusYears(5).minusDays(1));
        UUID fresh = roster.cadre("T04", "综合处处长", today.minusYears(3));
        String url = "/api/rotation/due?size=200&unitId=" + TestRoster.GUANGZHOU;
        given().auth().oauth2(Logins.hrGuangdong()).get(url).then().statusCode(200)
                .body("items.find { it.cadreId == '" + due + "' }.status", equalTo("DUE"))
                .body("items.find { it.cadreId == '" + due + "' }.dueOn", equalTo(today.toString()))
                .body("items.find { it.cadreId == '" + soon + "' }.status", equalTo("SOON_DUE"))
                .body("items.find { it.cadreId == '" + keyPost + "' }.status", equalTo("DUE"))
                .body("items.find { it.cadreId == '" + keyPost + "' }.keyPost", equalTo(true))
                .body("items.find { it.cadreId == '" + keyPost + "' }.limitYears", equalTo(5))
                .body("items.cadreId", not(hasItem(fresh.toString())));
        given().auth().oauth2(Logins.hrGuangdong()).get(url + "&status=SOON_DUE").then()
                .body("items.cadreId", hasItem(soon.toString())).body("items.cadreId", not(hasItem(due.toString())))
                .body("items.status", not(hasItem("DUE")));
        given().auth().oauth2(Logins.hrBeijing()).get("/api/rotation/due?size=200").then().statusCode(200)
                .body("items.cadreId", not(hasItem(due.toString())));
        byte[] xlsx = given().auth().oauth2(Logins.hrGuangdong()).get("/api/rotation/due/export?unitId=" + TestRoster.GUANGZHOU)
                .then().statusCode(200).contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("工号", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, sheet.getRow(1).getCell(5).getCellType(),
                    "任现职时间 is a date cell");
            assertTrue(sheet.getRow(1).getCell(5).getLocalDateTimeCellValue().getYear() > 1990);
            List<String> numbers = new java.util.ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                numbers.add(sheet.getRow(i).getCell(0).getStringCellValue());
            }
            assertTrue(numbers.containsAll(List.of("T01", "T02", "T03")) && !numbers.contains("T04"), numbers.toString());
        }
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/rotation/due?status=LATE").then().statusCode(400);
    }

    @Test
    void aGapThatPracticeBuildsProposesPostingsOnceAndHrTurnsOneIntoAPosting() {
        UUID cadre = roster.cadre("G01", "科长", LocalDate.of(2018, 1, 1));
        UUID gap = UUID.randomUUID();
        String event = Events.json(AssessmentEvents.CAPABILITY_GAP_IDENTIFIED, cadre,
                new CapabilityGapIdentified(gap, cadre, Capability.MASS_WORK, 48, 60, 2025, "低于阈值"));
        Events.send("assessment.results", cadre, event);
        Events.send("assessment.results", cadre, event);
        Events.send("assessment.results", cadre, Events.json(AssessmentEvents.CAPABILITY_GAP_IDENTIFIED, cadre,
                new CapabilityGapIdentified(UUID.randomUUID(), cadre, Capability.LEARNING, 50, 60, 2025, "低于阈值")));
        String url = "/api/rotation/proposals?cadreId=" + cadre;
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(Logins.hrGuangdong()).get(url).then()
                .extract().<Integer>path("total") > 0);
        String proposal = given().auth().oauth2(Logins.hrGuangdong()).get(url).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].capability", equalTo("MASS_WORK"))
                .body("items[0].postingTypes", hasItems("POVERTY_ALLEVIATION", "TEMPORARY_POST"))
                .body("items[0].hosts[0].region", equalTo("WEST")).body("items[0].hosts.region", not(hasItem("EAST")))
                .extract().path("items[0].id");
        Map<String, Object> request = Map.of("type", "POVERTY_ALLEVIATION", "hostUnitId", TestRoster.SICHUAN,
                "plannedStart", TestClock.today().plusMonths(2).toString(), "plannedEnd", TestClock.today().plusMonths(26).toString());
        String posting = given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(request)
                .post("/api/rotation/proposals/" + proposal + "/posting").then().statusCode(201)
                .body("status", equalTo("PROPOSED")).body("proposalId", equalTo(proposal))
                .body("purpose", containsString("群众工作本领")).extract().path("id");
        given().auth().oauth2(Logins.hrGuangdong()).get(url).then().body("items[0].status", equalTo("ACCEPTED"))
                .body("items[0].postingId", equalTo(posting));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(request)
                .post("/api/rotation/proposals/" + proposal + "/posting").then().statusCode(409);
    }

    @Test
    void aDevelopmentPlansPostingTaskProposesAPostingDueByItsDayAndHrTurnsItIntoOne() {
        UUID cadre = roster.cadre("G03", "科长", LocalDate.of(2018, 1, 1));
        UUID task = UUID.randomUUID();
        LocalDate due = TestClock.today().plusYears(1);
        String assigned = Events.json(SelectionEvents.DEVELOPMENT_TASK_CHANGED, cadre, new DevelopmentTaskChanged(task,
                cadre, DevelopmentTaskChanged.Kind.POSTING, Capability.LEARNING, due, DevelopmentTaskChanged.Status.ASSIGNED));
        Events.send("selection.appointments", cadre, assigned);
        Events.send("selection.appointments", cadre, assigned);
        // a training task is training's: no posting proposed for it
        Events.send("selection.appointments", cadre, Events.json(SelectionEvents.DEVELOPMENT_TASK_CHANGED, cadre,
                new DevelopmentTaskChanged(UUID.randomUUID(), cadre, DevelopmentTaskChanged.Kind.TRAINING,
                        Capability.MASS_WORK, due, DevelopmentTaskChanged.Status.ASSIGNED)));
        String url = "/api/rotation/proposals?cadreId=" + cadre;
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(Logins.hrGuangdong()).get(url).then()
                .extract().<Integer>path("total") > 0);
        // 学习本领 is not said to be built by practice: a temporary post, due by the task's day, with no score
        String proposal = given().auth().oauth2(Logins.hrGuangdong()).get(url).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].origin", equalTo("DEVELOPMENT_PLAN"))
                .body("items[0].capability", equalTo("LEARNING")).body("items[0].dueOn", equalTo(due.toString()))
                .body("items[0].score", nullValue()).body("items[0].postingTypes", equalTo(List.of("TEMPORARY_POST")))
                .extract().path("items[0].id");
        Map<String, Object> request = Map.of("type", "TEMPORARY_POST", "hostUnitId", TestRoster.SICHUAN,
                "plannedStart", TestClock.today().plusMonths(2).toString(), "plannedEnd", TestClock.today().plusMonths(14).toString());
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(request)
                .post("/api/rotation/proposals/" + proposal + "/posting").then().statusCode(201)
                .body("proposalId", equalTo(proposal)).body("purpose", equalTo("组织培养安排：提升学习本领，" + due + " 前"));
        // withdrawn afterwards: the posting HR proposed stays, the accepted proposal is not made obsolete
        Events.send("selection.appointments", cadre, Events.json(SelectionEvents.DEVELOPMENT_TASK_CHANGED, cadre,
                new DevelopmentTaskChanged(task, cadre, DevelopmentTaskChanged.Kind.POSTING, Capability.LEARNING, due,
                        DevelopmentTaskChanged.Status.WITHDRAWN)));
        UUID other = UUID.randomUUID();
        Events.send("selection.appointments", cadre, Events.json(SelectionEvents.DEVELOPMENT_TASK_CHANGED, cadre,
                new DevelopmentTaskChanged(other, cadre, DevelopmentTaskChanged.Kind.POSTING, Capability.MASS_WORK, due,
                        DevelopmentTaskChanged.Status.ASSIGNED)));
        Events.send("selection.appointments", cadre, Events.json(SelectionEvents.DEVELOPMENT_TASK_CHANGED, cadre,
                new DevelopmentTaskChanged(other, cadre, DevelopmentTaskChanged.Kind.POSTING, Capability.MASS_WORK, due,
                        DevelopmentTaskChanged.Status.WITHDRAWN)));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(Logins.hrGuangdong())
                .get(url + "&status=OBSOLETE").then().extract().<Integer>path("total") == 1);
        given().auth().oauth2(Logins.hrGuangdong()).get(url + "&status=OBSOLETE").then()
                .body("items[0].capability", equalTo("MASS_WORK")).body("items[0].decidedBy", equalTo("selection: task withdrawn"));
        given().auth().oauth2(Logins.hrGuangdong()).get(url + "&status=ACCEPTED").then().body("total", equalTo(1));
    }

    @Test
    void aClosedGapMakesAnUndecidedProposalObsolete() {
        UUID cadre = roster.cadre("G02", "科长", LocalDate.of(2018, 1, 1));
        UUID gap = UUID.randomUUID();
        Events.send("assessment.results", cadre, Events.json(AssessmentEvents.CAPABILITY_GAP_IDENTIFIED, cadre,
                new CapabilityGapIdentified(gap, cadre, Capability.RISK_MANAGEMENT, 52, 60, 2025, "低于阈值")));
        Events.send("assessment.results", cadre, Events.json(AssessmentEvents.GAP_CLOSED, cadre,
                new GapClosed(gap, cadre, Capability.RISK_MANAGEMENT, 64, 2025)));
        await().atMost(Duration.ofSeconds(60)).until(() -> "OBSOLETE".equals(given().auth().oauth2(Logins.hrGuangdong())
                .get("/api/rotation/proposals?cadreId=" + cadre).then().extract().path("items[0].status")));
    }

    @Test
    void candidatesForAnOpeningAreRankedWithReasonsAndTheChosenOneIsProposed() {
        UUID withGap = roster.cadre("O01", "科长", TestClock.today().minusYears(4));
        UUID longInPost = roster.cadre("O02", "科长", TestClock.today().minusYears(9));
        UUID busy = roster.cadre("O03", "科长", TestClock.today().minusYears(9));
        Events.send("assessment.results", withGap, Events.json(AssessmentEvents.CAPABILITY_GAP_IDENTIFIED, withGap,
                new CapabilityGapIdentified(UUID.randomUUID(), withGap, Capability.MASS_WORK, 40, 60, 2025, "低于阈值")));
        PostingFlowTest.propose(busy);
        String opening = given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("unitId", TestRoster.GUANGZHOU, "type", "POVERTY_ALLEVIATION", "hostUnitId", TestRoster.SICHUAN,
                        "capabilities", List.of("MASS_WORK"), "plannedStart", TestClock.today().plusMonths(1).toString(),
                        "plannedEnd", TestClock.today().plusMonths(25).toString(), "places", 1, "description", "乡村振兴驻村"))
                .post("/api/rotation/openings").then().statusCode(201).body("region", equalTo("WEST"))
                .body("status", equalTo("OPEN")).extract().path("id");
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of("unitId", TestRoster.GUANGZHOU))
                .post("/api/rotation/openings").then().statusCode(400).body("violations.field", hasItems("type", "places"));
        await().atMost(Duration.ofSeconds(60)).until(() -> withGap.toString().equals(given().auth()
                .oauth2(Logins.hrGuangdong()).get("/api/rotation/openings/" + opening + "/candidates").then()
                .extract().path("candidates[0].cadreId")));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/rotation/openings/" + opening + "/candidates").then()
                .statusCode(200)
                .body("candidates[0].rank", equalTo(1))
                .body("candidates[0].reasons", hasItem(containsString("群众工作本领 40 分")))
                .body("candidates[0].reasons", hasItem(containsString("东部 → 西部")))
                .body("candidates.cadreId", hasItem(longInPost.toString()))
                .body("candidates.cadreId", not(hasItem(busy.toString())));
        given().auth().oauth2(Logins.hrBeijing()).get("/api/rotation/openings/" + opening + "/candidates").then()
                .statusCode(404);
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of("cadreId", withGap))
                .post("/api/rotation/openings/" + opening + "/postings").then().statusCode(201)
                .body("openingId", equalTo(opening)).body("type", equalTo("POVERTY_ALLEVIATION"));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/rotation/openings/" + opening).then()
                .body("status", equalTo("FILLED")).body("filled", equalTo(1));
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("status", "FILLED").queryParam("size", 200)
                .get("/api/rotation/openings").then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(200))
                .body("items.find { it.id == '" + opening + "' }.filled", equalTo(1))
                .body("items.find { it.id == '" + opening + "' }.unitName", notNullValue())
                .body("items.status", everyItem(equalTo("FILLED")));
        given().auth().oauth2(Logins.hrBeijing()).queryParam("size", 200).get("/api/rotation/openings").then()
                .statusCode(200).body("items.id", not(hasItem(opening)));
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("sort", "description").get("/api/rotation/openings").then()
                .statusCode(400).body("violations.field", hasItem("sort"));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of("cadreId", longInPost))
                .post("/api/rotation/openings/" + opening + "/postings").then().statusCode(409);
    }

    @Test
    void theBalanceCountsExchangesAcrossRegionsAndTheRotationRatePerUnit() {
        UUID cadre = roster.cadre("B" + System.nanoTime() % 100_000_000, "科长", LocalDate.of(2017, 1, 1));
        io.restassured.path.json.JsonPath before = balance();
        String id = PostingFlowTest.propose(cadre);
        PostingFlowTest.command(Logins.leader(), id, "approve", Map.of()).then().statusCode(200);
        PostingFlowTest.command(Logins.hrGuangdong(), id, "start", Map.of()).then().statusCode(200);
        io.restassured.path.json.JsonPath after = balance();
        assertEquals("广东省邮政管理局", after.getString("unitName"));
        // one more Guangzhou cadre from the east to Sichuan in the west, a cross-region exchange
        for (String count : List.of("flows.find { it.from == 'EAST' && it.to == 'WEST' }.postings",
                "byType.CROSS_REGION_EXCHANGE", "units.find { it.name == '广州市邮政管理局' }.rotated")) {
            assertEquals(countOf(before, count) + 1, countOf(after, count), count);
        }
        given().auth().oauth2(Logins.leader()).get("/api/rotation/balance?year=" + TestClock.today().plusMonths(1).getYear())
                .then().statusCode(200).body("unitName", equalTo("国家邮政局"))
                .body("units.name", hasItem("广东省邮政管理局"));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/rotation/balance?unitId=" + TestRoster.BEIJING).then()
                .statusCode(404);
    }

    private static io.restassured.path.json.JsonPath balance() {
        return given().auth().oauth2(Logins.hrGuangdong()).get("/api/rotation/balance").then().statusCode(200)
                .extract().jsonPath();
    }

    private static long countOf(io.restassured.path.json.JsonPath balance, String path) {
        Number n = balance.get(path);
        return n == null ? 0 : n.longValue();
    }
}
