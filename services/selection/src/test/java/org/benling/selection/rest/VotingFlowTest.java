package org.benling.selection.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.selection.SelectionEvents;
import org.benling.contracts.selection.VotingClosed;
import org.benling.selection.TestRoster;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Bureau;
import org.benling.testing.Logins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 民主推荐、民主测评网上投票: HR prepares a session with its list and voter categories, issues one code per voter
 * (shown once), opens it; each code opens its ballot and votes once, without a login; the close counts the box per
 * category and weighted; and nothing left in the database ties a ballot to a code.
 */
@QuarkusTest
class VotingFlowTest {

    static final String SESSIONS = "/api/selection/voting-sessions";
    static final String BALLOT = "/api/selection/ballot";

    @Inject TestRoster roster;
    @Inject EntityManager em;

    @BeforeEach
    void loadRoster() {
        roster.load();
    }

    static Map<String, Object> session(String kind, Integer places, List<UUID> candidates) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("unitId", Bureau.GUANGZHOU.toString());
        body.put("kind", kind);
        body.put("title", "广州市邮政管理局副局长民主推荐");
        body.put("places", places);
        body.put("candidateIds", candidates.stream().map(UUID::toString).toList());
        body.put("categories", List.of(
                Map.of("code", "LEADERSHIP", "name", "班子成员", "weight", 0.5, "voters", 2),
                Map.of("code", "STAFF", "name", "干部职工代表", "weight", 0.5, "voters", 3)));
        return body;
    }

    static JsonPath create(Map<String, Object> body) {
        return given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(body).post(SESSIONS)
                .then().statusCode(201).extract().jsonPath();
    }

    /** The codes of each category, in order: issued with the version read. */
    static Map<String, List<String>> issue(String id, int version) {
        JsonPath issued = given().auth().oauth2(Logins.hrGuangdong()).header("If-Match", "\"" + version + "\"")
                .post(SESSIONS + "/" + id + "/codes").then().statusCode(200).extract().jsonPath();
        return Map.of("LEADERSHIP", issued.getList("categories.find { it.code == 'LEADERSHIP' }.codes"),
                "STAFF", issued.getList("categories.find { it.code == 'STAFF' }.codes"));
    }

    static JsonPath command(String id, String verb) {
        int version = given().auth().oauth2(Logins.hrGuangdong()).get(SESSIONS + "/" + id).then().statusCode(200)
                .extract().path("version");
        return given().auth().oauth2(Logins.hrGuangdong()).header("If-Match", "\"" + version + "\"")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post(SESSIONS + "/" + id + "/" + verb).then()
                .statusCode(200).extract().jsonPath();
    }

    static void vote(String code, Map<String, Object> ballot) {
        Map<String, Object> body = new java.util.HashMap<>(ballot);
        body.put("code", code);
        given().contentType(ContentType.JSON).body(body).post(BALLOT).then().statusCode(204);
    }

    @Test
    void eachCodeVotesOnceWithoutALoginAndTheCloseCountsPerCategoryAndWeighted() {
        List<UUID> people = roster.freshCadres(Bureau.GUANGZHOU, 3);
        UUID a = people.get(0);
        UUID b = people.get(1);
        JsonPath created = create(session("RECOMMENDATION", 1, people));
        String id = created.getString("id");
        assertEquals("DRAFT", created.getString("status"));
        assertEquals(3, created.getList("candidates").size());

        Map<String, List<String>> codes = issue(id, created.getInt("version"));
        assertEquals(2, codes.get("LEADERSHIP").size());
        assertEquals(3, codes.get("STAFF").size());
        assertTrue(codes.get("STAFF").get(0).matches("[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}"), codes.get("STAFF").get(0));
        given().auth().oauth2(Logins.hrGuangdong()).header("If-Match", "\"" + (created.getInt("version") + 1) + "\"")
                .post(SESSIONS + "/" + id + "/codes").then().statusCode(409).body("type", org.hamcrest.Matchers
                        .endsWith("invalid-transition"));

        // not open yet: the code is real, the ballot not available
        given().contentType(ContentType.JSON).body(Map.of("code", codes.get("STAFF").get(0))).post(BALLOT + "/form")
                .then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("voting-closed"));
        command(id, "opening");

        // the ballot page: the code as typed on a phone (lower case, spaces) opens it
        given().contentType(ContentType.JSON).body(Map.of("code", " " + codes.get("LEADERSHIP").get(0).toLowerCase() + " "))
                .post(BALLOT + "/form").then().statusCode(200).body("kind", equalTo("RECOMMENDATION"))
                .body("places", equalTo(1)).body("category", equalTo("班子成员")).body("candidates", hasSize(3));

        vote(codes.get("LEADERSHIP").get(0), Map.of("chosen", List.of(a.toString())));
        vote(codes.get("LEADERSHIP").get(1), Map.of("chosen", List.of(b.toString())));
        vote(codes.get("STAFF").get(0), Map.of("chosen", List.of(a.toString())));
        vote(codes.get("STAFF").get(1), Map.of("chosen", List.of(a.toString())));
        vote(codes.get("STAFF").get(2), Map.of("chosen", List.of())); // an abstention

        // a second vote with a code, a forged code, a ballot naming more than the places
        given().contentType(ContentType.JSON).body(Map.of("code", codes.get("STAFF").get(0), "chosen", List.of(b.toString())))
                .post(BALLOT).then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("code-used"));
        given().contentType(ContentType.JSON).body(Map.of("code", "AAAAA-BBBBB", "chosen", List.of()))
                .post(BALLOT).then().statusCode(400).body("violations[0].field", equalTo("code"));

        given().auth().oauth2(Logins.hrGuangdong()).get(SESSIONS + "/" + id).then().statusCode(200)
                .body("categories.find { it.code == 'STAFF' }.voted", equalTo(3))
                .body("categories.find { it.code == 'LEADERSHIP' }.turnout", equalTo(1.0f))
                .body("results", equalTo(null));

        KafkaCompanion kafka = KafkaBroker.shared().companion();
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics("selection.appointments");
        JsonPath closed;
        VotingClosed event;
        try (kafka) {
            closed = command(id, "closing");
            await().atMost(Duration.ofSeconds(60)).until(() -> closedEvents(records, id).size() == 1);
            event = closedEvents(records, id).get(0);
            assertEquals(id, records.getRecords().stream().filter(r -> r.value().contains(id)).findFirst().orElseThrow()
                    .key(), "keyed by the session");
        }
        assertEquals("CLOSED", closed.getString("status"));
        // the count announced: ballots cast per category, each person's count and weighted share; no code, no ballot
        assertEquals(List.of(2, 3), event.categories().stream().map(VotingClosed.Category::cast).toList());
        assertEquals(a, event.results().get(0).cadreId());
        assertEquals(new java.math.BigDecimal("0.5833"), event.results().get(0).weighted());
        assertEquals(2, event.results().get(0).byCategory().stream().filter(x -> x.category().equals("STAFF"))
                .findFirst().orElseThrow().count());
        // a: leadership 1/2, staff 2/3 → (0.5 × 0.5 + 0.5 × 0.6667) = 0.5833; b: 0.5 × 0.5 = 0.25
        assertEquals(a.toString(), closed.getString("results[0].person.cadreId"));
        assertEquals(0.5833f, closed.getFloat("results[0].weighted"));
        assertEquals(3, closed.getInt("results[0].byCategory.find { it.category == 'STAFF' }.cast"));
        assertEquals(2, closed.getInt("results[0].byCategory.find { it.category == 'STAFF' }.count"));
        assertEquals(b.toString(), closed.getString("results[1].person.cadreId"));
        assertEquals(0.25f, closed.getFloat("results[1].weighted"));

        // after the close, no code votes (an unused one neither)
        given().contentType(ContentType.JSON).body(Map.of("code", codes.get("STAFF").get(2), "chosen", List.of()))
                .post(BALLOT).then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("voting-closed"));

        assertNothingTiesABallotToACode(UUID.fromString(id));
    }

    @Test
    void theEvaluationCountsTheGradesOfEachCategory() {
        List<UUID> people = roster.freshCadres(Bureau.GUANGZHOU, 2);
        JsonPath created = create(session("EVALUATION", null, people));
        String id = created.getString("id");
        Map<String, List<String>> codes = issue(id, created.getInt("version"));
        command(id, "opening");
        String first = people.get(0).toString();
        String second = people.get(1).toString();
        vote(codes.get("LEADERSHIP").get(0), Map.of("grades", Map.of(first, "EXCELLENT", second, "COMPETENT")));
        vote(codes.get("STAFF").get(0), Map.of("grades", Map.of(first, "COMPETENT", second, "INCOMPETENT")));
        vote(codes.get("STAFF").get(1), Map.of("grades", Map.of(first, "BASICALLY_COMPETENT")));
        given().contentType(ContentType.JSON).body(Map.of("code", codes.get("STAFF").get(2), "grades",
                Map.of(UUID.randomUUID().toString(), "EXCELLENT"))).post(BALLOT).then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.startsWith("grades."));

        JsonPath closed = command(id, "closing");
        // the first: leadership 1/1 approve, staff 1/2 → 0.75; the second: 1/1 and 0/1 → 0.5
        assertEquals(first, closed.getString("results[0].person.cadreId"));
        assertEquals(0.75f, closed.getFloat("results[0].weighted"));
        assertEquals(1, closed.getInt("results[0].byCategory.find { it.category == 'STAFF' }.grades.BASICALLY_COMPETENT"));
        assertEquals(0.5f, closed.getFloat("results[1].weighted"));
        assertNothingTiesABallotToACode(UUID.fromString(id));
    }

    @Test
    void aCodeOfASessionClosedLongAgoIsNoCodeAnyMore() {
        List<UUID> people = roster.freshCadres(Bureau.GUANGZHOU, 2);
        JsonPath created = create(session("RECOMMENDATION", 1, people));
        String id = created.getString("id");
        String unused = issue(id, created.getInt("version")).get("STAFF").get(0);
        command(id, "opening");
        command(id, "closing");
        given().contentType(ContentType.JSON).body(Map.of("code", unused)).post(BALLOT + "/form").then()
                .statusCode(409).body("type", org.hamcrest.Matchers.endsWith("voting-closed"));

        // 31 days after the close (30 by default): its secret is no longer tried, the code is unknown
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE voting_session"
                + " SET closed_at = closed_at - interval '31 days' WHERE id = :id").setParameter("id", UUID.fromString(id))
                .executeUpdate());
        given().contentType(ContentType.JSON).body(Map.of("code", unused)).post(BALLOT + "/form").then()
                .statusCode(400).body("violations[0].field", equalTo("code"));
    }

    @Test
    void theOrganisersScopeAndTheListAreChecked() {
        List<UUID> people = roster.freshCadres(Bureau.GUANGZHOU, 2);
        String id = create(session("RECOMMENDATION", 1, people)).getString("id");
        given().auth().oauth2(Logins.hrBeijing()).get(SESSIONS + "/" + id).then().statusCode(404);
        given().auth().oauth2(Logins.cadre(people.get(0), Bureau.GUANGZHOU)).get(SESSIONS + "/" + id).then().statusCode(403);
        given().auth().oauth2(Logins.inspectorGuangdong()).get(SESSIONS + "/" + id).then().statusCode(200);
        given().auth().oauth2(Logins.hrBeijing()).contentType(ContentType.JSON).body(session("RECOMMENDATION", 1, people))
                .post(SESSIONS).then().statusCode(400).body("violations[0].field", equalTo("unitId"));

        List<UUID> withStranger = new ArrayList<>(people);
        withStranger.add(UUID.randomUUID());
        withStranger.add(people.get(0));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(session("RECOMMENDATION", null, withStranger)).post(SESSIONS).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("places", "candidateIds[2]",
                        "candidateIds[3]"));
    }

    private static List<VotingClosed> closedEvents(ConsumerTask<String, String> records, String id) {
        return records.getRecords().stream().filter(r -> r.value().contains(id)).map(r -> EventJson.read(r.value()))
                .filter(e -> e.type().equals(SelectionEvents.VOTING_CLOSED.type()))
                .map(e -> EventJson.data(e, SelectionEvents.VOTING_CLOSED)).toList();
    }

    /**
     * What stays of a closed session: the codes' digests, categories and flags, all written by the close's
     * transaction; the counts; no ballot, no column that names a code beside a choice, no time of a vote.
     */
    private void assertNothingTiesABallotToACode(UUID session) {
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0L, ((Number) em.createNativeQuery("SELECT count(*) FROM ballot_box WHERE session_id = :s")
                    .setParameter("s", session).getSingleResult()).longValue(), "the box is empty");
            assertEquals(1L, ((Number) em.createNativeQuery("SELECT count(DISTINCT xmin::text) FROM voter_code"
                    + " WHERE session_id = :s").setParameter("s", session).getSingleResult()).longValue(),
                    "every code of the session was last written by one transaction");
            @SuppressWarnings("unchecked")
            List<String> codeColumns = em.createNativeQuery("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_name = 'voter_code' ORDER BY ordinal_position").getResultList();
            assertEquals(List.of("digest", "session_id", "category", "used"), codeColumns);
            @SuppressWarnings("unchecked")
            List<String> withDigest = em.createNativeQuery("SELECT DISTINCT table_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND column_name IN ('digest', 'code_digest', 'voter_code')"
                    ).getResultList();
            assertEquals(List.of("voter_code"), withDigest, "only the codes' own table holds a digest");
        });
    }
}
