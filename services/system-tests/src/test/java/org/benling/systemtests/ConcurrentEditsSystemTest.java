package org.benling.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Twenty clients edit the same review, posting and cadre at once (the chaos scenario R6 of docs/reliability.md): every
 * write that carries a version another write has already replaced is refused with 409 and changes nothing; no write is
 * lost. Each client is an HR account of its own (the gateway limits each user's rate), released together by a latch.
 */
class ConcurrentEditsSystemTest {

    static final int CLIENTS = 20;
    static Stack.Fixture fixture;
    static List<String> clients = new ArrayList<>();
    /** Postings are approved by leaders: twenty of them. */
    static List<String> leaders = new ArrayList<>();

    @BeforeAll
    static void accounts() {
        fixture = Stack.newUnit("R6", 1);
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(Accounts.create("r6-hr", "hr", fixture.unitId(), null));
            leaders.add(Accounts.create("r6-leader", "leader", fixture.unitId(), null));
        }
    }

    @AfterAll
    static void removeAccounts() {
        Accounts.deleteAll();
    }

    /** Every client appends its mark to the self-report, re-reading after each 409: all twenty marks, each once. */
    @Test
    void twentyClientsAppendingToOneSelfReportLoseNoAppend() throws Exception {
        String cadre = fixture.cadres().get(0);
        String cycle = Stack.as("admin").body(Map.of("unitId", fixture.unitId(), "year", Stack.today().getYear() - 1))
                .post("/api/assessment/cycles").then().statusCode(201).extract().path("id");
        String review = Stack.as("admin").get("/api/assessment/cycles/" + cycle + "/reviews").then().statusCode(200)
                .extract().path("items.find { it.cadreId == '" + cadre + "' }.id");
        String path = "/api/assessment/cycles/" + cycle + "/reviews/" + review;
        Map<Integer, Integer> statuses = new TreeMap<>();
        race(client -> {
            String mark = "[" + client + "]";
            for (int attempt = 1; attempt <= 200; attempt++) {
                Response read = Stack.as(clients.get(client)).get(path);
                assertEquals(200, read.statusCode(), read.asString());
                String text = read.path("selfReport") == null ? "" : read.path("selfReport");
                Number version = read.path("version");
                Response write = Stack.as(clients.get(client)).body(Map.of("text", text + mark, "version", version))
                        .put(path + "/self-report");
                count(statuses, write.statusCode());
                if (write.statusCode() == 200) {
                    return null;
                }
                assertConflict(write);
            }
            throw new AssertionError("client " + client + " never got its append in");
        });
        String text = Stack.as("admin").get(path).then().statusCode(200).extract().path("selfReport");
        for (int client = 0; client < CLIENTS; client++) {
            assertEquals(1, occurrences(text, "[" + client + "]"), "client " + client + "'s append in: " + text);
        }
        assertEquals(CLIENTS, statuses.get(200), statuses.toString());
        assertEquals(statuses.keySet(), statuses.containsKey(409) ? java.util.Set.of(200, 409) : java.util.Set.of(200));
        System.out.printf("R6 self-report: %d clients, answers %s%n", CLIENTS, statuses);
    }

    /** Twenty approvals of one proposed posting, all with the version read before: one is applied, nineteen are 409. */
    @Test
    void twentyClientsApprovingOnePostingApproveItOnce() throws Exception {
        String cadre = fixture.cadres().get(0);
        String sichuan = Stack.as("admin").get("/api/units").then().statusCode(200)
                .extract().path("[0].children.find { it.code == '510000' }.id");
        Response created = Stack.as("admin").body(Map.of("cadreId", cadre, "type", "POVERTY_ALLEVIATION", "hostUnitId", sichuan,
                "hostPosition", "驻村第一书记", "plannedStart", Stack.today().plusMonths(1).toString(),
                "plannedEnd", Stack.today().plusMonths(25).toString(), "capabilities", List.of("MASS_WORK"),
                "objectives", "并发审批测试")).post("/api/rotation/postings");
        assertEquals(201, created.statusCode(), created.asString());
        String posting = created.path("id");
        Object version = created.path("version");
        Map<Integer, Integer> statuses = new TreeMap<>();
        race(client -> {
            Response r = Stack.as(leaders.get(client)).body(Map.of("version", version))
                    .post("/api/rotation/postings/" + posting + "/approve");
            count(statuses, r.statusCode());
            if (r.statusCode() != 200) {
                assertConflict(r);
            }
            return null;
        });
        assertEquals(Map.of(200, 1, 409, CLIENTS - 1), statuses);
        Stack.as("admin").get("/api/rotation/postings/" + posting).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("APPROVED"));
        System.out.printf("R6 posting approval: %d clients, answers %s%n", CLIENTS, statuses);
    }

    /** Twenty updates of one cadre with the version read before: one position title wins, the other nineteen are 409. */
    @Test
    void twentyClientsUpdatingOneCadreWithTheSameVersionChangeItOnce() throws Exception {
        String cadre = fixture.cadres().get(0);
        Map<String, Object> read = Stack.as("admin").get("/api/cadres/" + cadre).then().statusCode(200).extract().path("$");
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<Integer, String> won = new java.util.concurrent.ConcurrentHashMap<>();
        race(client -> {
            Map<String, Object> body = new HashMap<>();
            for (String field : List.of("employeeNumber", "name", "gender", "birthDate", "unitId", "rankLevel", "version")) {
                body.put(field, read.get(field));
            }
            body.put("positionTitle", "并发修改测试 " + client);
            Response r = Stack.as(clients.get(client)).body(body).put("/api/cadres/" + cadre);
            count(statuses, r.statusCode());
            if (r.statusCode() == 200) {
                won.put(client, r.path("positionTitle"));
            } else {
                assertConflict(r);
            }
            return null;
        });
        assertEquals(Map.of(200, 1, 409, CLIENTS - 1), statuses);
        String title = Stack.as("admin").get("/api/cadres/" + cadre).then().statusCode(200).extract().path("positionTitle");
        assertEquals(won.values().iterator().next(), title, "the one write answered 200 is the one kept");
        System.out.printf("R6 cadre update: %d clients, answers %s%n", CLIENTS, statuses);
    }

    interface Client {
        Void run(int client) throws Exception;
    }

    /** Runs every client at once (a latch releases them together) and rethrows the first failure. */
    private static void race(Client body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            // each logs in first: the race is in the writes, not at Keycloak
            clients.forEach(Stack::token);
            leaders.forEach(Stack::token);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> runs = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                runs.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    return body.run(client);
                }));
            }
            start.countDown();
            for (Future<Void> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertConflict(Response r) {
        assertEquals(409, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    }

    private static synchronized void count(Map<Integer, Integer> statuses, int status) {
        statuses.merge(status, 1, Integer::sum);
    }

    private static int occurrences(String text, String mark) {
        Matcher m = Pattern.compile(Pattern.quote(mark)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
