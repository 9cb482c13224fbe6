package org.benling.systemtests;

import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.benling.systemtests.Matrix.Role;
import org.benling.systemtests.Matrix.Target;

/**
 * The things the authorization matrix asks about, made through the API for this run: two provincial administrations
 * of their own, municipal unit A (cadres a1 and a2) under the first and B (cadre b1) under the second; accounts of
 * A's side (an HR officer of A, an inspector of A's province, a1 as a cadre); and in each service the records that
 * belong to each cadre or unit, written by an administrator.
 *
 * <p>Seen from A's callers, {@link Target#SELF} is a1's (a1 is the cadre account), {@link Target#OWN} is a2's or
 * unit A's, {@link Target#OTHER} is b1's or unit B's. A unit's things serve both SELF and OWN.
 */
final class MatrixWorld {

    private static final List<String> CAPABILITIES = List.of("LEARNING", "POLITICAL_LEADERSHIP", "REFORM_INNOVATION",
            "SCIENTIFIC_DEVELOPMENT", "LAW_BASED_GOVERNANCE", "MASS_WORK", "IMPLEMENTATION", "RISK_MANAGEMENT");

    /** The writer of the fixtures: administrators write everywhere. */
    private static final String ADMIN = "admin";

    final Stack.Fixture a;
    final Stack.Fixture b;
    /** Provincial administrations of their own above A and B: the inspecting bodies of their 巡察. */
    final String provinceOfA;
    final String provinceOfB;
    final LocalDate today = Stack.today();
    final String sichuan;
    final String course;
    private final Map<Role, String> users = new EnumMap<>(Role.class);
    private final Map<String, Map<Target, String>> ids = new HashMap<>();
    private int fresh;
    private Map<String, Object> lastFreshCadre;
    private String lastFreshClass;
    final byte[] rosterOfA;

