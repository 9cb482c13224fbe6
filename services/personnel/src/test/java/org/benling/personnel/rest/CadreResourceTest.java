package org.benling.personnel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.personnel.Demo;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CadreResourceTest {

    @Test
    void hrOfGuangdongSeesOnlyGuangdongCadresAndAdminSeesAll() {
        JsonPath hr = given().auth().oauth2(Demo.hrGuangdong()).queryParam("size", 200)
                .get("/api/cadres").then().statusCode(200).extract().jsonPath();
        List<String> codes = hr.getList("items.unitCode");
        assertTrue(hr.getLong("total") > 5, "Guangdong has cadres");
        assertTrue(codes.stream().allMatch(c -> c.startsWith("44")), codes.toString());
        long all = given().auth().oauth2(Demo.admin()).get("/api/cadres").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        assertTrue(all > hr.getLong("total") * 5, "admin sees the whole bureau");
        given().auth().oauth2(Demo.leader()).get("/api/cadres").then().statusCode(200).body("total", equalTo((int) all));
    }

    @Test
    void hrAskingForACadreOutsideItsSubtreeGets404() {
        String beijingCadre = given().auth().oauth2(Demo.admin()).queryParam("unitId", Demo.BEIJING.toString())
                .get("/api/cadres").then().statusCode(200).extract().path("items[0].id");
        given().auth().oauth2(Demo.admin()).get("/api/cadres/" + beijingCadre).then().statusCode(200);
        given().auth().oauth2(Demo.hrGuangdong()).get("/api/cadres/" + beijingCadre).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/not-found"));
        given().auth().oauth2(Demo.hrGuangdong()).get("/api/cadres/" + beijingCadre + "/transfers").then()
                .statusCode(404);
    }

    @Test
    void aCadreSeesOnlySelf() {
        given().auth().oauth2(Demo.cadreDemo()).get("/api/cadres").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].employeeNumber", equalTo("YZ000001"));
        given().auth().oauth2(Demo.cadreDemo()).get("/api/cadres/" + Demo.DEMO_CADRE).then().statusCode(200);
        List<String> guangdong = given().auth().oauth2(Demo.admin()).queryParam("unitId", Demo.GUANGDONG.toString())
                .queryParam("size", 3).get("/api/cadres").then().extract().path("items.id");
        String other = guangdong.stream().filter(id -> !id.equals(Demo.DEMO_CADRE.toString())).findFirst().orElseThrow();
        given().auth().oauth2(Demo.cadreDemo()).get("/api/cadres/" + other).then().statusCode(404);
        given().auth().oauth2(Demo.cadreDemo()).get("/api/me").then().statusCode(200)
                .body("cadre.employeeNumber", equalTo("YZ000001"))
                .body("unitName", equalTo("广东省邮政管理局"));
    }

    /**
     * A text search finds exactly the cadres whose name or employee number holds the text — one character (a
     * surname), two, three, part of a number in either case — and lists them in the order of the whole list sorted
     * by name, whether the database sorted the matches or walked the name index; HR's finds those of its subtree.
     */
    @Test
    void aTextSearchFindsEveryCadreHoldingTheTextInTheOrderOfTheNameSortedList() {
        List<Map<String, Object>> byName = all(Demo.admin(), Map.of("sort", "name", "status", "ALL"));
        String someName = (String) byName.get(byName.size() / 2).get("name");
        String number = (String) byName.get(byName.size() / 3).get("employeeNumber");
        List<String> texts = List.of(someName.substring(0, 1), someName.substring(0, 2), someName,
                someName.substring(someName.length() - 1), number.substring(2, 6), number.toLowerCase());
        for (String text : texts) {
            List<Object> expected = byName.stream()
                    .filter(c -> ((String) c.get("name")).contains(text)
                            || ((String) c.get("employeeNumber")).toLowerCase().contains(text.toLowerCase()))
                    .map(c -> c.get("id")).toList();
            List<Object> found = all(Demo.admin(), Map.of("sort", "name", "status", "ALL", "q", text)).stream()
                    .map(c -> c.get("id")).toList();
            assertTrue(!expected.isEmpty(), text);
            assertEquals(expected, found, "the cadres holding " + text + ", by name");
        }
        String surname = ((String) all(Demo.admin(), Map.of("unitId", Demo.GUANGDONG.toString())).get(0).get("name"))
                .substring(0, 1);
        List<Object> inGuangdong = all(Demo.admin(), Map.of("sort", "name", "q", surname,
                "unitId", Demo.GUANGDONG.toString())).stream().map(c -> c.get("id")).toList();
        List<Object> guangdongHr = all(Demo.hrGuangdong(), Map.of("sort", "name", "q", surname)).stream()
                .map(c -> c.get("id")).toList();
        assertTrue(!inGuangdong.isEmpty());
        assertEquals(inGuangdong, guangdongHr, "HR of Guangdong finds the Guangdong cadres called " + surname);
    }

    private static List<Map<String, Object>> all(String token, Map<String, String> query) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int page = 0; page < 100; page++) {
            JsonPath body = given().auth().oauth2(token).queryParams(query).queryParam("size", 200)
                    .queryParam("page", page).get("/api/cadres").then().statusCode(200).extract().jsonPath();
            rows.addAll(body.getList("items"));
            if (page + 1 >= body.getInt("totalPages")) {
                return rows;
            }
        }
        throw new AssertionError("more than 100 pages");
    }

    @Test
    void searchByPartialNameRankAndUnitSubtreeWithPagingAndSorting() {
        JsonPath first = given().auth().oauth2(Demo.admin()).queryParam("size", 1)
                .get("/api/cadres").then().extract().jsonPath();
        String name = first.getString("items[0].name");
        String part = name.substring(name.length() - 1);
        given().auth().oauth2(Demo.admin()).queryParam("q", part).get("/api/cadres").then().statusCode(200)
                .body("items.name", everyItem(org.hamcrest.Matchers.containsString(part)));
        given().auth().oauth2(Demo.admin()).queryParam("unitId", Demo.GUANGDONG.toString())
                .queryParam("rank", "SECTION_PRINCIPAL").queryParam("size", 200)
                .get("/api/cadres").then().statusCode(200)
                .body("items.rankLevel", everyItem(equalTo("SECTION_PRINCIPAL")))
                .body("items.unitCode", everyItem(startsWith("44")));
        given().auth().oauth2(Demo.admin()).queryParam("category", "RESERVE").queryParam("size", 200)
                .get("/api/cadres").then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items.categories", everyItem(hasItem("RESERVE")));
        JsonPath page2 = given().auth().oauth2(Demo.admin()).queryParam("page", 1).queryParam("size", 7)
                .queryParam("sort", "birthDate,desc").get("/api/cadres").then().statusCode(200)
                .body("items", hasSize(7)).body("page", equalTo(1)).body("totalPages", greaterThan(10))
                .extract().jsonPath();
        List<String> births = page2.getList("items.birthDate");
        assertEquals(births.stream().sorted(java.util.Comparator.reverseOrder()).toList(), births);
        given().auth().oauth2(Demo.admin()).queryParam("sort", "salary").get("/api/cadres").then().statusCode(400)
                .body("violations[0].field", equalTo("sort"));
        given().auth().oauth2(Demo.admin()).queryParam("rank", "GENERAL").get("/api/cadres").then().statusCode(400)
                .body("violations[0].field", equalTo("rank"));
    }

    @Test
    void rolesAreEnforced() {
        given().get("/api/cadres").then().statusCode(401);
        given().auth().oauth2(Demo.leader()).contentType(ContentType.JSON).body(newCadre("YZ9L0001", Demo.GUANGDONG))
                .post("/api/cadres").then().statusCode(403);
        given().auth().oauth2(Tokens.token("nobody", java.util.Set.of(), null, null)).get("/api/cadres").then()
                .statusCode(403);
    }

    @Test
    void registrationValidatesEveryFieldAndRefusesDuplicatesAndOtherUnits() {
        given().auth().oauth2(Demo.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("employeeNumber", "bad number!", "gender", "X", "birthDate", "1980-01-01"))
                .post("/api/cadres").then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> body = newCadre("YZ9V0001", Demo.GUANGDONG);
        body.remove("name");
        body.put("birthDate", "2999-01-01");
        given().auth().oauth2(Demo.hrGuangdong()).contentType(ContentType.JSON).body(body)
                .post("/api/cadres").then().statusCode(400)
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("birthDate"));
        given().auth().oauth2(Demo.hrGuangdong()).contentType(ContentType.JSON).body(newCadre("YZ000001", Demo.GUANGDONG))
                .post("/api/cadres").then().statusCode(409)
                .body("type", equalTo("https://benling.org/problems/duplicate-employee-number"));
        given().auth().oauth2(Demo.hrGuangdong()).contentType(ContentType.JSON).body(newCadre("YZ9V0002", Demo.BEIJING))
                .post("/api/cadres").then().statusCode(403);
    }

    @Test
    void anIdempotencyKeyRetryReturnsTheFirstCadre() {
        String key = UUID.randomUUID().toString();
        String id = given().auth().oauth2(Demo.hrGuangdong()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(newCadre("YZ9I0001", Demo.SHENZHEN)).post("/api/cadres").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Demo.hrGuangdong()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(newCadre("YZ9I0001", Demo.SHENZHEN)).post("/api/cadres").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
    }

    @Test
    void updatesAreAuditedWithWhoAndBeforeAfterAndStaleVersionsAreRefused() {
        String id = register("YZ9U0001", Demo.GUANGZHOU);
        JsonPath cadre = given().auth().oauth2(Demo.hrGuangdong()).get("/api/cadres/" + id).then().extract().jsonPath();
        Map<String, Object> update = newCadre("YZ9U0001", Demo.GUANGZHOU);
        update.put("positionTitle", "广州市邮政管理局局长");
        update.put("rankLevel", "DIVISION_PRINCIPAL");
        update.put("version", cadre.getLong("version"));
        given().auth().oauth2(Demo.hrGuangdong()).contentType(ContentType.JSON).body(update)
                .put("/api/cadres/" + id).then().statusCode(200).body("positionTitle", equalTo("广州市邮政管理局局长"));
        given().auth().oauth2(Demo.hrGuangdong()).contentType(ContentType.JSON).body(update)
                .put("/api/cadres/" + id).then().statusCode(409)
                .body("type", equalTo("https://benling.org/problems/stale"));
        JsonPath audit = given().auth().oauth2(Demo.admin()).get("/api/cadres/" + id + "/audit").then()
                .statusCode(200).body("", hasSize(2)).extract().jsonPath();
        assertEquals("CREATED", audit.getString("[0].kind"));
        assertEquals("CHANGED", audit.getString("[1].kind"));
        assertEquals("hr-guangdong", audit.getString("[1].actor"));
        assertEquals(List.of("positionTitle", "rankLevel"), audit.getList("[1].changes.field"));
        assertEquals("广州市邮政管理局科长", audit.getString("[1].changes[0].before"));
        assertEquals("广州市邮政管理局局长", audit.getString("[1].changes[0].after"));
    }

    @Test
    void transferKeepsHistoryAndRespectsScopeThenRetirementLeavesTheActiveRoster() {
        String id = register("YZ9T0001", Demo.GUANGZHOU);
        Map<String, Object> toBeijing = Map.of("toUnitId", Demo.BEIJING.toString(), "positionTitle", "北京市邮政管理局科长",
                "effectiveOn", "2026-06-01");
        given().auth().oauth2(Demo.hrGuangdong()).contentType(ContentType.JSON).body(toBeijing)
                .post("/api/cadres/" + id + "/transfers").then().statusCode(403);
        given().auth().oauth2(Demo.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("toUnitId", Demo.SHENZHEN.toString(), "positionTitle", "深圳市邮政管理局科长",
                        "effectiveOn", "2026-06-01", "reason", "交流任职"))
                .post("/api/cadres/" + id + "/transfers").then().statusCode(200)
                .body("unitCode", equalTo("440300")).body("postSince", equalTo("2026-06-01"));
        given().auth().oauth2(Demo.hrHq()).contentType(ContentType.JSON).body(toBeijing)
                .post("/api/cadres/" + id + "/transfers").then().statusCode(200).body("unitCode", equalTo("110000"));
        given().auth().oauth2(Demo.hrHq()).get("/api/cadres/" + id + "/transfers").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].toUnitName", equalTo("北京市邮政管理局"))
                .body("[1].fromUnitName", equalTo("广州市邮政管理局"))
                .body("[1].reason", equalTo("交流任职"));
        // now in Beijing: out of Guangdong's scope
        given().auth().oauth2(Demo.hrGuangdong()).get("/api/cadres/" + id).then().statusCode(404);

        given().auth().oauth2(Demo.hrHq()).contentType(ContentType.JSON).body(Map.of("retiredOn", "2026-11-01"))
                .post("/api/cadres/" + id + "/retirement").then().statusCode(200).body("status", equalTo("RETIRED"));
        given().auth().oauth2(Demo.hrHq()).queryParam("q", "YZ9T0001").get("/api/cadres").then().body("total", equalTo(0));
        given().auth().oauth2(Demo.hrHq()).queryParam("q", "YZ9T0001").queryParam("status", "ALL").get("/api/cadres")
                .then().body("total", equalTo(1));
        given().auth().oauth2(Demo.hrHq()).contentType(ContentType.JSON).body(Map.of("retiredOn", "2026-11-02"))
                .post("/api/cadres/" + id + "/retirement").then().statusCode(422)
                .body("type", equalTo("https://benling.org/problems/cadre-retired"));
    }

    static String register(String employeeNumber, UUID unit) {
        return given().auth().oauth2(Demo.hrGuangdong()).contentType(ContentType.JSON)
                .body(newCadre(employeeNumber, unit)).post("/api/cadres").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> newCadre(String employeeNumber, UUID unit) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("employeeNumber", employeeNumber);
        body.put("name", "测试干部");
        body.put("gender", "MALE");
        body.put("birthDate", "1985-04-12");
        body.put("unitId", unit.toString());
        body.put("positionTitle", "广州市邮政管理局科长");
        body.put("rankLevel", "SECTION_PRINCIPAL");
        body.put("postSince", "2021-03-01");
        body.put("rankSince", "2020-01-01");
        body.put("joinedWorkOn", "2008-07-01");
        body.put("categories", List.of("YOUNG_AND_MIDDLE_AGED"));
        body.put("politicalStatus", "CPC_MEMBER");
        body.put("education", "MASTER");
        return body;
    }
}
