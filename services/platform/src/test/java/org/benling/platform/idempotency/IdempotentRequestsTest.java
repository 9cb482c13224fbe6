package org.benling.platform.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A POST sent again with the same Idempotency-Key (a client that lost the answer) gets the first answer and changes
 * nothing; the key is the caller's; another request under a used key is refused; a refused request keeps nothing.
 */
@QuarkusTest
class IdempotentRequestsTest {

    static final String HR = Tokens.hr("hr-idempotent", UUID.randomUUID());
    static final String OTHER = Tokens.hr("hr-other", UUID.randomUUID());

    @Inject EntityManager em;

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String code = "i-" + UUID.randomUUID();
        ExtractableResponse<Response> first = create(HR, key, code).statusCode(201).extract();
        ExtractableResponse<Response> retry = create(HR, key, code).statusCode(201)
                .header("Idempotent-Replayed", "true").extract();
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.body().asString(), retry.body().asString());
        assertEquals(1, count(code));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("code", code)).post("/probe/idempotent/items")
                .then().statusCode(409);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        create(HR, key, "j-" + UUID.randomUUID()).statusCode(201);
        create(HR, key, "k-" + UUID.randomUUID()).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/idempotency-key-reused"));
    }

    @Test
    void aKeyIsTheCallersOwn() {
        String key = UUID.randomUUID().toString();
        create(HR, key, "l-" + UUID.randomUUID()).statusCode(201);
        create(OTHER, key, "m-" + UUID.randomUUID()).statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aRefusedRequestKeepsNothingSoTheCorrectedOneMayUseTheKey() {
        String key = UUID.randomUUID().toString();
        create(HR, key, " ").statusCode(400);
        String code = "n-" + UUID.randomUUID();
        create(HR, key, code).statusCode(201).header("Idempotent-Replayed", nullValue());
        assertEquals(1, count(code));
    }

    @Test
    void aCommandAnsweredOnceWithAKeyAndEachTimeWithout() {
        String code = "o-" + UUID.randomUUID();
        create(HR, UUID.randomUUID().toString(), code).statusCode(201);
        String key = UUID.randomUUID().toString();
        touch(key, code).statusCode(200).body("version", equalTo(1));
        touch(key, code).statusCode(200).body("version", equalTo(1)).header("Idempotent-Replayed", "true");
        touch(null, code).statusCode(200).body("version", equalTo(2));
        touch(null, code).statusCode(200).body("version", equalTo(3));
    }

    @Test
    void twoRequestsWithOneKeyAtOnceHaveOneEffectAndOneAnswer() {
        String key = UUID.randomUUID().toString();
        String code = "p-" + UUID.randomUUID();
        List<CompletableFuture<ExtractableResponse<Response>>> both = List.of(
                CompletableFuture.supplyAsync(() -> slow(key, code)), CompletableFuture.supplyAsync(() -> slow(key, code)));
        List<ExtractableResponse<Response>> answers = both.stream().map(CompletableFuture::join).toList();
        assertEquals(List.of(201, 201), answers.stream().map(ExtractableResponse::statusCode).toList());
        assertEquals(answers.get(0).body().asString(), answers.get(1).body().asString());
        assertEquals(1, count(code));
    }

    private static io.restassured.response.ValidatableResponse create(String token, String key, String code) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("code", code)).post("/probe/idempotent/items").then();
    }

    private static ExtractableResponse<Response> slow(String key, String code) {
        return given().auth().oauth2(HR).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("code", code)).queryParam("slow", true).post("/probe/idempotent/items").then().extract();
    }

    private static io.restassured.response.ValidatableResponse touch(String key, String code) {
        var request = given().auth().oauth2(HR);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/probe/idempotent/items/" + code + "/touch").then();
    }

    private long count(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM probe_item WHERE code = :code").setParameter("code", code).getSingleResult()).longValue());
    }
}
