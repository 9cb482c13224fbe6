package org.benling.training.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.benling.testing.Logins;
import org.benling.training.TestRoster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RecordResourceTest {

    @Inject TestRoster roster;

    @BeforeEach
    void loadRoster() {
        roster.load();
    }

    static Map<String, Object> external() {
        Map<String, Object> body = new HashMap<>();
        body.put("cadreId", TestRoster.ZHOU.toString());
        body.put("title", "中央党校中青年干部培训班");
        body.put("capabilities", List.of("POLITICAL_LEADERSHIP"));
        body.put("hours", 120);
        body.put("offJobDays", 30);
        body.put("completedOn", "2025-06-30");
        body.put("provider", "中央党校");
        body.put("evidence", "结业证书 DX-2025-0612");
        return body;
    }

    @Test
    void hrEntersAnExternalRecordWithEvidenceAndCorrectionsAreAuditedWithAReason() {
        Map<String, Object> body = external();
        String id = given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(body)
                .post("/api/training/records").then().statusCode(201).body("source", equalTo("EXTERNAL"))
                .extract().path("id");
        body.put("hours", 96);
        body.put("version", 0);
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(body)
                .put("/api/training/records/" + id).then().statusCode(400)
                .body("violations[0].field", equalTo("correctionReason"));
        body.put("correctionReason", "证书载明 96 学时");
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(body)
                .put("/api/training/records/" + id).then().statusCode(200).body("hours", equalTo(96.0f));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(body)
                .put("/api/training/records/" + id).then().statusCode(409);
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/training/records/" + id + "/audit").then().statusCode(200)
                .body("[1].actor", equalTo("hr-guangdong"))
                .body("[1].changes.field", hasItem("hours"))
                .body("[1].changes.find { it.field == 'hours' }.before", equalTo(120.0f));
    }

    /** A client that lost the answer sends the same request with the same key: one record, its hours once. */
    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstRecordNotASecond() {
        Map<String, Object> body = external();
        String title = "幂等重试 " + java.util.UUID.randomUUID();
        body.put("title", title);
        String key = "retry-" + java.util.UUID.randomUUID();
        String first = given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/api/training/records").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/api/training/records").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first))
                .header("Location", org.hamcrest.Matchers.endsWith("/api/training/records/" + first));
        List<String> ids = given().auth().oauth2(Logins.hrGuangdong()).queryParam("cadreId", TestRoster.ZHOU.toString())
                .get("/api/training/records").then().statusCode(200).extract()
                .path("items.findAll { it.title == '" + title + "' }.id");
        org.junit.jupiter.api.Assertions.assertEquals(List.of(first), ids);
        // without a key, the same request is a second record
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(body)
                .post("/api/training/records").then().statusCode(201);
    }

    @Test
    void recordsNeedEvidenceAndStayWithinScope() {
        Map<String, Object> body = external();
        body.remove("evidence");
        body.put("completedOn", "2999-01-01");
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(body)
                .post("/api/training/records").then().statusCode(400)
                .body("violations.field", hasItem("evidence"))
                .body("violations.field", hasItem("completedOn"));
        Map<String, Object> beijing = external();
        beijing.put("cadreId", TestRoster.WANG.toString());
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(beijing)
                .post("/api/training/records").then().statusCode(400);
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("cadreId", TestRoster.WANG.toString())
                .get("/api/training/records").then().statusCode(404);
        given().auth().oauth2(TestRoster.lin()).queryParam("cadreId", TestRoster.ZHOU.toString())
                .get("/api/training/records").then().statusCode(404);
        given().get("/api/training/records").then().statusCode(401);
    }

    @Test
    void aRecordIsReadByItsIdWithinScopeWithItsETag() {
        String id = given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(external())
                .post("/api/training/records").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/training/records/" + id).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(id)).header("ETag", "\"0\"");
        given().auth().oauth2(Logins.hrBeijing()).get("/api/training/records/" + id).then().statusCode(404);
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/training/records/" + java.util.UUID.randomUUID()).then()
                .statusCode(404);
    }
}
