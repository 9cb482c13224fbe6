package org.benling.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.benling.client.ApiClient;
import org.benling.client.ApiException;
import org.benling.client.ApiResponse;
import org.benling.client.api.CadresApi;
import org.benling.client.api.CyclesApi;
import org.benling.client.api.PostingsApi;
import org.benling.client.api.ReviewsApi;
import org.benling.client.model.Cadre;
import org.benling.client.model.CadreRequest;
import org.benling.client.model.CycleRequest;
import org.benling.client.model.Posting;
import org.benling.client.model.PostingRequest;
import org.benling.client.model.PostingStatus;
import org.benling.client.model.PostingTransition;
import org.benling.client.model.PostingType;
import org.benling.client.model.Review;
import org.benling.client.model.SelfReportRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Twenty clients edit the same review, posting and cadre at once (the chaos scenario R6 of docs/reliability.md): every
 * write that carries a version another write has already replaced is refused with 409 and changes nothing; no write is
 * lost. Each client is an HR account of its own (the gateway limits each user's rate), released together by a latch.
 * Driven through the generated Java client; the versions ride in the bodies (no If-Match), which is what answers 409.
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
        UUID cadre = UUID.fromString(fixture.cadres().get(0));
        UUID cycle = Stack.created(new CyclesApi(Stack.client("admin")).cycleResourceOpenWithHttpInfo(new CycleRequest()
                .unitId(UUID.fromString(fixture.unitId())).year(Stack.today().getYear() - 1),
                UUID.randomUUID().toString())).getId();
        ReviewsApi admin = new ReviewsApi(Stack.client("admin"));
        UUID review = admin.reviewResourceList(cycle, null, null, null, null, null).getItems().stream()
                .filter(r -> cadre.equals(r.getCadreId())).findFirst().orElseThrow().getId();
        List<ReviewsApi> apis = apis(clients, ReviewsApi::new);
        Map<Integer, Integer> statuses = new TreeMap<>();
        race(client -> {
            String mark = "[" + client + "]";
            ReviewsApi api = apis.get(client);
            for (int attempt = 1; attempt <= 200; attempt++) {
                Review read = api.reviewResourceGet(cycle, review);
                String text = read.getSelfReport() == null ? "" : read.getSelfReport();
                try {
                    ApiResponse<Review> write = api.reviewResourceSelfReportWithHttpInfo(cycle, review,
                            new SelfReportRequest().text(text + mark).version(read.getVersion()), null);
                    count(statuses, write.getStatusCode());
                    return null;
                } catch (ApiException refused) {
                    count(statuses, refused.getCode());
                    assertConflict(refused);
                }
            }
            throw new AssertionError("client " + client + " never got its append in");
        });
        String text = admin.reviewResourceGet(cycle, review).getSelfReport();
        for (int client = 0; client < CLIENTS; client++) {
            assertEquals(1, occurrences(text, "[" + client + "]"), "client " + client + "'s append in: " + text);
        }
        assertEquals(CLIENTS, statuses.get(200), statuses.toString());
        assertEquals(statuses.keySet(), statuses.containsKey(409) ? Set.of(200, 409) : Set.of(200));
        System.out.printf("R6 self-report: %d clients, answers %s%n", CLIENTS, statuses);
    }

    /** Twenty approvals of one proposed posting, all with the version read before: one is applied, nineteen are 409. */
    @Test
    void twentyClientsApprovingOnePostingApproveItOnce() throws Exception {
        UUID cadre = UUID.fromString(fixture.cadres().get(0));
        UUID sichuan = Stack.province("510000");
        PostingsApi admin = new PostingsApi(Stack.client("admin"));
        // the old request's hostPosition, capabilities and objectives are no fields of PostingRequest (the service
        // ignored them); its objectives text is the purpose
        Posting created = Stack.created(admin.postingResourceProposeWithHttpInfo(new PostingRequest().cadreId(cadre)
                .type(PostingType.POVERTY_ALLEVIATION).hostUnitId(sichuan).plannedStart(Stack.today().plusMonths(1))
                .plannedEnd(Stack.today().plusMonths(25)).purpose("并发审批测试"), UUID.randomUUID().toString()));
        UUID posting = created.getId();
        Long version = created.getVersion();
        List<PostingsApi> apis = apis(leaders, PostingsApi::new);
        Map<Integer, Integer> statuses = new TreeMap<>();
        race(client -> {
            try {
                count(statuses, apis.get(client).postingResourceApproveWithHttpInfo(posting,
                        new PostingTransition().version(version), UUID.randomUUID().toString(), null).getStatusCode());
            } catch (ApiException refused) {
                count(statuses, refused.getCode());
                assertConflict(refused);
            }
            return null;
        });
        assertEquals(Map.of(200, 1, 409, CLIENTS - 1), statuses);
        assertEquals(PostingStatus.APPROVED, admin.postingResourceGet(posting).getStatus());
        System.out.printf("R6 posting approval: %d clients, answers %s%n", CLIENTS, statuses);
    }

    /** Twenty updates of one cadre with the version read before: one position title wins, the other nineteen are 409. */
    @Test
    void twentyClientsUpdatingOneCadreWithTheSameVersionChangeItOnce() throws Exception {
        UUID cadre = UUID.fromString(fixture.cadres().get(0));
        CadresApi admin = new CadresApi(Stack.client("admin"));
        Cadre read = admin.cadreResourceGet(cadre);
        List<CadresApi> apis = apis(clients, CadresApi::new);
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<Integer, String> won = new ConcurrentHashMap<>();
        race(client -> {
            CadreRequest body = new CadreRequest().employeeNumber(read.getEmployeeNumber()).name(read.getName())
                    .gender(read.getGender()).birthDate(read.getBirthDate()).unitId(read.getUnitId())
                    .rankLevel(read.getRankLevel()).version(read.getVersion()).positionTitle("并发修改测试 " + client);
            try {
                ApiResponse<Cadre> r = apis.get(client).cadreResourceUpdateWithHttpInfo(cadre, body, null);
                count(statuses, r.getStatusCode());
                won.put(client, r.getData().getPositionTitle());
            } catch (ApiException refused) {
                count(statuses, refused.getCode());
                assertConflict(refused);
            }
            return null;
        });
        assertEquals(Map.of(200, 1, 409, CLIENTS - 1), statuses);
        String title = admin.cadreResourceGet(cadre).getPositionTitle();
        assertEquals(won.values().iterator().next(), title, "the one write answered 200 is the one kept");
        System.out.printf("R6 cadre update: %d clients, answers %s%n", CLIENTS, statuses);
    }

    /** Each user's client, made before a race so that the latch releases requests, not client set-up. */
    private static <T> List<T> apis(List<String> users, Function<ApiClient, T> api) {
        return users.stream().map(user -> api.apply(Stack.client(user))).toList();
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

    private static void assertConflict(ApiException refused) {
        assertEquals(409, refused.getCode(), refused.getResponseBody());
        String type = refused.getResponseHeaders().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/problem+json"), type);
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
