package org.benling.platform.preconditions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Where a deployment requires If-Match, an update without it is refused with 428 and changes nothing. */
@QuarkusTest
@TestProfile(IfMatchRequiredTest.Required.class)
class IfMatchRequiredTest {

    public static class Required implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("benling.api.if-match-required", "true");
        }
    }

    static final String HR = Tokens.hr("hr-if-match-required", UUID.randomUUID());

    @Test
    void anUpdateWithoutIfMatchIsRefusedAndOneWithItRuns() {
        long id = given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("code", "q-" + UUID.randomUUID()))
                .post("/probe/idempotent/items").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(HR).queryParam("code", "z").post("/probe/versioned/" + id + "/rename").then()
                .statusCode(428).body("type", equalTo("https://benling.org/problems/precondition-required"));
        given().auth().oauth2(HR).header("If-Match", "\"0\"").queryParam("code", "z")
                .post("/probe/versioned/" + id + "/rename").then().statusCode(200).body("version", equalTo(1));
    }
}
