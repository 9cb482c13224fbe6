package org.benling.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The leadership dashboard on the whole stack: each figure is exactly what its owner answers the same caller for the
 * same unit and year at its own endpoint (the gateway composes, it computes nothing), for a leader over the bureau and
 * a province, and for HR over its province, without the four forms and the coverage HR may not read.
 */
class DashboardSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static UUID unit;
    static UUID guangdong;
    static int year;

    @BeforeAll
    static void aUnitOfItsOwnInGuangdong() {
        unit = UUID.fromString(Stack.newUnit("DS", 3).unitId());
        guangdong = Stack.province("440000");
        year = Stack.today().getYear() - 1;
    }

    /** Each section's owner endpoint for the unit (none: the caller's default) and the year. */
    private static Map<String, String> owners(UUID unitId) {
        String unit = unitId == null ? null : "unitId=" + unitId;
        String inYear = "year=" + year;
        Map<String, String> owners = new LinkedHashMap<>();
        owners.put("assessment", path("/api/assessment/figures", unit, inYear));
        owners.put("compliance", path("/api/training/compliance/figures", unit));
        owners.put("rotation", path("/api/rotation/balance", unit, inYear));
        owners.put("coverage", path("/api/inspection/coverage", unit));
        owners.put("overdueFindings", path("/api/inspection/findings", "overdue=true", "size=20", "sort=dueOn", unit));
        owners.put("forms", path("/api/inspection/measures/distribution", unit));
        return owners;
    }

    /** A path with the query parameters given (null ones left out). */
    private static String path(String base, String... parameters) {
        String query = java.util.Arrays.stream(parameters).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining("&"));
        return query.isEmpty() ? base : base + "?" + query;
    }

    private static JsonNode get(String user, String path) throws Exception {
        String body = Stack.as(user).get(path).then().statusCode(200).extract().asString();
        return JSON.readTree(body);
    }

    /**
     * The dashboard, asked fresh, and each owner's own answer right after: section by section the same. (Asked again
     * while another scenario's events still move a figure between the two reads.)
     */
    private static JsonNode sameAsTheOwners(String user, UUID unitId, String... restricted) {
        JsonNode[] answer = new JsonNode[1];
        org.awaitility.Awaitility.await().atMost(Stack.WITHIN).pollInterval(java.time.Duration.ofSeconds(1))
                .untilAsserted(() -> answer[0] = compared(user, unitId, restricted));
        return answer[0];
    }

    private static JsonNode compared(String user, UUID unitId, String... restricted) throws Exception {
        JsonNode dashboard = get(user, path("/api/dashboard", unitId == null ? null : "unitId=" + unitId, "year=" + year,
                "fresh=true"));
        java.util.List<String> refused = java.util.List.of(restricted);
        for (JsonNode state : dashboard.path("sections")) {
            String expected = refused.contains(state.path("section").asText()) ? "RESTRICTED" : "AVAILABLE";
            assertEquals(expected, state.path("status").asText(), user + " " + state);
        }
        for (Map.Entry<String, String> owner : owners(unitId).entrySet()) {
            JsonNode section = dashboard.path(owner.getKey());
            if (refused.contains(camelToSection(owner.getKey()))) {
                assertTrue(section.isNull() || section.isMissingNode(), owner.getKey() + " for " + user);
                Stack.as(user).get(owner.getValue()).then().statusCode(403);
                continue;
            }
            JsonNode own = get(user, owner.getValue());
            assertTrue(own.equals(section), owner.getKey() + " for " + user + " differs from " + owner.getValue());
        }
        return dashboard;
    }

    private static String camelToSection(String property) {
        return property.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }

    @Test
    void aLeadersFiguresAreTheOwnersForTheBureauAProvinceAndAUnit() {
        JsonNode bureau = sameAsTheOwners("leader", null);
        assertTrue(bureau.path("compliance").path("units").size() > 30, "the bureau by its provinces and departments");
        JsonNode province = sameAsTheOwners("leader", guangdong);
        assertEquals("广东省邮政管理局", province.path("compliance").path("unitName").asText());
        JsonNode own = sameAsTheOwners("leader", unit);
        assertEquals(3, own.path("compliance").path("cadres").asInt());
        assertEquals(3, own.path("assessment").path("units").path(0).path("cadres").asInt());
    }

    @Test
    void hrOfTheProvinceHasItsProvincesFiguresWithoutTheFourFormsOrCoverage() {
        // HR reads neither the four forms nor the inspection coverage (leaders' and inspectors')
        JsonNode province = sameAsTheOwners(Stack.HR, null, "FORMS", "COVERAGE");
        assertEquals(guangdong.toString(), province.path("compliance").path("unitId").asText());
        sameAsTheOwners(Stack.HR, unit, "FORMS", "COVERAGE");
        // another province is none of HR's: the dashboard, like its owners, does not know it
        Stack.as(Stack.HR).get("/api/dashboard?unitId=" + Stack.province("510000")).then().statusCode(404);
    }
}
