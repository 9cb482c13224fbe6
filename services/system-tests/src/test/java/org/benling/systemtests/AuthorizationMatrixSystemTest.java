package org.benling.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.benling.systemtests.Matrix.Op;
import org.benling.systemtests.Matrix.Role;
import org.benling.systemtests.Matrix.Target;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the merged OpenAPI document × every role × (own cadre / own unit / other unit), through the
 * gateway with real tokens: what ARCHITECTURE.md's security model promises, proven on the running stack. An
 * operation added to the API without a row here fails the test, and so does a row whose operation is gone.
 *
 * <p>Run with {@code -Dbenling.matrix.discover=true} to print what each role actually gets, in the grid's syntax.
 */
class AuthorizationMatrixSystemTest {

    /** Columns SELF OWN OTHER: a cadre reads only self; HR and inspectors their unit's subtree; leaders and admins all. */
    static final String ADMIN_ONLY = "cadre 403; hr 403; inspector 403; leader 403; admin ok";
    static final String READ = "cadre ok 404 404; hr ok ok 404; inspector ok ok 404; leader ok ok ok; admin ok ok ok";
    /** The same without the cadre. */
    static final String STAFF_READ = "cadre 403 403 403; hr ok ok 404; inspector ok ok 404; leader ok ok ok; admin ok ok ok";
    /** HR's reads (inspectors have no business there). */
    static final String HR_READ = "cadre 403 403 403; hr ok ok 404; inspector 403 403 403; leader ok ok ok; admin ok ok ok";
    /** HR changes what belongs to its subtree; admins everywhere. */
    static final String HR_WRITE = "cadre 403 403 403; hr ok ok 404; inspector 403 403 403; leader 403 403 403; admin ok ok ok";
    /** The same, where the thing is named in the body: out of scope is refused (400, 403 or 404). */
    static final String HR_WRITE_BODY = "cadre 403 403 403; hr ok ok no; inspector 403 403 403; leader 403 403 403; admin ok ok ok";

    /**
     * A list filtered by a unit or cadre outside the scope: the filter meets the scope and the page is empty (the
     * leak check proves it); a cadre's lists hold only its own.
     */
    static final String FILTERED = "cadre ok ok ok; hr ok ok ok; inspector ok ok ok; leader ok ok ok; admin ok ok ok";
    static final String STAFF_FILTERED = "cadre 403 403 403; hr ok ok ok; inspector ok ok ok; leader ok ok ok; admin ok ok ok";
    /** Inspectors' reports (coverage, the four forms' distribution): a unit outside the scope does not exist. */
    static final String INSPECTOR_READ = "cadre 403 403 403; hr 403 403 403; inspector ok ok 404; leader ok ok ok; admin ok ok ok";
    /** What only an account linked to a cadre has: its own (个人有关事项报告). */
    static final String OWN_ACCOUNT = "cadre ok; hr 403; inspector 403; leader 403; admin 403";
    /** A cadre decides its own (a course proposal); HR those of its subtree. */
    static final String OWN_OR_HR_WRITE = "cadre ok 404 404; hr ok ok 404; inspector 403 403 403; leader 403 403 403; admin ok ok ok";

    static MatrixWorld world;

    @BeforeAll
    static void theWorld() {
        world = new MatrixWorld();
    }

    @AfterAll
    static void removeAccounts() {
        Accounts.deleteAll();
    }

