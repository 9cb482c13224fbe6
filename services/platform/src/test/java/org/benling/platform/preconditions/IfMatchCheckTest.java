package org.benling.platform.preconditions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A resource read answers its version as the ETag; an update naming that ETag in If-Match goes through, one naming an
 * older one is refused with 412 and changes nothing; without If-Match the update runs as before; a command that
 * refuses itself answers its own refusal first.
 */
@QuarkusTest
class IfMatchCheckTest {

    static final String HR = Tokens.hr("hr-if-match", UUID.randomUUID());

    @Test
    void theETagReadIsTheOneAnUpdateNamesAndAStaleOneChangesNothing() {
        long id = newItem();
        String etag = given().auth().oauth2(HR).get("/probe/versioned/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").extract().header("ETag");
        String renamed = "r-" + UUID.randomUUID();
        rename(id, etag, renamed).statusCode(200).header("ETag", "\"1\"").body("code", equalTo(renamed));
        rename(id, etag, "s-" + UUID.randomUUID()).statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/precondition-failed"));
        given().auth().oauth2(HR).get("/probe/versioned/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("code", equalTo(renamed));
    }

    @Test
    void anyOfSeveralTagsOrAStarMatches() {
        long id = newItem();
        rename(id, "\"7\", \"0\"", "t-" + UUID.randomUUID()).statusCode(200).body("version", equalTo(1));
        rename(id, "*", "u-" + UUID.randomUUID()).statusCode(200).body("version", equalTo(2));
    }

    @Test
    void withoutIfMatchTheUpdateRunsAsBefore() {
        long id = newItem();
        rename(id, null, "v-" + UUID.randomUUID()).statusCode(200).body("version", equalTo(1));
    }

    @Test
    void aWeakOrMalformedTagIsRefusedBeforeAnyEffect() {
        long id = newItem();
        for (String tag : new String[] {"W/\"0\"", "0", "\"zero\""}) {
            rename(id, tag, "w-" + UUID.randomUUID()).statusCode(400)
                    .body("violations.field", hasItem("If-Match"));
        }
        given().auth().oauth2(HR).get("/probe/versioned/" + id).then().header("ETag", "\"0\"");
    }

    @Test
    void theCommandsOwnRefusalComesBeforeTheTag() {
        long id = newItem();
        given().auth().oauth2(HR).header("If-Match", "\"9\"").queryParam("code", "x").queryParam("refuse", true)
                .post("/probe/versioned/" + id + "/rename").then().statusCode(409);
        given().auth().oauth2(HR).header("If-Match", "\"9\"").queryParam("code", "x")
                .post("/probe/versioned/" + (id + 1_000_000) + "/rename").then().statusCode(404);
    }

    @Test
    void aStaleTagUnderAnIdempotencyKeyKeepsNothingSoTheCorrectedRetryRuns() {
        long id = newItem();
        String key = UUID.randomUUID().toString();
        String code = "y-" + UUID.randomUUID();
        given().auth().oauth2(HR).header("Idempotency-Key", key).header("If-Match", "\"5\"").queryParam("code", code)
                .post("/probe/versioned/" + id + "/rename").then().statusCode(412);
        given().auth().oauth2(HR).header("Idempotency-Key", key).header("If-Match", "\"0\"").queryParam("code", code)
                .post("/probe/versioned/" + id + "/rename").then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void theAnswersVersionIsTheStoredOneHoweverTheRequestCame() {
        long id = newItem();
        rename(id, null, "a-" + UUID.randomUUID()).statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1));
        rename(id, "\"1\"", "b-" + UUID.randomUUID()).statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2));
        given().auth().oauth2(HR).header("Idempotency-Key", UUID.randomUUID().toString()).queryParam("code", "c")
                .post("/probe/versioned/" + id + "/rename").then().statusCode(200).body("version", equalTo(3));
        given().auth().oauth2(HR).queryParam("code", "d").post("/probe/versioned/" + id + "/rename-in-resource").then()
                .statusCode(200).header("ETag", "\"4\"").body("version", equalTo(4));
        given().auth().oauth2(HR).header("If-Match", "\"4\"").queryParam("code", "e")
                .post("/probe/versioned/" + id + "/rename-in-resource").then().statusCode(200).body("version", equalTo(5));
        given().auth().oauth2(HR).get("/probe/versioned/" + id).then().header("ETag", "\"5\"").body("code", equalTo("e"));
    }

    private static long newItem() {
        return given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("code", "i-" + UUID.randomUUID()))
                .post("/probe/idempotent/items").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse rename(long id, String ifMatch, String code) {
        var request = given().auth().oauth2(HR).queryParam("code", code);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.post("/probe/versioned/" + id + "/rename").then();
    }
}
