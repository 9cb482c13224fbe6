package org.benling.gateway.session;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A bearer token is verified once; the cache never answers for a token that failed, nor after the token expires. */
@QuarkusTest
class VerifiedTokenCacheTest {

    static final UUID GUANGDONG = UUID.nameUUIDFromBytes("benling-unit:440000".getBytes());

    @Inject VerifiedTokenCache cache;

    @Test
    void eachTokenIsVerifiedOnceAndEveryCallerKeepsTheirOwnIdentity() {
        String alice = "cache-alice-" + UUID.randomUUID();
        String bob = "cache-bob-" + UUID.randomUUID();
        String aliceToken = Tokens.hr(alice, GUANGDONG);
        String bobToken = Tokens.token(bob, Set.of("leader"), GUANGDONG, null);
        long misses = cache.misses();
        long hits = cache.hits();

        for (int round = 0; round < 2; round++) {
            given().auth().oauth2(aliceToken).get("/api/session").then().statusCode(200)
                    .body("username", equalTo(alice)).body("roles", contains("hr"));
            given().auth().oauth2(bobToken).get("/api/session").then().statusCode(200)
                    .body("username", equalTo(bob)).body("roles", contains("leader"));
        }
        // proxied: the service is sent the caller's own token, also when the gateway answered from its cache
        given().auth().oauth2(aliceToken).get("/api/cadres").then().statusCode(200)
                .body("authorization", equalTo("Bearer " + aliceToken));

        assertEquals(misses + 2, cache.misses(), "two tokens, each verified once");
        assertEquals(hits + 3, cache.hits(), "the other requests answered from the cache");
    }

    @Test
    void aTokenThatFailsVerificationIsNeverKept() {
        String token = Tokens.hr("cache-forger-" + UUID.randomUUID(), GUANGDONG);
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        long hits = cache.hits();

        given().auth().oauth2(forged).get("/api/cadres").then().statusCode(401);
        given().auth().oauth2(forged).get("/api/cadres").then().statusCode(401);
        given().auth().oauth2(forged).get("/api/session").then().statusCode(401);

        assertEquals(hits, cache.hits(), "a forged token is checked again each time");
    }

    @Test
    void aKeptTokenIsRefusedOnceItHasExpired() {
        String user = "cache-expiring-" + UUID.randomUUID();
        String token = Jwt.preferredUserName(user).subject(UUID.nameUUIDFromBytes(user.getBytes()).toString())
                .issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).groups(Set.of("hr"))
                .claim("unit_id", GUANGDONG.toString())
                .expiresAt(Instant.now().plusSeconds(3))
                .jws().keyId("1").sign("privateKey.jwk");

        given().auth().oauth2(token).get("/api/session").then().statusCode(200).body("username", equalTo(user));
        given().auth().oauth2(token).get("/api/session").then().statusCode(200).body("username", equalTo(user));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(token).get("/api/cadres").then().statusCode(401));
    }
}
