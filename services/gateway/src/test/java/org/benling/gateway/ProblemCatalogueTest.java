package org.benling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every problem type's URI path resolves on the gateway to what it means, without a login. */
@QuarkusTest
class ProblemCatalogueTest {

    @Test
    void theCatalogueListsEveryTypeAndEachTypeDescribesItself() {
        given().get("/problems").then().statusCode(200)
                .body("problems.slug", hasItems("validation", "stale", "precondition-failed", "rate-limited"));
        given().get("/problems/precondition-failed").then().statusCode(200)
                .body("type", equalTo("https://benling.org/problems/precondition-failed"))
                .body("status", equalTo(412)).body("zh", equalTo("If-Match 不是资源的当前版本：重新读取（ETag）后再试。"));
        given().get("/problems/no-such-thing").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/not-found"));
    }
}