    MatrixWorld() {
        String bureau = Stack.as(ADMIN).get("/api/units").then().statusCode(200).extract().path("[0].id");
        List<Map<String, Object>> tree = Stack.as(ADMIN).get("/api/units").then().statusCode(200).extract().path("[0].children");
        sichuan = idOfCode(tree, "510000");
        provinceOfA = Stack.newUnit("MPA", 0, "PROVINCIAL", bureau, ADMIN).unitId();
        provinceOfB = Stack.newUnit("MPB", 0, "PROVINCIAL", bureau, ADMIN).unitId();
        a = Stack.newUnit("MA", 2, "MUNICIPAL", provinceOfA, ADMIN);
        b = Stack.newUnit("MB", 1, "MUNICIPAL", provinceOfB, ADMIN);
        users.put(Role.CADRE, Accounts.create("mx-cadre", "cadre", a.unitId(), cadre(Target.SELF)));
        users.put(Role.HR, Accounts.create("mx-hr", "hr", a.unitId(), null));
        users.put(Role.INSPECTOR, Accounts.create("mx-inspector", "inspector", provinceOfA, null));
        users.put(Role.LEADER, "leader");
        users.put(Role.ADMIN, "admin");
        users.put(Role.INTEGRATION, Stack.INTEGRATION);

        // A's roster as exported: imported again, every row is reported as already registered
        rosterOfA = Stack.as(ADMIN).get("/api/cadres/export?unitId=" + a.unitId()).then().statusCode(200).extract().asByteArray();
        course = Stack.as(ADMIN).body(Map.of("code", "MX-" + a.stamp(), "title", "授权矩阵测试课程",
                "kind", "SPECIAL_TOPIC", "capabilities", List.of("RISK_MANAGEMENT"), "creditHours", "8", "offJobDays", 1))
                .post("/api/training/courses").then().statusCode(201).extract().path("id");
        for (Target unitSide : List.of(Target.OWN, Target.OTHER)) {
            String unit = unit(unitSide);
            String trainingClass = newClass(unit);
            perUnit("class", unitSide, trainingClass);
            for (Target t : cadresOf(unitSide)) {
                put("enrolment", t, enrol(trainingClass, cadre(t)));
            }
            perUnit("plan", unitSide, Stack.as(ADMIN).body(Map.of("unitId", unit, "year", today.getYear(),
                    "title", "授权矩阵测试培训计划", "targetCoverage", 0.8, "targetHoursPerCadre", 50))
                    .post("/api/training/plans").then().statusCode(201).extract().path("id"));
            perUnit("studySession", unitSide, Stack.as(ADMIN).body(studySessionBody(unitSide))
                    .post("/api/training/study-sessions").then().statusCode(201).extract().path("id"));
            perUnit("cycle", unitSide, finalisedCycleWithGaps(unitSide));
            perUnit("opening", unitSide, Stack.as(ADMIN).body(Map.of("unitId", unit, "type", "TEMPORARY_POST",
                    "hostOrganisation", "授权矩阵测试县人民政府", "region", "WEST", "capabilities", List.of("MASS_WORK"),
                    "plannedStart", today.plusMonths(2).toString(), "plannedEnd", today.plusMonths(14).toString(),
                    "places", 2)).post("/api/rotation/openings").then().statusCode(201).extract().path("id"));
            String round = Stack.as("inspector").body(Map.of("kind", "CIRCUIT", "ownerUnitId", province(unitSide),
                    "title", "授权矩阵测试巡察", "teamLeader", "周正清", "teamMembers", List.of("吴组员"),
                    "targetUnitIds", List.of(unit), "onSiteStart", today.minusDays(40).toString(),
                    "onSiteEnd", today.minusDays(20).toString(), "feedbackDate", today.minusDays(10).toString()))
                    .post("/api/inspection/rounds").then().statusCode(201).extract().path("id");
            perUnit("round", unitSide, round);
            Stack.as("inspector").body(Map.of()).post("/api/inspection/rounds/" + round + "/start").then().statusCode(200);
            perUnit("finding", unitSide, Stack.as("inspector").body(Map.of("unitId", unit,
                    "cadreIds", List.of(cadre(unitSide)), "category", "安全监管", "severity", "SERIOUS",
                    "capability", "RISK_MANAGEMENT", "description", "授权矩阵测试：隐患排查不彻底",
                    "rectificationOwner", "市场监管科")).post("/api/inspection/rounds/" + round + "/findings")
                    .then().statusCode(201).extract().path("id"));
            perUnit("recheck", unitSide, followUpOfAClosedFinding(unitSide));
        }
        for (Target t : Target.values()) {
            put("record", t, Stack.as(ADMIN).body(Map.of("cadreId", cadre(t), "title", "授权矩阵测试学习",
                    "hours", 2, "completedOn", today.minusDays(1).toString(), "evidence", "结业证书 MX")).post("/api/training/records")
                    .then().statusCode(201).extract().path("id"));
            put("claim", t, Stack.as(ADMIN).body(claimBody(cadre(t))).post("/api/training/claims")
                    .then().statusCode(201).extract().path("id"));
            put("posting", t, Stack.as(ADMIN).body(postingBody(cadre(t))).post("/api/rotation/postings")
                    .then().statusCode(201).extract().path("id"));
            String c = cadre(t);
            put("gap", t, Stack.as(ADMIN).get("/api/assessment/gaps?cadreId=" + c).then().statusCode(200)
                    .body("items", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty())).extract().path("items[0].id"));
            put("rotationProposal", t, await().atMost(Stack.WITHIN).until(() -> Stack.as(ADMIN)
                    .get("/api/rotation/proposals?cadreId=" + c).then().statusCode(200).extract().path("items[0].id"),
                    id -> id != null));
            put("measure", t, Stack.as("inspector").body(Map.of("cadreId", c, "type", "TALK_REMINDER",
                    "appliedOn", today.toString(), "reason", "授权矩阵测试：提醒谈话"))
                    .post("/api/inspection/measures").then().statusCode(201).extract().path("id"));
            put("trainingProposal", t, await().atMost(Stack.WITHIN).until(() -> Stack.as(ADMIN)
                    .get("/api/training/proposals/cadres/" + c).then().statusCode(200).extract().path("[0].id"),
                    id -> id != null));
        }
        // 后备干部库: per unit a pool for the reads and nominations, and three more with the unit's eligible cadre
        // (rated 称职 last year) nominated before the 提拔必查 below makes them ineligible — one to admit, one to
        // decline, one admitted to take out
        for (Target unitSide : List.of(Target.OWN, Target.OTHER)) {
            for (String pool : List.of("pool", "poolAdmission", "poolDeclining", "poolExit")) {
                perUnit(pool, unitSide, Stack.as(ADMIN).body(poolBody(unitSide)).post("/api/selection/pools").then()
                        .statusCode(201).extract().path("id"));
            }
            String eligible = cadre(unitSide == Target.OWN ? Target.SELF : Target.OTHER);
            for (String pool : List.of("poolAdmission", "poolDeclining", "poolExit")) {
                String poolId = id(pool, unitSide);
                // selection learns last year's grade from assessment's event: nominated once it has
                perUnit(pool + "Member", unitSide, await().atMost(Stack.WITHIN).until(() -> {
                    var answer = Stack.as(ADMIN).body(Map.of("cadreId", eligible, "reason", "授权矩阵测试：提名"))
                            .post("/api/selection/pools/" + poolId + "/members").then().extract();
                    return answer.statusCode() == 201 ? answer.<String>path("id") : null;
                }, java.util.Objects::nonNull));
            }
            Stack.as(ADMIN).body(Map.of("note", "授权矩阵测试：入库")).post("/api/selection/pools/" + id("poolExit", unitSide)
                    + "/members/" + id("poolExitMember", unitSide) + "/admission").then().statusCode(200);
            // 培养计划: the admitted member's plan holds a task to read and withdraw
            perUnit("developmentTask", unitSide, Stack.as(ADMIN).body(developmentBody()).post(developmentPath(unitSide))
                    .then().statusCode(201).extract().path("id"));
        }
        // 关键岗位: per unit a key post for the reads and naming, and one with the unit's cadre named, to take off
        for (Target unitSide : List.of(Target.OWN, Target.OTHER)) {
            for (String post : List.of("keyPost", "keyPostRemoval")) {
                perUnit(post, unitSide, Stack.as(ADMIN).body(keyPostBody(unitSide)).post("/api/selection/key-posts")
                        .then().statusCode(201).extract().path("id"));
            }
            perUnit("keyPostRemovalSuccessor", unitSide, Stack.as(ADMIN).body(Map.of("cadreId", cadre(unitSide)))
                    .post("/api/selection/key-posts/" + id("keyPostRemoval", unitSide) + "/successors").then()
                    .statusCode(201).extract().path("id"));
        }
        // 个人有关事项: each target's cadre files the yearly report through an account of its own, each unit has its
        // draw, and each cadre a 提拔必查 check
        int year = today.getYear();
        for (Target t : Target.values()) {
            String account = t == Target.SELF ? users.get(Role.CADRE) : Accounts.create("mx-reporter", "cadre", unit(t), cadre(t));
            put("personalReport", t, Stack.as(account).body(Map.of("content", personalMatters()))
                    .put("/api/inspection/personal-reports/mine/" + year).then().statusCode(200).extract().path("id"));
        }
        for (Target unitSide : List.of(Target.OWN, Target.OTHER)) {
            perUnit("draw", unitSide, Stack.as(ADMIN).body(Map.of("year", year, "unitId", unit(unitSide)))
                    .post("/api/inspection/spot-check-draws").then().statusCode(201).extract().path("id"));
        }
        for (Target t : Target.values()) {
            put("spotCheck", t, Stack.as(ADMIN).body(Map.of("cadreId", cadre(t))).post("/api/inspection/spot-checks")
                    .then().statusCode(201).extract().path("id"));
        }
        // 出国（境）: each target's cadre has a passport held by the HR office (one the matrix may cancel, one to travel
        // on) and a trip asked for on the second
        for (Target t : Target.values()) {
            put("passport", t, passport(cadre(t)));
            String travelOn = passport(cadre(t));
            put("tripPassport", t, travelOn);
            put("trip", t, Stack.as(ADMIN).body(tripBody(cadre(t), travelOn)).post("/api/inspection/trips")
                    .then().statusCode(201).extract().path("id"));
        }
        // 基层联系点 and 大调研: each target's cadre keeps a contact point and has filed a research report
        for (Target t : Target.values()) {
            put("contactPoint", t, Stack.as(ADMIN).body(contactPointBody(cadre(t))).post("/api/rotation/contact-points")
                    .then().statusCode(201).extract().path("id"));
            put("researchReport", t, Stack.as(ADMIN).body(researchBody(cadre(t))).post("/api/rotation/research-reports")
                    .then().statusCode(201).extract().path("id"));
        }
        // 选拔任用: a voting session (a draft) and three appointment trails (at the motion) of each unit — one the
        // commands meet at its stage, one to recommend, one to withdraw
        for (Target unitSide : List.of(Target.OWN, Target.OTHER)) {
            perUnit("votingSession", unitSide, Stack.as(ADMIN).body(votingBody(unitSide)).post("/api/selection/voting-sessions")
                    .then().statusCode(201).extract().path("id"));
            for (String trail : List.of("trail", "trailRecommended", "trailWithdrawn")) {
                perUnit(trail, unitSide, Stack.as(ADMIN).body(motionBody(unitSide)).post("/api/selection/appointments")
                        .then().statusCode(201).extract().path("id"));
            }
        }
        // a measure with an effect HR must act on (no 优秀 this year, not eligible until its end): every answer HR
        // gets may say so, none may name it (RESTRICTED)
        String own = cadre(Target.OWN);
        Stack.as("inspector").body(Map.of("cadreId", own, "type", "PARTY_WARNING", "appliedOn", today.toString(),
                "reason", "授权矩阵测试：党内警告")).post("/api/inspection/measures").then().statusCode(201);
        await().atMost(Stack.WITHIN).until(() -> Boolean.FALSE.equals(Stack.as(ADMIN).get("/api/assessment/eligibility/" + own)
                .then().statusCode(200).extract().path("eligible")));
    }

    /** What names a measure the world applied (type, family, form): HR never reads any of it. */
    static final List<String> RESTRICTED = List.of("党内警告", "PARTY_WARNING", "党纪处分", "PARTY_DISCIPLINE", "提醒谈话",
            "TALK_REMINDER", "FORM_ONE", "形态", "授权矩阵测试：党内警告", "授权矩阵测试：提醒谈话");

    /** A yearly 个人有关事项报告's content. */
    Map<String, Object> personalMatters() {
        return Map.of("maritalStatus", "MARRIED", "family", List.of(Map.of("relation", "SPOUSE", "name", "授权矩阵测试配偶",
                "livesAbroad", false)), "passports", List.of(), "tripsAbroad", List.of(),
                "income", Map.of("salary", "150000", "other", "0"), "properties", List.of(), "investments", List.of());
    }

    /** A self-reported claim of 学时 (本人申报) for the cadre. */
    Map<String, Object> claimBody(String cadre) {
        return Map.of("cadreId", cadre, "title", "授权矩阵测试：专题讲座", "hours", 2, "offJobDays", 0,
                "completedOn", today.toString(), "evidence", "听课证明 MX");
    }

    /**
     * A study session of the target's unit's leadership team (理论学习中心组学习) with the unit's cadre as its attendee:
     * a1 for unit A (SELF and OWN: the cadre account reads it as one it attended; a2, whom it may not read, is not on
     * it), b1 for unit B. The same body records a session and corrects the unit's fixture without changing who attended.
     */
    Map<String, Object> studySessionBody(Target t) {
        return Map.of("unitId", unit(t), "topic", "授权矩阵测试：中心组学习", "heldOn", today.minusDays(1).toString(),
                "hours", 2, "speakers", List.of("授权矩阵测试主讲人"),
                "attendeeIds", List.of(cadre(t == Target.OTHER ? Target.OTHER : Target.SELF)));
    }

    /** A 民主推荐 of the target's unit, its cadre on the list, two voter categories. */
    Map<String, Object> votingBody(Target t) {
        return Map.of("unitId", unit(t), "kind", "RECOMMENDATION", "title", "授权矩阵测试民主推荐", "places", 1,
                "candidateIds", List.of(cadre(t)), "categories", List.of(
                        Map.of("code", "LEADERSHIP", "name", "班子成员", "weight", 0.6, "voters", 3),
                        Map.of("code", "STAFF", "name", "干部职工代表", "weight", 0.4, "voters", 5)));
    }

    /** A reserve pool of the target's unit for 副处 posts, without an age limit. */
    Map<String, Object> poolBody(Target t) {
        return Map.of("unitId", unit(t), "name", "授权矩阵测试后备干部库", "level", "DIVISION_DEPUTY");
    }

    /** A training task of a development plan, due in half a year. */
    Map<String, Object> developmentBody() {
        return Map.of("kind", "TRAINING", "capability", "MASS_WORK", "dueOn", today.plusMonths(6).toString());
    }

    /** The development plan of the admitted member of the unit's pool ("poolExit"). */
    String developmentPath(Target unitSide) {
        return "/api/selection/pools/" + id("poolExit", unitSide) + "/members/" + id("poolExitMember", unitSide)
                + "/development";
    }

    /** A key post of the target's unit for 副处, asking two capabilities. */
    Map<String, Object> keyPostBody(Target t) {
        return Map.of("unitId", unit(t), "title", "授权矩阵测试关键岗位", "level", "DIVISION_DEPUTY",
                "minimumScores", Map.of("POLITICAL_LEADERSHIP", 80, "RISK_MANAGEMENT", 75));
    }

    /** The motion of an appointment trail for a post of the target's unit. */
    Map<String, Object> motionBody(Target t) {
        return Map.of("unitId", unit(t), "postTitle", "授权矩阵测试副局长", "rankLevel", "DIVISION_DEPUTY",
                "reason", "授权矩阵测试：职位空缺", "method", "RECOMMENDATION");
    }

    String user(Role role) {
        return users.get(role);
    }

    String unit(Target t) {
        return t == Target.OTHER ? b.unitId() : a.unitId();
    }

    String province(Target t) {
        return t == Target.OTHER ? provinceOfB : provinceOfA;
    }

    String cadre(Target t) {
        return switch (t) {
            case SELF -> a.cadres().get(0);
            case OWN -> a.cadres().get(1);
            case OTHER -> b.cadres().get(0);
        };
    }

    String id(String kind, Target t) {
        String id = ids.getOrDefault(kind, Map.of()).get(t);
        if (id == null) {
            throw new IllegalArgumentException("no " + kind + " made for " + t);
        }
        return id;
    }

    /**
     * What a caller of unit A must never read: everything of B (its unit, cadre and records); for the cadre
     * account also what belongs to a2 (another cadre of the same unit).
     */
    Set<String> foreignTo(Role role) {
        Set<String> foreign = new HashSet<>();
        foreign.add(b.unitId());
        foreign.add(provinceOfB);
        foreign.add(cadre(Target.OTHER));
        ids.values().forEach(byTarget -> foreign.add(byTarget.get(Target.OTHER)));
        if (role == Role.CADRE) {
            foreign.add(cadre(Target.OWN));
            ids.values().forEach(byTarget -> {
                if (!byTarget.get(Target.OWN).equals(byTarget.get(Target.SELF))) {
                    foreign.add(byTarget.get(Target.OWN));
                }
            });
        }
        return foreign;
    }

    /** A cadre of its own in the target's unit (for operations that end or move a cadre). */
    String freshCadre(Target t) {
        int n = ++fresh;
        lastFreshCadre = cadreBody("MX" + a.stamp() + "-F" + n, unit(t), 0);
        return Stack.as(ADMIN).body(lastFreshCadre).post("/api/cadres").then().statusCode(201).extract().path("id");
    }

    /** The body the last {@link #freshCadre} was registered with (an update that changes nothing). */
    Map<String, Object> lastFreshCadreBody() {
        return lastFreshCadre;
    }

    /** The unit as it is (name and version), for an update that changes nothing. */
    Map<String, Object> unitUpdate(Target t) {
        Map<String, Object> unit = Stack.as("admin").get("/api/units/" + unit(t)).then().statusCode(200).extract().as(Map.class);
        return Map.of("name", unit.get("name"), "version", unit.get("version"));
    }

    /** The matrix's course as it is, for an update that changes nothing. */
    Map<String, Object> courseUpdate() {
        Map<String, Object> c = Stack.as("admin").get("/api/training/courses/" + course).then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("code", "title", "kind", "capabilities", "creditHours", "offJobDays", "version")) {
            body.put(field, c.get(field));
        }
        return body;
    }

    /** The target's training record as it is, with a correction reason, for an update that changes nothing. */
    Map<String, Object> recordUpdate(Target t) {
        String id = id("record", t);
        List<Map<String, Object>> records = Stack.as("admin").get("/api/training/records?size=200&cadreId=" + cadre(t))
                .then().statusCode(200).extract().path("items.findAll { it.id == '" + id + "' }");
        Map<String, Object> r = records.isEmpty() ? Map.of() : records.get(0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cadreId", cadre(t));
        body.put("title", "授权矩阵测试学习");
        body.put("hours", 2);
        body.put("completedOn", today.minusDays(1).toString());
        body.put("evidence", "结业证书 MX");
        body.put("correctionReason", "授权矩阵测试：核对");
        body.put("version", r.getOrDefault("version", 0));
        return body;
    }

    Map<String, Object> postingBody(String cadre) {
        return Map.of("cadreId", cadre, "type", "POVERTY_ALLEVIATION", "hostUnitId", sichuan,
                "plannedStart", today.plusMonths(1).toString(), "plannedEnd", today.plusMonths(25).toString(),
                "purpose", "授权矩阵测试：乡村振兴挂职");
    }

    /** A 巡察 of the target's unit by its provincial administration (the matrix's inspector is A's province's). */
    Map<String, Object> roundBody(Target t) {
        return Map.of("kind", "CIRCUIT", "ownerUnitId", province(t), "title", "授权矩阵测试巡察", "teamLeader", "周正清",
                "teamMembers", List.of("吴组员"), "targetUnitIds", List.of(unit(t)),
                "onSiteStart", today.plusDays(30).toString(), "onSiteEnd", today.plusDays(40).toString(),
                "feedbackDate", today.plusDays(50).toString());
    }

    String lastFreshClass() {
        return lastFreshClass;
    }

    Map<String, Object> cadreBody(String employeeNumber, String unit, long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("employeeNumber", employeeNumber);
        body.put("name", "矩阵测试干部");
        body.put("gender", "FEMALE");
        body.put("birthDate", "1986-03-0" + (1 + fresh % 9));
        body.put("unitId", unit);
        body.put("positionTitle", "副科长");
        body.put("rankLevel", "SECTION_DEPUTY");
        body.put("version", version);
        return body;
    }

    /** A passport of the cadre registered by an administrator, with a number of its own. */
    private String passport(String cadre) {
        return Stack.as(ADMIN).body(Map.of("cadreId", cadre, "kind", "PASSPORT", "number", passportNumber(),
                "expiresOn", today.plusYears(5).toString())).post("/api/inspection/passports").then().statusCode(201)
                .extract().path("id");
    }

    /** A passport number no run has used: letters and digits, 18 characters. */
    static String passportNumber() {
        return "MX" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(java.util.Locale.ROOT);
    }

    /** A contact point the cadre keeps from today. */
    Map<String, Object> contactPointBody(String cadre) {
        return Map.of("cadreId", cadre, "place", "授权矩阵测试：某县快递物流园区", "since", today.toString());
    }

    /** A research report of the cadre's, filed today. */
    Map<String, Object> researchBody(String cadre) {
        return Map.of("cadreId", cadre, "title", "授权矩阵测试调研报告", "summary", "授权矩阵测试：寄递物流调研",
                "capabilities", List.of("SCIENTIFIC_DEVELOPMENT"), "submittedOn", today.toString());
    }

    /** A private trip of the cadre on the passport, two months ahead. */
    Map<String, Object> tripBody(String cadre, String passport) {
        return Map.of("cadreId", cadre, "passportId", passport, "destination", "授权矩阵测试：新加坡", "purpose", "探亲",
                "departOn", today.plusMonths(2).toString(), "returnOn", today.plusMonths(2).plusDays(7).toString());
    }

    /** An enrolment of its own in a class of its own (for withdrawing one). */
    String freshEnrolment(Target t) {
        lastFreshClass = newClass(unit(t));
        return enrol(lastFreshClass, cadre(t));
    }

    private String newClass(String unit) {
        return Stack.as(ADMIN).body(Map.of("courseId", course, "unitId", unit,
                "startDate", today.plusDays(7).toString(), "endDate", today.plusDays(9).toString(), "capacity", 10,
                "venue", "广州", "openEnrolment", false)).post("/api/training/classes").then().statusCode(201).extract().path("id");
    }

    private String enrol(String trainingClass, String cadre) {
        return Stack.as(ADMIN).body(Map.of("cadreIds", List.of(cadre)))
                .post("/api/training/classes/" + trainingClass + "/enrolments").then().statusCode(200).extract().path("[0].id");
    }

    /** Last year's cycle of the unit, every cadre rated with a gap in risk management, finalised: gaps and proposals. */
    private String finalisedCycleWithGaps(Target unitSide) {
        String cycle = Stack.as(ADMIN).body(Map.of("unitId", unit(unitSide), "year", today.getYear() - 1))
                .post("/api/assessment/cycles").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> reviews = Stack.as(ADMIN).get("/api/assessment/cycles/" + cycle + "/reviews")
                .then().statusCode(200).extract().path("items");
        for (Map<String, Object> review : reviews) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            CAPABILITIES.forEach(c -> scores.put(c, c.equals("RISK_MANAGEMENT") ? 40 : 78));
            Stack.as(ADMIN).body(Map.of("superiorGrade", "COMPETENT", "performanceScore", 80, "styleScore", 80,
                    "conductScore", 80, "capabilityScores", scores, "proposedGrade", "COMPETENT", "version", review.get("version")))
                    .put("/api/assessment/cycles/" + cycle + "/reviews/" + review.get("id")).then().statusCode(200);
            Target t = targetOf((String) review.get("cadreId"));
            put("review", t, (String) review.get("id"));
        }
        Stack.as(ADMIN).body(Map.of()).post("/api/assessment/cycles/" + cycle + "/finalize").then().statusCode(200);
        return cycle;
    }

    /**
     * A 回头看 under way of a finding closed in an earlier round of the unit (a re-check needs one): records
     * "recheckFinding" and returns the follow-up round.
     */
    private String followUpOfAClosedFinding(Target unitSide) {
        String round = Stack.as("inspector").body(Map.of("kind", "CIRCUIT", "ownerUnitId", province(unitSide),
                "title", "授权矩阵测试巡察（已整改）", "teamLeader", "周正清", "teamMembers", List.of("吴组员"),
                "targetUnitIds", List.of(unit(unitSide)), "onSiteStart", today.minusDays(90).toString(),
                "onSiteEnd", today.minusDays(80).toString(), "feedbackDate", today.minusDays(70).toString()))
                .post("/api/inspection/rounds").then().statusCode(201).extract().path("id");
        Stack.as("inspector").body(Map.of()).post("/api/inspection/rounds/" + round + "/start").then().statusCode(200);
        String finding = Stack.as("inspector").body(Map.of("unitId", unit(unitSide), "cadreIds", List.of(cadre(unitSide)),
                "category", "安全监管", "severity", "MINOR", "capability", "RISK_MANAGEMENT",
                "description", "授权矩阵测试：台账不全", "rectificationOwner", "市场监管科"))
                .post("/api/inspection/rounds/" + round + "/findings").then().statusCode(201).extract().path("id");
        Stack.as("inspector").body(Map.of()).post("/api/inspection/rounds/" + round + "/feedback").then().statusCode(200);
        Stack.as(ADMIN).body(Map.of("summary", "已整改", "measures", "建立台账", "evidence", List.of("台账.xlsx"),
                "completedOn", today.toString())).post("/api/inspection/findings/" + finding + "/rectification")
                .then().statusCode(200);
        Stack.as("inspector").body(Map.of("conclusion", "整改到位，予以销号"))
                .post("/api/inspection/findings/" + finding + "/close").then().statusCode(200);
        Map<String, Object> followUp = new LinkedHashMap<>();
        followUp.put("kind", "CIRCUIT");
        followUp.put("ownerUnitId", province(unitSide));
        followUp.put("title", "授权矩阵测试回头看");
        followUp.put("teamLeader", "周正清");
        followUp.put("teamMembers", List.of("吴组员"));
        followUp.put("targetUnitIds", List.of(unit(unitSide)));
        followUp.put("onSiteStart", today.toString());
        followUp.put("onSiteEnd", today.plusDays(10).toString());
        followUp.put("feedbackDate", today.plusMonths(1).toString());
        followUp.put("followUpOf", round);
        followUp.put("recheckFindingIds", List.of(finding));
        String check = Stack.as("inspector").body(followUp).post("/api/inspection/rounds").then().statusCode(201)
                .extract().path("id");
        Stack.as("inspector").body(Map.of()).post("/api/inspection/rounds/" + check + "/start").then().statusCode(200);
        perUnit("recheckFinding", unitSide, finding);
        return check;
    }

    private Target targetOf(String cadre) {
        for (Target t : Target.values()) {
            if (cadre(t).equals(cadre)) {
                return t;
            }
        }
        throw new IllegalStateException("not a cadre of the matrix: " + cadre);
    }

    private List<Target> cadresOf(Target unitSide) {
        return unitSide == Target.OTHER ? List.of(Target.OTHER) : List.of(Target.SELF, Target.OWN);
    }

    private void perUnit(String kind, Target unitSide, String id) {
        for (Target t : unitSide == Target.OTHER ? List.of(Target.OTHER) : List.of(Target.SELF, Target.OWN)) {
            put(kind, t, id);
        }
    }

    private void put(String kind, Target t, String id) {
        ids.computeIfAbsent(kind, k -> new EnumMap<>(Target.class)).put(t, id);
    }

    @SuppressWarnings("unchecked")
    private static String idOfCode(List<Map<String, Object>> nodes, String code) {
        return nodes.stream().filter(n -> code.equals(n.get("code"))).map(n -> (String) n.get("id")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no unit " + code + " in the tree"));
    }
}