    @Test
    void everyOperationGivesEveryRoleWhatTheSecurityModelPromises() throws IOException {
        List<Op> ops = table();
        TreeSet<String> documented = documentedOperations();
        TreeSet<String> tabled = ops.stream().map(Op::key).collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> missing = new TreeSet<>(documented);
        missing.removeAll(tabled);
        TreeSet<String> stale = new TreeSet<>(tabled);
        stale.removeAll(documented);
        assertTrue(missing.isEmpty(), "operations without a row in the authorization matrix: " + missing);
        assertTrue(stale.isEmpty(), "rows for operations the API no longer has: " + stale);
        assertEquals(ops.size(), tabled.size(), "an operation has two rows");

        Matrix matrix = new Matrix(world);
        boolean discover = Boolean.getBoolean("benling.matrix.discover");
        List<Matrix.Case> cases = matrix.cases(ops);
        List<Matrix.Result> results = new ArrayList<>();
        List<Matrix.Case> allowed = cases.stream().filter(c -> c.expected() == Matrix.Outcome.OK).toList();
        List<String> conditional = new ArrayList<>();
        for (Matrix.Case c : cases) {
            if (c == allowed.get(0)) {
                // every refusal has run; nothing allowed has changed anything yet
                conditional.addAll(matrix.staleTagsRefused(allowed));
            }
            results.add(matrix.run(c));
        }
        conditional.addAll(matrix.replaysAnswerTheSame(allowed));
        if (discover) {
            printActual(ops, results);
        }
        List<String> failures = results.stream().filter(r -> !r.passed()).map(Matrix.Result::line).toList();
        long leaks = results.stream().filter(r -> !r.leaked().isEmpty()).count();
        String figures = String.format("authorization matrix: %d operations, %d cases, %d failed, %d leaks%n",
                ops.size(), results.size(), failures.size(), leaks);
        System.out.print(figures);
        Path report = Path.of("target", "authorization-matrix.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, figures + String.join("\n", failures) + "\n");
        assertTrue(failures.isEmpty(), failures.size() + " cases differ from the matrix:\n" + String.join("\n", failures));
        assertTrue(conditional.isEmpty(), "conditional updates and retries:\n" + String.join("\n", conditional));
    }

    /** Every operation of the merged document the gateway serves (its own and every service's). */
    static TreeSet<String> documentedOperations() throws IOException {
        JsonNode document = new ObjectMapper().readTree(given().baseUri(Stack.MANAGEMENT_URL).accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        TreeSet<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    private static void printActual(List<Op> ops, List<Matrix.Result> results) {
        Map<String, Map<Role, Map<Target, String>>> actual = new LinkedHashMap<>();
        for (Matrix.Result r : results) {
            actual.computeIfAbsent(r.c().op().key(), k -> new EnumMap<>(Role.class))
                    .computeIfAbsent(r.c().role(), k -> new EnumMap<>(Target.class))
                    .put(r.c().target(), (r.passed() ? "" : "!") + r.status() + (r.leaked().isEmpty() ? "" : "L"));
        }
        for (Op op : ops) {
            StringBuilder line = new StringBuilder(String.format("%-62s", op.key()));
            actual.get(op.key()).forEach((role, byTarget) -> line.append(role.name().toLowerCase()).append(' ')
                    .append(String.join(" ", byTarget.values())).append("; "));
            System.out.println("MATRIX " + line);
        }
    }

    // ------------------------------------------------------------------------------------------------ the table

    static List<Op> table() {
        List<Op> ops = new ArrayList<>();
        ops.addAll(gateway());
        ops.addAll(personnel());
        ops.addAll(training());
        ops.addAll(assessment());
        ops.addAll(rotation());
        ops.addAll(inspection());
        ops.addAll(notification());
        ops.addAll(selection());
        ops.addAll(deadLetters());
        return ops;
    }

    /** What each service's consumers refused, and its replay: administrators only (a position nothing is at: 200). */
    static List<Op> deadLetters() {
        List<Op> ops = new ArrayList<>();
        for (String service : List.of("personnel", "training", "assessment", "rotation", "inspection", "notification",
                "selection")) {
            ops.add(op("GET /api/" + service + "/dead-letters").expect(ADMIN_ONLY));
            ops.add(op("POST /api/" + service + "/dead-letters/replay").fixedBody(Map.of("records", List.of(Map.of(
                    "topic", "personnel.cadres.dlq", "partition", 0, "offset", Long.MAX_VALUE - 1)))).expect(ADMIN_ONLY));
        }
        return ops;
    }

    static Op op(String operation) {
        return new Op(operation);
    }

    static List<Op> gateway() {
        return List.of(
                op("GET /login").open().expect("cadre ok; hr ok; inspector ok; leader ok; admin ok; integration ok"),
                op("GET /app-config.json").open().expect("cadre ok; hr ok; inspector ok; leader ok; admin ok; integration ok"),
                op("GET /api/session").open().expect("cadre ok; hr ok; inspector ok; leader ok; admin ok; integration ok"),
                // composed from the owners' figures; a unit no owner shows the caller is a 404
                op("GET /api/dashboard").query("unitId", world::unit).expect(STAFF_READ),
                op("GET /problems").open().expect("cadre ok; hr ok; inspector ok; leader ok; admin ok; integration ok"),
                op("GET /problems/{slug}").path("slug", t -> "precondition-failed").open()
                        .namesOthers("the problem catalogue is public documentation, the same for everyone")
                        .expect("cadre ok ok ok; hr ok ok ok; inspector ok ok ok; leader ok ok ok; admin ok ok ok;"
                                + " integration ok ok ok"));
    }

    static List<Op> personnel() {
        return List.of(
                op("GET /api/cadres").query("unitId", world::unit).expect(FILTERED + "; integration ok ok ok"),
                op("POST /api/cadres").body(t -> world.cadreBody("MX" + world.a.stamp() + "-N" + System.nanoTime() % 100000,
                        world.unit(t), 0)).expect(HR_WRITE_BODY),
                op("GET /api/cadres/export").query("unitId", world::unit).expect(STAFF_FILTERED),
                op("POST /api/cadres/import").file("roster.xlsx", world.rosterOfA)
                        .expect("cadre 403; hr ok; inspector 403; leader 403; admin ok"),
                op("GET /api/cadres/import/template").expect("cadre 403; hr ok; inspector 403; leader 403; admin ok"),
                op("PUT /api/cadres/{id}").path("id", world::freshCadre).body(t -> world.lastFreshCadreBody())
                        .expect(HR_WRITE),
                op("GET /api/cadres/{id}").path("id", world::cadre).expect(READ + "; integration ok ok ok"),
                op("GET /api/cadres/{id}/audit").path("id", world::cadre).expect(HR_READ),
                op("POST /api/cadres/{id}/retirement").path("id", world::freshCadre)
                        .fixedBody(Map.of("retiredOn", world.today.toString())).expect(HR_WRITE),
                op("GET /api/cadres/{id}/transfers").path("id", world::cadre).expect(READ),
                // composed by the gateway from the owners' answers to the caller: exactly the cadre record's scope
                op("GET /api/cadres/{id}/portfolio").path("id", world::cadre).expect(READ),
                op("GET /api/cadres/{id}/appointment-form").path("id", world::cadre).expect(HR_READ),
                op("POST /api/cadres/{id}/transfers").path("id", world::freshCadre)
                        .body(t -> Map.of("toUnitId", world.unit(t), "positionTitle", "科长", "effectiveOn",
                                world.today.toString(), "reason", "授权矩阵测试")).expect(HR_WRITE),
                op("GET /api/me").expect("cadre ok; hr ok; inspector ok; leader ok; admin ok"),
                op("GET /api/units").namesOthers("the unit tree names every unit")
                        .expect("cadre ok; hr ok; inspector ok; leader ok; admin ok; integration ok"),
                op("POST /api/units").body(t -> Map.of("code", "MX" + System.nanoTime() % 1000000, "name",
                        "授权矩阵测试下级单位", "kind", "MUNICIPAL", "parentId", world.unit(t)))
                        .expect("cadre 403 403 403; hr 403 403 403; inspector 403 403 403; leader 403 403 403; admin ok ok ok"),
                op("PUT /api/units/{id}").path("id", world::unit).body(world::unitUpdate)
                        .expect("cadre 403 403 403; hr 403 403 403; inspector 403 403 403; leader 403 403 403; admin ok ok ok"),
                op("GET /api/units/{id}").path("id", world::unit).namesOthers("units are the bureau's public reference tree")
                        .expect("cadre ok ok ok; hr ok ok ok; inspector ok ok ok; leader ok ok ok; admin ok ok ok; "
                                + "integration ok ok ok"),
                op("GET /api/units/{id}/audit").path("id", world::unit)
                        .expect("cadre 403 403 403; hr 403 403 403; inspector 403 403 403; leader ok ok ok; admin ok ok ok"));
    }

    static List<Op> training() {
        return List.of(
                op("GET /api/training/classes").expect("cadre ok; hr ok; inspector ok; leader ok; admin ok"),
                op("POST /api/training/classes").body(t -> Map.of("courseId", world.course, "unitId", world.unit(t),
                        "startDate", world.today.plusDays(20).toString(), "endDate", world.today.plusDays(21).toString(),
                        "capacity", 5)).expect(HR_WRITE_BODY),
                op("GET /api/training/classes/{id}").path("id", t -> world.id("class", t))
                        .expect("cadre ok ok 404; hr ok ok 404; inspector ok ok 404; leader ok ok ok; admin ok ok ok"),
                op("PUT /api/training/classes/{id}/attendance").path("id", t -> world.id("class", t))
                        .body(t -> Map.of("day", world.today.plusDays(7).toString(), "entries",
                                List.of(Map.of("enrolmentId", world.id("enrolment", t), "present", true, "leaveHours", 0))))
                        .expect(HR_WRITE),
                op("GET /api/training/classes/{id}/audit").path("id", t -> world.id("class", t)).expect(HR_READ),
                op("POST /api/training/classes/{id}/completion").path("id", t -> world.id("class", t))
                        .fixedBody(Map.of()).expect(HR_WRITE),
                op("GET /api/training/classes/{id}/enrolments").path("id", t -> world.id("class", t)).expect(STAFF_READ),
                op("POST /api/training/classes/{id}/enrolments").path("id", t -> world.id("class", t))
                        .body(t -> Map.of("cadreIds", List.of(world.cadre(t))))
                        .expect("cadre 403 403 404; hr ok ok 404; inspector 403 403 403; leader 403 403 403; admin ok ok ok"),
                op("DELETE /api/training/classes/{id}/enrolments/{enrolmentId}")
                        .path("enrolmentId", world::freshEnrolment).path("id", t -> world.lastFreshClass())
                        .expect("cadre ok 404 404; hr ok ok 404; inspector 403 403 403; leader 403 403 403; admin ok ok ok"),
                op("GET /api/training/compliance").query("unitId", world::unit).expect(STAFF_READ),
                op("GET /api/training/compliance/figures").query("unitId", world::unit).expect(STAFF_READ),
                op("GET /api/training/compliance/cadres/{cadreId}").path("cadreId", world::cadre).expect(READ),
                op("POST /api/training/compliance/early-warning").fixedBody(Map.of())
                        .expect("cadre 403; hr 403; inspector 403; leader 403; admin ok"),
                op("GET /api/training/compliance/export").query("unitId", world::unit).expect(STAFF_READ),
                op("GET /api/training/courses").expect("cadre ok; hr ok; inspector ok; leader ok; admin ok"),
                op("POST /api/training/courses").freshBody(() -> Map.of("code", "MX-" + System.nanoTime() % 10000000,
                        "title", "授权矩阵测试课程", "kind", "SPECIAL_TOPIC", "capabilities", List.of("LEARNING"),
                        "creditHours", "4")).expect("cadre 403; hr ok; inspector 403; leader 403; admin ok"),
                op("PUT /api/training/courses/{id}").fixedPath("id", world.course).freshBody(world::courseUpdate)
                        .expect("cadre 403; hr ok; inspector 403; leader 403; admin ok"),
                op("GET /api/training/courses/{id}").fixedPath("id", world.course)
                        .expect("cadre ok; hr ok; inspector ok; leader ok; admin ok"),
                op("GET /api/training/courses/{id}/audit").fixedPath("id", world.course)
                        .expect("cadre 403; hr ok; inspector 403; leader ok; admin ok"),
                op("GET /api/training/enrolments/{id}/certificate").path("id", t -> world.id("enrolment", t)).expect(READ),
                op("GET /api/training/enrolments/{id}").path("id", t -> world.id("enrolment", t)).expect(READ),
                op("GET /api/training/me").expect("cadre ok; hr 404; inspector 404; leader 404; admin 404"),
                op("GET /api/training/plans").expect("cadre 403; hr ok; inspector ok; leader ok; admin ok"),
                op("POST /api/training/plans").body(t -> Map.of("unitId", world.unit(t), "year", world.today.getYear() + 1,
                        "title", "授权矩阵测试计划", "targetCoverage", 0.5, "targetHoursPerCadre", 40)).expect(HR_WRITE_BODY),
                op("GET /api/training/plans/{id}").path("id", t -> world.id("plan", t)).expect(STAFF_READ),
                op("GET /api/training/plans/{id}/audit").path("id", t -> world.id("plan", t)).expect(HR_READ),
                // 理论学习中心组学习: a cadre's own are the sessions it attended (a1 attended unit A's)
                op("GET /api/training/study-sessions").query("unitId", world::unit).expect(FILTERED),
                op("POST /api/training/study-sessions").body(world::studySessionBody).expect(HR_WRITE_BODY),
                op("GET /api/training/study-sessions/{id}").path("id", t -> world.id("studySession", t))
                        .expect("cadre ok ok 404; hr ok ok 404; inspector ok ok 404; leader ok ok ok; admin ok ok ok"),
                op("PUT /api/training/study-sessions/{id}").path("id", t -> world.id("studySession", t))
                        .body(world::studySessionBody).expect(HR_WRITE),
                op("GET /api/training/proposals/cadres/{cadreId}").path("cadreId", world::cadre).expect(READ),
                op("GET /api/training/proposals/{id}").path("id", t -> world.id("trainingProposal", t)).expect(READ),
                op("POST /api/training/proposals/{id}/accept").path("id", t -> world.id("trainingProposal", t))
                        .fixedBody(Map.of()).expect(OWN_OR_HR_WRITE),
                op("POST /api/training/proposals/{id}/dismiss").path("id", t -> world.id("trainingProposal", t))
                        .fixedBody(Map.of()).expect(OWN_OR_HR_WRITE),
                op("GET /api/training/claims").query("cadreId", world::cadre)
                        .expect("cadre ok ok ok; hr ok ok ok; inspector 403 403 403; leader ok ok ok; admin ok ok ok"),
                op("POST /api/training/claims").body(t -> world.claimBody(world.cadre(t)))
                        .expect("cadre ok no no; hr ok ok no; inspector 403 403 403; leader 403 403 403; admin ok ok ok"),
                op("GET /api/training/claims/{id}").path("id", t -> world.id("claim", t))
                        .expect("cadre ok 404 404; hr ok ok 404; inspector 403 403 403; leader ok ok ok; admin ok ok ok"),
                op("POST /api/training/claims/{id}/accept").path("id", t -> world.id("claim", t))
                        .fixedBody(Map.of("note", "授权矩阵测试：认定")).expect(HR_WRITE),
                op("POST /api/training/claims/{id}/reject").path("id", t -> world.id("claim", t))
                        .fixedBody(Map.of("reason", "授权矩阵测试：不予认定")).expect(HR_WRITE),
                op("GET /api/training/claims/{id}/audit").path("id", t -> world.id("claim", t)).expect(HR_READ),
                op("GET /api/training/records").query("cadreId", world::cadre).expect(READ),
                op("GET /api/training/records/{id}").path("id", t -> world.id("record", t)).expect(READ),
                op("POST /api/training/records").body(t -> Map.of("cadreId", world.cadre(t), "title", "授权矩阵测试自学",
                        "hours", 1, "completedOn", world.today.minusDays(2).toString(), "evidence", "学习笔记"))
                        .expect(HR_WRITE_BODY),
                op("PUT /api/training/records/{id}").path("id", t -> world.id("record", t)).body(world::recordUpdate)
                        .expect(HR_WRITE),
                op("GET /api/training/records/{id}/audit").path("id", t -> world.id("record", t)).expect(HR_READ));
    }

    static List<Op> assessment() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String c : List.of("LEARNING", "POLITICAL_LEADERSHIP", "REFORM_INNOVATION", "SCIENTIFIC_DEVELOPMENT",
                "LAW_BASED_GOVERNANCE", "MASS_WORK", "IMPLEMENTATION", "RISK_MANAGEMENT")) {
            scores.put(c, 80);
        }
        return List.of(
                op("POST /api/assessment/cycles").body(t -> Map.of("unitId", world.unit(t), "year", world.today.getYear() - 2))
                        .expect(HR_WRITE_BODY),
                op("GET /api/assessment/cycles").query("unitId", world::unit).expect(STAFF_FILTERED),
                op("GET /api/assessment/regrade-report").query("unitId", world::unit)
                        .expect("cadre 403 403 403; hr ok ok ok; inspector 403 403 403; leader ok ok ok; admin ok ok ok"),
                op("GET /api/assessment/cycles/{cycleId}/reviews").path("cycleId", t -> world.id("cycle", t))
                        .expect(STAFF_READ),
                op("POST /api/assessment/cycles/{cycleId}/reviews").path("cycleId", t -> world.id("cycle", t))
                        .body(t -> Map.of("cadreId", world.cadre(t))).expect(HR_WRITE),
                op("PUT /api/assessment/cycles/{cycleId}/reviews/{reviewId}").path("cycleId", t -> world.id("cycle", t))
                        .path("reviewId", t -> world.id("review", t)).fixedBody(Map.of("superiorGrade", "COMPETENT",
                                "capabilityScores", scores, "proposedGrade", "COMPETENT", "version", 1))
                        .expect("cadre 403 403 403; hr ok ok 404; inspector 403 403 403; leader ok ok ok; admin ok ok ok"),
                op("GET /api/assessment/cycles/{cycleId}/reviews/{reviewId}").path("cycleId", t -> world.id("cycle", t))
                        .path("reviewId", t -> world.id("review", t)).expect(READ),
                op("GET /api/assessment/cycles/{cycleId}/reviews/{reviewId}/audit").path("cycleId", t -> world.id("cycle", t))
                        .path("reviewId", t -> world.id("review", t)).expect(STAFF_READ),
                op("POST /api/assessment/cycles/{cycleId}/reviews/{reviewId}/ballots")
                        .path("cycleId", t -> world.id("cycle", t)).path("reviewId", t -> world.id("review", t))
                        .fixedBody(Map.of("ballots", List.of(Map.of("grade", "COMPETENT", "capabilityScores", scores))))
                        .expect(HR_WRITE),
                op("POST /api/assessment/cycles/{cycleId}/reviews/{reviewId}/grade-after-conclusion")
                        .path("cycleId", t -> world.id("cycle", t)).path("reviewId", t -> world.id("review", t))
                        .fixedBody(Map.of("grade", "COMPETENT", "reason", "授权矩阵测试：补定等次", "version", 1))
                        .expect(HR_WRITE),
                op("PUT /api/assessment/cycles/{cycleId}/reviews/{reviewId}/self-report")
                        .path("cycleId", t -> world.id("cycle", t)).path("reviewId", t -> world.id("review", t))
                        .fixedBody(Map.of("text", "授权矩阵测试：述职", "version", 1))
                        .expect("cadre ok 404 404; hr ok ok 404; inspector 403 403 403; leader 403 403 403; admin ok ok ok"),
                op("GET /api/assessment/cycles/{id}").path("id", t -> world.id("cycle", t)).expect(STAFF_READ),
                op("GET /api/assessment/cycles/{id}/audit").path("id", t -> world.id("cycle", t)).expect(STAFF_READ),
                op("POST /api/assessment/cycles/{id}/finalize").path("id", t -> world.id("cycle", t))
                        .fixedBody(Map.of()).expect(HR_WRITE),
                op("POST /api/assessment/cycles/{id}/raised-quota").path("id", t -> world.id("cycle", t))
                        .fixedBody(Map.of("reason", "授权矩阵测试"))
                        .expect("cadre 403 403 403; hr 403 403 403; inspector 403 403 403; leader ok ok ok; admin ok ok ok"),
                op("GET /api/assessment/eligibility/{cadreId}").path("cadreId", world::cadre).expect(READ),
                op("GET /api/assessment/gaps").query("cadreId", world::cadre).expect(FILTERED),
                op("GET /api/assessment/figures").query("unitId", world::unit).expect(STAFF_READ),
                op("GET /api/assessment/gaps/{id}").path("id", t -> world.id("gap", t)).expect(READ),
                op("GET /api/assessment/me/reviews").expect("cadre ok; hr 403; inspector 403; leader 403; admin 403"),
                op("GET /api/assessment/profiles/{cadreId}").path("cadreId", world::cadre).expect(READ));
    }

    static List<Op> rotation() {
        return List.of(
                op("GET /api/rotation/balance").query("unitId", world::unit).expect(STAFF_READ),
                op("GET /api/rotation/due").query("unitId", world::unit).expect(STAFF_FILTERED),
                op("GET /api/rotation/due/export").query("unitId", world::unit).expect(STAFF_FILTERED),
                op("GET /api/rotation/eligibility/{cadreId}").path("cadreId", world::cadre).expect(READ),
                op("GET /api/rotation/openings").expect("cadre 403; hr ok; inspector ok; leader ok; admin ok"),
                op("POST /api/rotation/openings").body(t -> Map.of("unitId", world.unit(t), "type", "TEMPORARY_POST",
                        "hostOrganisation", "授权矩阵测试县", "region", "WEST", "plannedStart", world.today.plusMonths(3).toString(),
                        "plannedEnd", world.today.plusMonths(15).toString(), "places", 1)).expect(HR_WRITE_BODY),
                op("GET /api/rotation/openings/{id}").path("id", t -> world.id("opening", t)).expect(STAFF_READ),
                op("GET /api/rotation/openings/{id}/audit").path("id", t -> world.id("opening", t)).expect(STAFF_READ),
                op("GET /api/rotation/openings/{id}/candidates").path("id", t -> world.id("opening", t)).expect(STAFF_READ),
                op("POST /api/rotation/openings/{id}/postings").path("id", t -> world.id("opening", t))
                        .body(t -> Map.of("cadreId", world.cadre(t), "purpose", "授权矩阵测试")).expect(HR_WRITE),
                op("POST /api/rotation/postings").body(t -> world.postingBody(world.cadre(t))).expect(HR_WRITE_BODY),
                op("GET /api/rotation/postings").query("cadreId", world::cadre).expect(FILTERED),
                op("GET /api/rotation/postings/counts").query("cadreId", world::cadre).expect(FILTERED),
                op("GET /api/rotation/postings/{id}").path("id", t -> world.id("posting", t)).expect(READ),
                op("POST /api/rotation/postings/{id}/approve").path("id", t -> world.id("posting", t)).fixedBody(Map.of())
                        .expect("cadre 403 403 403; hr 403 403 403; inspector 403 403 403; leader ok ok ok; admin ok ok ok"),
                op("GET /api/rotation/postings/{id}/audit").path("id", t -> world.id("posting", t)).expect(STAFF_READ),
                op("POST /api/rotation/postings/{id}/cancel").path("id", t -> world.id("posting", t))
                        .fixedBody(Map.of("reason", "授权矩阵测试"))
                        .expect("cadre 403 403 403; hr ok ok 404; inspector 403 403 403; leader ok ok ok; admin ok ok ok"),
                op("GET /api/rotation/postings/{id}/check-ins").path("id", t -> world.id("posting", t)).expect(READ),
                op("POST /api/rotation/postings/{id}/check-ins").path("id", t -> world.id("posting", t))
                        .fixedBody(Map.of("heldOn", world.today.toString(), "method", "CALL", "notes", "授权矩阵测试"))
                        .expect(HR_WRITE),
                op("POST /api/rotation/postings/{id}/complete").path("id", t -> world.id("posting", t))
                        .fixedBody(Map.of("evaluation", "GOOD")).expect(HR_WRITE),
                op("POST /api/rotation/postings/{id}/start").path("id", t -> world.id("posting", t))
                        .fixedBody(Map.of()).expect(HR_WRITE),
                op("GET /api/rotation/proposals").query("cadreId", world::cadre).expect(FILTERED),
                op("GET /api/rotation/proposals/{id}").path("id", t -> world.id("rotationProposal", t)).expect(READ),
                op("POST /api/rotation/proposals/{id}/dismiss").path("id", t -> world.id("rotationProposal", t))
                        .fixedBody(Map.of()).expect(HR_WRITE),
                op("POST /api/rotation/proposals/{id}/posting").path("id", t -> world.id("rotationProposal", t))
                        .body(t -> world.postingBody(world.cadre(t))).expect(HR_WRITE));
    }

    static List<Op> notification() {
        /* Each caller reads and marks what is addressed to them; somebody else's notification is not found. */
        String everyone = "cadre ok; hr ok; inspector ok; leader ok; admin ok";
        return List.of(
                op("GET /api/todos").expect(everyone),
                op("GET /api/notifications").expect(everyone),
                op("GET /api/notifications/unread-count").expect(everyone),
                op("GET /api/notifications/stream").stream().expect(everyone),
                op("POST /api/notifications/read-all").fixedBody(Map.of()).expect(everyone),
                // each one's own settings (an empty change keeps every choice)
                op("GET /api/notifications/preferences").expect(everyone),
                op("PUT /api/notifications/preferences").fixedBody(Map.of("language", "zh", "channels", Map.of()))
                        .expect(everyone),
                // each one's own calendar feed; the feed itself is read without a login, by its secret address
                op("GET /api/calendar/feed").expect(everyone),
                op("POST /api/calendar/feed").fixedBody(Map.of()).expect(everyone),
                op("DELETE /api/calendar/feed").expect(everyone),
                op("GET /api/calendar/{token}.ics").fixedPath("token", "no-such-feed").open()
                        .expect("anonymous 404; cadre 404; hr 404; inspector 404; leader 404; admin 404; integration 404"),
                op("POST /api/notifications/{id}/read").fixedPath("id", java.util.UUID.randomUUID().toString())
                        .fixedBody(Map.of()).expect("cadre 404; hr 404; inspector 404; leader 404; admin 404"));
    }

    static List<Op> inspection() {
        /* Columns SELF OWN OTHER. Inspectors act in their subtree; HR sees and answers its unit's findings. */
        String inspectorWrite = "cadre 403 403 403; hr 403 403 403; inspector ok ok 404; leader 403 403 403; admin ok ok ok";
        String findingRead = "cadre 403 403 403; hr ok ok 404; inspector ok ok 404; leader ok ok ok; admin ok ok ok";
        String measureRead = "cadre ok 404 404; hr 403 403 403; inspector ok ok 404; leader ok ok ok; admin ok ok ok";
        return List.of(
                op("GET /api/inspection/coverage").query("unitId", world::unit).expect(INSPECTOR_READ),
                op("POST /api/inspection/daily-run").fixedBody(Map.of())
                        .expect("cadre 403; hr 403; inspector 403; leader 403; admin ok"),
                op("GET /api/inspection/findings").query("unitId", world::unit)
                        .expect("cadre 403 403 403; hr ok ok ok; inspector ok ok ok; leader ok ok ok; admin ok ok ok"),
                op("GET /api/inspection/findings/{id}").path("id", t -> world.id("finding", t)).expect(findingRead),
                op("GET /api/inspection/findings/{id}/audit").path("id", t -> world.id("finding", t)).expect(findingRead),
                op("POST /api/inspection/findings/{id}/close").path("id", t -> world.id("finding", t))
                        .fixedBody(Map.of("conclusion", "授权矩阵测试：予以销号")).expect(inspectorWrite),
                op("POST /api/inspection/findings/{id}/recheck").path("id", t -> world.id("recheckFinding", t))
                        .body(t -> Map.of("roundId", world.id("recheck", t), "fixed", true, "note", "授权矩阵测试：整改成效巩固"))
                        .expect(inspectorWrite),
                op("POST /api/inspection/findings/{id}/rectification").path("id", t -> world.id("finding", t))
                        .fixedBody(Map.of("summary", "授权矩阵测试：已整改", "measures", "建立台账",
                                "evidence", List.of("台账.xlsx"), "completedOn", world.today.toString()))
                        .expect(HR_WRITE),
                op("POST /api/inspection/findings/{id}/return").path("id", t -> world.id("finding", t))
                        .fixedBody(Map.of("note", "授权矩阵测试：佐证不足")).expect(inspectorWrite),
                op("GET /api/inspection/measures").query("cadreId", world::cadre)
                        .expect("cadre ok ok ok; hr 403 403 403; inspector ok ok ok; leader ok ok ok; admin ok ok ok"),
                op("POST /api/inspection/measures").body(t -> Map.of("cadreId", world.cadre(t), "type", "TALK_REMINDER",
                        "appliedOn", world.today.toString(), "reason", "授权矩阵测试"))
                        .expect("cadre 403 403 403; hr 403 403 403; inspector ok ok no; leader 403 403 403; admin ok ok ok"),
                op("GET /api/inspection/measures/catalogue").expect("cadre 403; hr 403; inspector ok; leader ok; admin ok"),
                op("GET /api/inspection/measures/reads").expect("cadre 403; hr 403; inspector 403; leader 403; admin ok"),
                op("GET /api/inspection/measures/distribution").query("unitId", world::unit).expect(INSPECTOR_READ),
                op("GET /api/inspection/measures/{id}").path("id", t -> world.id("measure", t)).expect(measureRead),
                op("GET /api/inspection/measures/{id}/audit").path("id", t -> world.id("measure", t))
                        .expect("cadre 403 403 403; hr 403 403 403; inspector ok ok 404; leader ok ok ok; admin ok ok ok"),
                op("POST /api/inspection/measures/{id}/conclude").path("id", t -> world.id("measure", t))
                        .fixedBody(Map.of("concludedOn", world.today.toString(), "reason", "授权矩阵测试：结论"))
                        .expect(inspectorWrite),
                op("POST /api/inspection/measures/{id}/revoke").path("id", t -> world.id("measure", t))
                        .fixedBody(Map.of("reason", "授权矩阵测试")).expect(inspectorWrite),
                op("GET /api/inspection/rounds").expect("cadre 403; hr ok; inspector ok; leader ok; admin ok"),
                op("POST /api/inspection/rounds").body(world::roundBody).expect(
                        "cadre 403 403 403; hr 403 403 403; inspector ok ok no; leader 403 403 403; admin ok ok ok"),
                op("GET /api/inspection/rounds/{id}").path("id", t -> world.id("round", t)).expect(findingRead),
                op("GET /api/inspection/rounds/{id}/audit").path("id", t -> world.id("round", t)).expect(INSPECTOR_READ),
                op("GET /api/inspection/rounds/{id}/findings").path("id", t -> world.id("round", t)).expect(findingRead),
                op("POST /api/inspection/rounds/{id}/findings").path("id", t -> world.id("round", t))
                        .body(t -> Map.of("unitId", world.unit(t), "cadreIds", List.of(world.cadre(t)), "category", "安全监管",
                                "severity", "MINOR", "capability", "RISK_MANAGEMENT", "description", "授权矩阵测试",
                                "rectificationOwner", "市场监管科")).expect(inspectorWrite),
                op("POST /api/inspection/rounds/{id}/{command}").path("id", t -> world.id("round", t))
                        .fixedPath("command", "start").fixedBody(Map.of()).expect(inspectorWrite),
                // 个人有关事项: a cadre files the own; HR sees who filed, never the content (restricted as measures);
                // the draws are published to whoever sees the filing; the checks' results are restricted
                op("GET /api/inspection/personal-reports/mine").expect(OWN_ACCOUNT),
                op("PUT /api/inspection/personal-reports/mine/{year}").fixedPath("year", String.valueOf(world.today.getYear()))
                        .fixedBody(Map.of("content", world.personalMatters())).expect(OWN_ACCOUNT),
                op("POST /api/inspection/personal-reports/mine/changes").fixedBody(Map.of("changeKind", "MARRIAGE",
                        "changedOn", world.today.toString(), "content", world.personalMatters())).expect(OWN_ACCOUNT),
                op("GET /api/inspection/personal-reports/filings").query("unitId", world::unit).expect(STAFF_FILTERED),
                op("GET /api/inspection/personal-reports/{id}").path("id", t -> world.id("personalReport", t))
                        .expect(measureRead),
                op("POST /api/inspection/spot-check-draws").body(t -> Map.of("year", world.today.getYear(),
                        "unitId", world.unit(t))).expect(
                        "cadre 403 403 403; hr 403 403 403; inspector ok ok no; leader 403 403 403; admin ok ok ok"),
                op("GET /api/inspection/spot-check-draws").expect("cadre 403; hr ok; inspector ok; leader ok; admin ok"),
                op("GET /api/inspection/spot-check-draws/{id}").path("id", t -> world.id("draw", t)).expect(STAFF_READ),
                op("GET /api/inspection/spot-checks").query("cadreId", world::cadre)
                        .expect("cadre 403 403 403; hr 403 403 403; inspector ok ok ok; leader ok ok ok; admin ok ok ok"),
                op("POST /api/inspection/spot-checks").body(t -> Map.of("cadreId", world.cadre(t))).expect(
                        "cadre 403 403 403; hr ok ok no; inspector ok ok no; leader 403 403 403; admin ok ok ok"),
                op("GET /api/inspection/spot-checks/{id}").path("id", t -> world.id("spotCheck", t)).expect(INSPECTOR_READ),
                op("POST /api/inspection/spot-checks/{id}/conclusion").path("id", t -> world.id("spotCheck", t))
                        .fixedBody(Map.of("result", "TRUTHFUL")).expect(inspectorWrite),
                // 出国（境）: the HR office holds and hands out the passports, the cadre asks for the own trips, leaders
                // decide; HR, inspectors in their subtree, leaders and admins read, the cadre the own
                op("GET /api/inspection/passports").query("cadreId", world::cadre).expect(FILTERED),
                op("POST /api/inspection/passports").body(t -> Map.of("cadreId", world.cadre(t), "kind", "PASSPORT",
                        "number", MatrixWorld.passportNumber(), "expiresOn", world.today.plusYears(5).toString()))
                        .expect(HR_WRITE_BODY),
                op("GET /api/inspection/passports/{id}").path("id", t -> world.id("passport", t)).expect(READ),
                op("POST /api/inspection/passports/{id}/cancellation").path("id", t -> world.id("passport", t))
                        .fixedBody(Map.of("reason", "授权矩阵测试：注销")).expect(HR_WRITE),
                op("GET /api/inspection/trips").query("cadreId", world::cadre).expect(FILTERED),
                op("POST /api/inspection/trips").body(t -> world.tripBody(world.cadre(t), world.id("tripPassport", t)))
                        .expect("cadre ok no no; hr ok ok no; inspector 403 403 403; leader 403 403 403; admin ok ok ok"),
                op("GET /api/inspection/trips/{id}").path("id", t -> world.id("trip", t)).expect(READ),
                op("POST /api/inspection/trips/{id}/decision").path("id", t -> world.id("trip", t))
                        .fixedBody(Map.of("approve", true))
                        .expect("cadre 403 403 403; hr 403 403 403; inspector 403 403 403; leader ok ok ok; admin ok ok ok"),
                op("POST /api/inspection/trips/{id}/cancellation").path("id", t -> world.id("trip", t))
                        .fixedBody(Map.of("reason", "授权矩阵测试：撤回")).expect(OWN_OR_HR_WRITE),
                op("POST /api/inspection/trips/{id}/passport-issued").path("id", t -> world.id("trip", t))
                        .fixedBody(Map.of()).expect(HR_WRITE),
                op("POST /api/inspection/trips/{id}/passport-returned").path("id", t -> world.id("trip", t))
                        .fixedBody(Map.of()).expect(HR_WRITE),
                // 基层联系点 and 大调研: the leader keeps their own, the HR office of the unit for them; HR or a leader
                // records what came of a report, never its author; read in scope, the cadre their own
                op("GET /api/rotation/contact-points").query("cadreId", world::cadre).expect(FILTERED),
                op("POST /api/rotation/contact-points").body(t -> world.contactPointBody(world.cadre(t)))
                        .expect("cadre ok no no; hr ok ok no; inspector 403 403 403; leader 403 403 403; admin ok ok ok"),
                op("GET /api/rotation/contact-points/{id}").path("id", t -> world.id("contactPoint", t)).expect(READ),
                op("POST /api/rotation/contact-points/{id}/visits").path("id", t -> world.id("contactPoint", t))
                        .fixedBody(Map.of("visitedOn", world.today.toString(), "learned", "授权矩阵测试：了解情况",
                                "problemsSolved", 0)).expect(OWN_OR_HR_WRITE),
                op("POST /api/rotation/contact-points/{id}/end").path("id", t -> world.id("contactPoint", t))
                        .fixedBody(Map.of()).expect(OWN_OR_HR_WRITE),
                op("GET /api/rotation/research-reports").query("cadreId", world::cadre).expect(FILTERED),
                op("POST /api/rotation/research-reports").body(t -> world.researchBody(world.cadre(t)))
                        .expect("cadre ok no no; hr ok ok no; inspector 403 403 403; leader 403 403 403; admin ok ok ok"),
                op("GET /api/rotation/research-reports/{id}").path("id", t -> world.id("researchReport", t)).expect(READ),
                op("POST /api/rotation/research-reports/{id}/follow-up").path("id", t -> world.id("researchReport", t))
                        .fixedBody(Map.of("note", "授权矩阵测试：已转化", "adopted", true))
                        .expect("cadre 403 403 403; hr ok ok 404; inspector 403 403 403; leader ok ok ok; admin ok ok ok"));
    }

    /**
     * 选拔任用: voting sessions and appointment trails are HR's of the unit (or above) to run, read by HR and inspectors
     * in their subtree, leaders and admins; the ballot's two calls take no login (the code is the credential: a code of
     * no session is refused, 400); each command on a trail of its own stage answers 409 to the authorised.
     */
    static List<Op> selection() {
        String checkAnswered = "cadre 403 403 403; hr ok ok 404; inspector 403 403 404; leader 403 403 403; admin ok ok ok";
        String anyone = "anonymous no; cadre no; hr no; inspector no; leader no; admin no; integration no";
        return List.of(
                op("GET /api/selection/voting-sessions").query("unitId", world::unit).expect(STAFF_FILTERED),
                op("POST /api/selection/voting-sessions").body(world::votingBody).expect(HR_WRITE_BODY),
                op("GET /api/selection/voting-sessions/{id}").path("id", t -> world.id("votingSession", t))
                        .expect(STAFF_READ),
                op("POST /api/selection/voting-sessions/{id}/codes").path("id", t -> world.id("votingSession", t))
                        .expect(HR_WRITE),
                op("POST /api/selection/voting-sessions/{id}/opening").path("id", t -> world.id("votingSession", t))
                        .fixedBody(Map.of()).expect(HR_WRITE),
                op("POST /api/selection/voting-sessions/{id}/closing").path("id", t -> world.id("votingSession", t))
                        .fixedBody(Map.of()).expect(HR_WRITE),
                op("POST /api/selection/ballot/form").fixedBody(Map.of("code", "AAAAA-BBBBB")).open().expect(anyone),
                op("POST /api/selection/ballot").fixedBody(Map.of("code", "AAAAA-BBBBB", "chosen", List.of())).open()
                        .expect(anyone),
                op("GET /api/selection/appointments").query("unitId", world::unit).expect(STAFF_FILTERED),
                op("POST /api/selection/appointments").body(world::motionBody).expect(HR_WRITE_BODY),
                op("GET /api/selection/appointments/{id}").path("id", t -> world.id("trail", t)).expect(STAFF_READ),
                op("POST /api/selection/appointments/{id}/recommendation").path("id", t -> world.id("trailRecommended", t))
                        .fixedBody(Map.of("note", "授权矩阵测试：会议推荐")).expect(HR_WRITE),
                op("POST /api/selection/appointments/{id}/candidates").path("id", t -> world.id("trail", t))
                        .body(t -> Map.of("cadreIds", List.of(world.cadre(t)))).expect(HR_WRITE),
                op("POST /api/selection/appointments/{id}/investigation").path("id", t -> world.id("trail", t))
                        .body(t -> Map.of("reports", Map.of(world.cadre(t), "授权矩阵测试：考察报告"))).expect(HR_WRITE),
                op("POST /api/selection/appointments/{id}/joint-review").path("id", t -> world.id("trail", t))
                        .fixedBody(Map.of()).expect(HR_WRITE),
                op("PUT /api/selection/appointments/{id}/candidates/{cadreId}/checks/{check}")
                        .path("id", t -> world.id("trail", t)).path("cadreId", world::cadre)
                        .fixedPath("check", "PERSONNEL_FILE").fixedBody(Map.of("answer", "CLEAR")).expect(checkAnswered),
                op("POST /api/selection/appointments/{id}/decision").path("id", t -> world.id("trail", t))
                        .body(t -> Map.of("cadreId", world.cadre(t), "meetingOn", world.today.toString(), "members", 9,
                                "present", 7, "inFavour", 5)).expect(HR_WRITE),
                op("POST /api/selection/appointments/{id}/publicity").path("id", t -> world.id("trail", t))
                        .fixedBody(Map.of("startOn", world.today.toString())).expect(HR_WRITE),
                op("POST /api/selection/appointments/{id}/objections").path("id", t -> world.id("trail", t))
                        .fixedBody(Map.of("raised", true, "note", "授权矩阵测试：反映")).expect(HR_WRITE),
                op("POST /api/selection/appointments/{id}/appointment").path("id", t -> world.id("trail", t))
                        .fixedBody(Map.of("appointedOn", world.today.toString())).expect(HR_WRITE),
                op("POST /api/selection/appointments/{id}/withdrawal").path("id", t -> world.id("trailWithdrawn", t))
                        .fixedBody(Map.of("reason", "授权矩阵测试：终止")).expect(HR_WRITE),
                op("GET /api/selection/pools").query("unitId", world::unit).expect(STAFF_FILTERED),
                op("POST /api/selection/pools").body(world::poolBody).expect(HR_WRITE_BODY),
                op("GET /api/selection/pools/{id}").path("id", t -> world.id("pool", t)).expect(STAFF_READ),
                op("GET /api/selection/pools/{id}/members").path("id", t -> world.id("pool", t)).expect(STAFF_READ),
                op("POST /api/selection/pools/{id}/members").path("id", t -> world.id("pool", t))
                        .body(t -> Map.of("cadreId", world.cadre(t), "reason", "授权矩阵测试：提名")).expect(HR_WRITE),
                poolMember("admission", Map.of("note", "授权矩阵测试：入库")),
                poolMember("declining", Map.of("reason", "授权矩阵测试：不予入库")),
                poolMember("exit", Map.of("reason", "授权矩阵测试：出库")),
                development("GET /api/selection/pools/{id}/members/{memberId}/development").expect(STAFF_READ),
                development("POST /api/selection/pools/{id}/members/{memberId}/development")
                        .fixedBody(world.developmentBody()).expect(HR_WRITE),
                development("GET /api/selection/pools/{id}/members/{memberId}/development/{taskId}")
                        .path("taskId", t -> world.id("developmentTask", t)).expect(STAFF_READ),
                development("POST /api/selection/pools/{id}/members/{memberId}/development/{taskId}/withdrawal")
                        .path("taskId", t -> world.id("developmentTask", t))
                        .fixedBody(Map.of("reason", "授权矩阵测试：撤回")).expect(HR_WRITE),
                op("GET /api/selection/talent-grid").query("unitId", world::unit).expect(HR_READ),
                op("GET /api/selection/cadres/{id}/record").path("id", world::cadre).expect(STAFF_READ),
                op("GET /api/selection/key-posts").query("unitId", world::unit).expect(STAFF_FILTERED),
                op("POST /api/selection/key-posts").body(world::keyPostBody).expect(HR_WRITE_BODY),
                op("GET /api/selection/key-posts/{id}").path("id", t -> world.id("keyPost", t)).expect(STAFF_READ),
                op("GET /api/selection/key-posts/{id}/successors").path("id", t -> world.id("keyPost", t))
                        .expect(STAFF_READ),
                op("GET /api/selection/key-posts/{id}/candidates").path("id", t -> world.id("keyPost", t))
                        .expect(STAFF_READ),
                op("POST /api/selection/key-posts/{id}/successors").path("id", t -> world.id("keyPost", t))
                        .body(t -> Map.of("cadreId", world.cadre(t))).expect(HR_WRITE),
                op("POST /api/selection/key-posts/{id}/successors/{successorId}/removal")
                        .path("id", t -> world.id("keyPostRemoval", t))
                        .path("successorId", t -> world.id("keyPostRemovalSuccessor", t))
                        .fixedBody(Map.of("reason", "授权矩阵测试：调整")).expect(HR_WRITE));
    }

    /** An operation on the development plan of the admitted member of the unit's pool ("poolExit"). */
    static Op development(String operation) {
        return op(operation).path("id", t -> world.id("poolExit", t)).path("memberId", t -> world.id("poolExitMember", t));
    }

    /** A review of a pool's member: the pool and the member the world made for this command ("poolAdmission" …). */
    static Op poolMember(String command, Map<String, Object> body) {
        String pool = "pool" + Character.toUpperCase(command.charAt(0)) + command.substring(1);
        return op("POST /api/selection/pools/{id}/members/{memberId}/" + command).path("id", t -> world.id(pool, t))
                .path("memberId", t -> world.id(pool + "Member", t)).fixedBody(body).expect(HR_WRITE);
    }
}
