package org.benling.personnel.roster;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.benling.contracts.events.CloudEvent;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.Topics;
import org.benling.contracts.personnel.CadreRegistered;
import org.benling.contracts.personnel.PersonnelEvents;
import org.benling.personnel.Demo;
import org.benling.testing.KafkaBroker;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RosterResourceTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theTemplateHasTheColumnsAndTheUnitCodes() {
        byte[] template = given().auth().oauth2(Demo.hrGuangdong()).get("/api/cadres/import/template").then()
                .statusCode(200).contentType(XLSX).extract().asByteArray();
        assertEquals(List.of(Roster.HEADERS), Roster.read(template).get(0));
        given().auth().oauth2(Demo.cadreDemo()).get("/api/cadres/import/template").then().statusCode(403);
    }

    @Test
    void aHalfValidImportReportsEachBadRowAndImportsOnlyTheGoodOnes() {
        List<String[]> rows = new ArrayList<>();
        rows.add(Roster.row("YZ8P0001", "林小燕", "1986-02-03", "440100"));        // row 2 good
        rows.add(Roster.row("YZ8P0002", "", "1987-02-03", "440100"));              // row 3 missing name
        rows.add(Roster.row("YZ8P0003", "周敏", "1987-13-45", "440100"));          // row 4 bad date
        rows.add(Roster.row("YZ8P0004", "吴静", "1988-02-03", "999999"));          // row 5 unknown unit
        rows.add(Roster.row("YZ8P0001", "林小燕", "1986-02-03", "440300"));        // row 6 duplicate of row 2
        rows.add(Roster.row("YZ000001", "陈思远", "1989-02-03", "440000"));        // row 7 already registered
        rows.add(Roster.row("YZ8P0007", "郑丽", "1990-02-03", "110000"));          // row 8 Beijing: out of scope
        rows.add(Roster.row("YZ8P0008", "何婷", "1981-02-03", "440300"));          // row 9 good
        String[] badRank = Roster.row("YZ8P0009", "罗晶", "1992-02-03", "440300");
        badRank[7] = "处长级";
        rows.add(badRank);                                                         // row 10 unknown rank
        rows.add(Roster.row("YZ8P0010", "梁洁", "1983-02-03", "440000"));          // row 11 good

        JsonPath report = given().auth().oauth2(Demo.hrGuangdong())
                .multiPart("file", "roster.xlsx", Roster.workbook(rows), XLSX)
                .post("/api/cadres/import").then().statusCode(200)
                .body("committed", equalTo(true))
                .body("totalRows", equalTo(10)).body("imported", equalTo(3)).body("rejected", equalTo(7))
                .extract().jsonPath();
        Map<Integer, String> statusByRow = report.getList("rows", Map.class).stream().collect(Collectors.toMap(
                r -> (Integer) r.get("row"), r -> (String) r.get("status")));
        assertEquals("IMPORTED", statusByRow.get(2));
        assertEquals("IMPORTED", statusByRow.get(9));
        assertEquals("IMPORTED", statusByRow.get(11));
        assertEquals(field(report, 3), "name");
        assertEquals(field(report, 4), "birthDate");
        assertEquals(field(report, 5), "unitCode");
        assertEquals(field(report, 6), "employeeNumber");
        assertTrue(message(report, 6).contains("第2行"), message(report, 6));
        assertEquals(field(report, 7), "employeeNumber");
        assertEquals(field(report, 8), "unitCode");
        assertEquals(field(report, 10), "rankLevel");

        given().auth().oauth2(Demo.hrGuangdong()).queryParam("q", "YZ8P").get("/api/cadres").then()
                .body("total", equalTo(3))
                .body("items.employeeNumber", hasItem("YZ8P0008"))
                .body("items.find { it.employeeNumber == 'YZ8P0001' }.categories.size()", equalTo(2));
    }

    @Test
    void anImportedCadreIsWholeInTheRegisterInTheAuditTrailAndOnTheTopic() {
        List<String[]> rows = List.of(Roster.row("YZ8W0001", "沈佳怡", "1985-06-07", "440100"),
                Roster.row("YZ8W0002", "韩雪", "1984-05-06", "440300"));
        JsonPath report = given().auth().oauth2(Demo.hrGuangdong())
                .multiPart("file", "roster.xlsx", Roster.workbook(rows), XLSX)
                .post("/api/cadres/import").then().statusCode(200).body("imported", equalTo(2))
                .extract().jsonPath();
        String id = report.getString("rows.find { it.row == 2 }.cadreId");

        JsonPath cadre = given().auth().oauth2(Demo.hrGuangdong()).get("/api/cadres/" + id).then().statusCode(200)
                .body("employeeNumber", equalTo("YZ8W0001")).body("name", equalTo("沈佳怡"))
                .body("gender", equalTo("FEMALE")).body("birthDate", equalTo("1985-06-07"))
                .body("unitId", equalTo(Demo.GUANGZHOU.toString())).body("rankLevel", equalTo("SECTION_PRINCIPAL"))
                .body("postSince", equalTo("2020-03-01")).body("status", equalTo("ACTIVE"))
                .body("categories.size()", equalTo(2))
                .extract().jsonPath();
        // found by the search's grams, which the database computes from the written name
        given().auth().oauth2(Demo.hrGuangdong()).queryParam("q", "佳怡").get("/api/cadres").then()
                .body("items.employeeNumber", hasItem("YZ8W0001"));

        // an ordinary entity afterwards: changed with the version it was read at, and audited from its import on
        Map<String, Object> update = new HashMap<>();
        for (String field : List.of("employeeNumber", "name", "gender", "birthDate", "unitId", "rankLevel", "postSince",
                "rankSince", "joinedWorkOn", "categories", "politicalStatus", "education", "version")) {
            update.put(field, cadre.get(field));
        }
        update.put("positionTitle", "广州市邮政管理局副科长");
        given().auth().oauth2(Demo.hrGuangdong()).contentType(ContentType.JSON).body(update)
                .put("/api/cadres/" + id).then().statusCode(200).body("positionTitle", equalTo("广州市邮政管理局副科长"));
        JsonPath audit = given().auth().oauth2(Demo.admin()).get("/api/cadres/" + id + "/audit").then()
                .statusCode(200).body("", hasSize(2)).extract().jsonPath();
        assertEquals("CREATED", audit.getString("[0].kind"));
        assertEquals("hr-guangdong", audit.getString("[0].actor"));
        assertEquals("CHANGED", audit.getString("[1].kind"));
        assertEquals("科长", audit.getString("[1].changes.find { it.field == 'positionTitle' }.before"));

        try (KafkaCompanion kafka = KafkaBroker.shared().companion()) {
            var task = kafka.consumeStrings().fromTopics(Topics.PERSONNEL_CADRES);
            await().atMost(Duration.ofSeconds(60)).until(() -> task.getRecords().stream()
                    .filter(r -> id.equals(r.key())).count() >= 2);
            task.stop();
            CloudEvent registered = task.getRecords().stream().filter(r -> id.equals(r.key()))
                    .map(r -> EventJson.read(r.value())).findFirst().orElseThrow();
            assertEquals(PersonnelEvents.CADRE_REGISTERED.type(), registered.type());
            CadreRegistered data = EventJson.data(registered, PersonnelEvents.CADRE_REGISTERED);
            assertEquals("YZ8W0001", data.cadre().employeeNumber());
            assertEquals(Demo.GUANGZHOU, data.cadre().unitId());
        }
    }

    @Test
    void allOrNothingImportsNothingWhenOneRowIsBad() {
        List<String[]> rows = List.of(Roster.row("YZ8A0001", "许佳", "1986-02-03", "440100"),
                Roster.row("YZ8A0002", "", "1986-02-03", "440100"));
        given().auth().oauth2(Demo.hrGuangdong()).queryParam("mode", "all-or-nothing")
                .multiPart("file", "roster.xlsx", Roster.workbook(rows), XLSX)
                .post("/api/cadres/import").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/import-rejected"))
                .body("violations[0].field", equalTo("rows[3].name"));
        given().auth().oauth2(Demo.admin()).queryParam("q", "YZ8A").get("/api/cadres").then().body("total", equalTo(0));

        given().auth().oauth2(Demo.hrGuangdong()).queryParam("mode", "all-or-nothing")
                .multiPart("file", "roster.xlsx", Roster.workbook(rows.subList(0, 1)), XLSX)
                .post("/api/cadres/import").then().statusCode(200).body("imported", equalTo(1));
    }

    @Test
    void aFileThatIsNotARosterIsRefusedWithAClearError() {
        given().auth().oauth2(Demo.hrGuangdong()).multiPart("file", "notes.xlsx", "hello".getBytes(), XLSX)
                .post("/api/cadres/import").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("file"));
        byte[] noHeaders = Roster.sheet(List.<String[]>of(new String[] {"工号", "名字"}, new String[] {"a", "b"}));
        given().auth().oauth2(Demo.hrGuangdong()).multiPart("file", "x.xlsx", noHeaders, XLSX)
                .post("/api/cadres/import").then().statusCode(400);
        given().auth().oauth2(Demo.hrGuangdong()).queryParam("mode", "sometimes")
                .multiPart("file", "x.xlsx", noHeaders, XLSX)
                .post("/api/cadres/import").then().statusCode(400).body("violations[0].field", equalTo("mode"));
    }

    @Test
    void theExportHoldsExactlyTheSearchAndImportsBackAsDuplicates() {
        int total = given().auth().oauth2(Demo.hrGuangdong()).queryParam("unitId", Demo.GUANGZHOU.toString())
                .get("/api/cadres").then().extract().path("total");
        byte[] xlsx = given().auth().oauth2(Demo.hrGuangdong()).queryParam("unitId", Demo.GUANGZHOU.toString())
                .get("/api/cadres/export").then().statusCode(200).contentType(XLSX).extract().asByteArray();
        List<List<String>> rows = Roster.read(xlsx);
        assertEquals(total + 1, rows.size());
        assertTrue(rows.subList(1, rows.size()).stream().allMatch(r -> r.get(4).equals("440100")));
        assertTrue(total > 0);
        given().auth().oauth2(Demo.hrGuangdong()).multiPart("file", "export.xlsx", xlsx, XLSX)
                .post("/api/cadres/import").then().statusCode(200)
                .body("imported", equalTo(0)).body("rejected", equalTo(total));
    }

    @Test
    void theRegisterIsTheUnitsCadresByUnitAndRankInTheLayoutOrganisationDepartmentsExchange() {
        int total = given().auth().oauth2(Demo.hrGuangdong()).queryParam("unitId", Demo.GUANGDONG.toString())
                .queryParam("status", "ACTIVE").get("/api/cadres").then().extract().path("total");
        byte[] xlsx = given().auth().oauth2(Demo.hrGuangdong()).queryParam("unitId", Demo.GUANGDONG.toString())
                .queryParam("status", "ACTIVE").queryParam("layout", "register")
                .get("/api/cadres/export").then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("filename*=UTF-8''%E5%B9%B2%E9%83%A8%E5%90%8D%E5%86%8C"))
                .extract().asByteArray();
        List<List<String>> rows = Roster.read(xlsx);

        assertEquals("干部名册", rows.get(0).get(0));
        assertTrue(rows.get(1).get(0).startsWith("单位：广东省邮政管理局　　截至 "), rows.get(1).get(0));
        assertTrue(rows.get(1).get(0).endsWith("共 " + total + " 人"), rows.get(1).get(0));
        assertEquals(List.of("序号", "姓名", "性别", "出生年月（年龄）", "政治面貌", "学历", "参加工作时间", "现任职务", "职级",
                "任现职时间", "任现职级时间", "干部类别", "工号"), rows.get(2));

        // one block per unit, its name and head count first; in it the most senior rank first; 序号 runs on
        List<String> rankOrder = List.of("正厅局级", "副厅局级", "正县处级", "副县处级", "正乡科级", "副乡科级");
        int cadres = 0;
        int blockSize = 0;
        int blockCounted = 0;
        String previousRank = null;
        for (List<String> row : rows.subList(3, rows.size())) {
            if (!row.get(0).matches("\\d+")) {
                assertEquals(blockCounted, blockSize, "the block's head count");
                Matcher block = Pattern.compile(".+（(\\d+) 人）").matcher(row.get(0));
                assertTrue(block.matches(), row.get(0));
                blockCounted = Integer.parseInt(block.group(1));
                blockSize = 0;
                previousRank = null;
                continue;
            }
            cadres++;
            blockSize++;
            assertEquals(String.valueOf(cadres), row.get(0));
            assertTrue(row.get(3).matches("\\d{4}\\.\\d{2}（\\d{2}岁）"), row.get(3));
            String rank = row.get(8);
            assertTrue(rankOrder.contains(rank), rank);
            assertTrue(previousRank == null || rankOrder.indexOf(previousRank) <= rankOrder.indexOf(rank), row.toString());
            previousRank = rank;
        }
        assertEquals(blockCounted, blockSize);
        assertEquals(total, cadres);

        // a row field by field against the registry
        List<String> first = rows.get(4);
        Map<String, Object> cadre = given().auth().oauth2(Demo.hrGuangdong()).queryParam("q", first.get(12))
                .get("/api/cadres").then().statusCode(200).extract().path("items[0]");
        assertEquals(cadre.get("name"), first.get(1));
        assertEquals(cadre.get("positionTitle"), first.get(7));
        String birth = (String) cadre.get("birthDate");
        assertTrue(first.get(3).startsWith(birth.substring(0, 4) + "." + birth.substring(5, 7) + "（"), first.get(3));
        String since = (String) cadre.get("postSince");
        assertEquals(since == null ? "" : since.substring(0, 4) + "." + since.substring(5, 7), first.get(9));
    }

    @Test
    void anUnknownLayoutIsRefusedNamingTheParameter() {
        given().auth().oauth2(Demo.hrGuangdong()).queryParam("layout", "lrm").get("/api/cadres/export").then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("layout"));
    }

    private static String field(JsonPath report, int row) {
        return report.getString("rows.find { it.row == " + row + " }.violations[0].field");
    }

    private static String message(JsonPath report, int row) {
        return report.getString("rows.find { it.row == " + row + " }.violations[0].message");
    }
}
