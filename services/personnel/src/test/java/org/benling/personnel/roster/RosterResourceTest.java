package org.benling.personnel.roster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.benling.personnel.Demo;
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

    private static String field(JsonPath report, int row) {
        return report.getString("rows.find { it.row == " + row + " }.violations[0].field");
    }

    private static String message(JsonPath report, int row) {
        return report.getString("rows.find { it.row == " + row + " }.violations[0].message");
    }
}
