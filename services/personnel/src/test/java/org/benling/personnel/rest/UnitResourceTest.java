package org.benling.personnel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.benling.personnel.Demo;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnitResourceTest {

    @Test
    void everyoneReadsTheTreeOfTheBureauItsDepartmentsAndThe31Provinces() {
        JsonPath tree = given().auth().oauth2(Demo.cadreDemo()).get("/api/units").then().statusCode(200)
                .body("", org.hamcrest.Matchers.hasSize(1))
                .body("[0].code", equalTo("SPB")).body("[0].name", equalTo("国家邮政局"))
                .extract().jsonPath();
        List<String> kinds = tree.getList("[0].children.kind");
        assertEquals(31, kinds.stream().filter("PROVINCIAL"::equals).count());
        given().auth().oauth2(Demo.hrGuangdong()).get("/api/units/" + Demo.GUANGDONG).then().statusCode(200)
                .body("name", equalTo("广东省邮政管理局"));
        JsonPath guangdong = given().auth().oauth2(Demo.leader()).get("/api/units").then().extract().jsonPath();
        assertEquals(true, guangdong.getList("[0].children.find { it.code == '440000' }.children.code").contains("440100"));
    }

    @Test
    void headCountsOnlyInsideTheCallersScope() {
        String guangdong = "[0].children.find { it.code == '440000' }.activeCadres";
        String beijing = "[0].children.find { it.code == '110000' }.activeCadres";
        JsonPath hr = given().auth().oauth2(Demo.hrGuangdong()).get("/api/units").then().statusCode(200).extract().jsonPath();
        assertTrue(hr.getInt(guangdong) >= 0);
        assertNull(hr.get(beijing), "Beijing's head count is outside hr-guangdong's scope");
        assertNull(hr.get("[0].activeCadres"), "nor the bureau's own");
        JsonPath leader = given().auth().oauth2(Demo.leader()).get("/api/units").then().statusCode(200).extract().jsonPath();
        assertTrue(leader.getInt(beijing) > 0);
        JsonPath cadre = given().auth().oauth2(Demo.cadreDemo()).get("/api/units").then().statusCode(200).extract().jsonPath();
        assertNull(cadre.get(guangdong), "a cadre reads names, not head counts");
    }

    @Test
    void onlyAdministratorsChangeTheTreeAndItStaysATree() {
        Map<String, Object> foshan = Map.of("code", "T440699", "name", "测试市邮政管理局", "kind", "MUNICIPAL",
                "parentId", Demo.GUANGDONG.toString());
        given().auth().oauth2(Demo.hrGuangdong()).contentType(ContentType.JSON).body(foshan).post("/api/units").then()
                .statusCode(403);
        String id = given().auth().oauth2(Demo.admin()).contentType(ContentType.JSON).body(foshan).post("/api/units")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(Demo.admin()).contentType(ContentType.JSON).body(foshan).post("/api/units").then()
                .statusCode(409);
        given().auth().oauth2(Demo.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "T1", "name", "x", "kind", "MUNICIPAL", "parentId", Demo.BUREAU.toString()))
                .post("/api/units").then().statusCode(422).body("type", equalTo("https://benling.org/problems/unit-level"));
        long version = given().auth().oauth2(Demo.admin()).get("/api/units/" + Demo.GUANGDONG).then().extract()
                .jsonPath().getLong("version");
        given().auth().oauth2(Demo.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "广东省邮政管理局", "parentId", id, "active", true, "version", version))
                .put("/api/units/" + Demo.GUANGDONG).then().statusCode(422)
                .body("type", equalTo("https://benling.org/problems/unit-cycle"));
        long created = given().auth().oauth2(Demo.admin()).get("/api/units/" + id).then().extract().jsonPath()
                .getLong("version");
        given().auth().oauth2(Demo.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "测试市邮政管理局（新）", "active", true, "version", created))
                .put("/api/units/" + id).then().statusCode(200).body("name", equalTo("测试市邮政管理局（新）"));
        given().auth().oauth2(Demo.admin()).get("/api/units/" + id + "/audit").then().statusCode(200)
                .body("[1].changes.field", hasItem("name"));
    }
}
