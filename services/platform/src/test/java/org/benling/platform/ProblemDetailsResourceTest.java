package org.benling.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemDetailsResourceTest {

    static final String HR = Tokens.hr("hr-probe", UUID.randomUUID());

    @Test
    void missingTokenIs401ProblemAndWrongRoleIs403Problem() {
        given().get("/probe/items/1").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/unauthorized"));
        given().auth().oauth2("not-a-token").get("/probe/items/1").then().statusCode(401);
        given().auth().oauth2(Tokens.cadre("c", UUID.randomUUID(), UUID.randomUUID()))
                .get("/probe/items/1").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/forbidden"));
        given().auth().oauth2(HR).get("/probe/admin-only").then().statusCode(403);
    }

    @Test
    void aRulesReasonIsWordedInTheCallersLanguageAndKeepsItsCodeAndParameters() {
        given().auth().oauth2(HR).header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5").get("/probe/refused/2026").then()
                .statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("under a supervision measure: 2026 cannot be graded excellent"))
                .body("violations[0].message", equalTo("林晓: under a supervision measure: 2026 cannot be graded excellent"))
                .body("violations[0].code", equalTo("cycle.grade-not-allowed"))
                .body("violations[0].params.cadre", equalTo("林晓"))
                .body("violations[0].params.reason.code", equalTo("effect.NO_EXCELLENT"))
                .body("violations[0].params.reason.params.year", equalTo(2026));
        given().auth().oauth2(HR).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").get("/probe/refused/2026").then()
                .statusCode(422).body("detail", equalTo("受处分或组织处理影响，2026 年度不得评为优秀"))
                .body("violations[0].message", equalTo("林晓：受处分或组织处理影响，2026 年度不得评为优秀"));
        // a client that names neither language reads both, Chinese first
        given().auth().oauth2(HR).get("/probe/refused/2026").then().statusCode(422)
                .body("detail", equalTo("受处分或组织处理影响，2026 年度不得评为优秀 / under a supervision measure: 2026 cannot"
                        + " be graded excellent"));
        given().auth().oauth2(HR).header("Accept-Language", "fr-FR, *;q=0.1").get("/probe/refused/2026").then()
                .statusCode(422).body("detail", containsString(" / "));
    }

    /** PostgreSQL stores no text with NUL in it: a parameter holding one is named, a body's is refused, neither 500s. */
    @Test
    void aNulCharacterIsA400NamingTheParameterNeverA500() {
        given().auth().oauth2(HR).urlEncodingEnabled(false).post("/probe/items/a%00b").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/validation"))
                .body("violations[0].field", equalTo("code"))
                .body("violations[0].message", containsString("U+0000"));
        given().auth().oauth2(HR).urlEncodingEnabled(false).get("/probe/page?size=5&q=x%00").then().statusCode(400)
                .body("violations.field", hasItem("q"));
        given().auth().oauth2(HR).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body("{\"code\":\"a\\u0000b\"}").post("/probe/idempotent/items").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/validation"))
                .body("detail", containsString("U+0000"));
    }

    @Test
    void invalidBodyNamesEachOffendingField() {
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body("{\"name\":\" \",\"birthDate\":\"2999-01-01\"}")
                .post("/probe/validate").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/validation"))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("birthDate"))
                .body("requestId", notNullValue());
    }

    @Test
    void invalidQueryParameterAndUnreadableDateAre400() {
        given().auth().oauth2(HR).get("/probe/page?size=5000").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"birthDate\":\"not-a-date\"}")
                .post("/probe/validate").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("birthDate"));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"name\":")
                .post("/probe/validate").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void notFoundStaleAndDuplicateAreRealStatusCodes() {
        given().auth().oauth2(HR).get("/probe/items/42").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/not-found"));
        given().auth().oauth2(HR).get("/probe/stale").then().statusCode(409)
                .body("type", equalTo("https://benling.org/problems/stale"));
        String code = "dup-" + UUID.randomUUID();
        given().auth().oauth2(HR).post("/probe/items/" + code).then().statusCode(200);
        given().auth().oauth2(HR).post("/probe/items/" + code).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/conflict"));
    }

    @Test
    void unexpectedFailureHidesInternalsButGivesTheRequestId() {
        given().auth().oauth2(HR).header("X-Request-Id", "req-12345").get("/probe/boom").then().statusCode(500)
                .contentType("application/problem+json")
                .header("X-Request-Id", "req-12345")
                .body("requestId", equalTo("req-12345"))
                .body(not(containsString("secret internals")))
                .body(not(containsString("at org.")));
    }

    /** The database away is not a defect: 503 with Retry-After, and the client knows nothing was written. */
    @Test
    void aRequestThatFindsTheDatabaseAwayIs503WithRetryAfterNever500() {
        given().auth().oauth2(HR).post("/probe/database-away").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://benling.org/problems/database-unavailable"))
                .body("detail", containsString("nothing was changed"))
                .body(not(containsString("backend")));
    }

    @Test
    void sharedDefaultsExposeHealthMetricsAndOpenApi() {
        // readiness covers database and Kafka; another test may just have restarted the broker, so wait for UP
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka")));
        given().get("/q/metrics").then().statusCode(200).body(containsString("benling_outbox_pending"));
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths", notNullValue());
    }
}
