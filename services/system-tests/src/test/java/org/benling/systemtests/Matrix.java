package org.benling.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The authorization matrix: for every operation of the API, what each role gets on its own things and on others'.
 *
 * <p>An operation's row names how to call it for a {@link Target} (path and query values, a body) and a grid of
 * {@link Outcome}s, one per role and target, written as the reader would say it:
 * {@code "cadre ok 404 404; hr ok ok 404; inspector ok ok 404; leader ok ok ok; admin ok ok ok"} (columns SELF, OWN,
 * OTHER). An operation that no target changes (a catalogue, the caller's own page) has one column. Anonymous
 * callers get 401 on every read but the public ones, and 403 on every change (the gateway's CSRF check: a change
 * without a session's token never reaches a service).
 *
 * <p>Calls expected to be refused run first, so that what an allowed call changes (a posting cancelled, a proposal
 * accepted) cannot turn a refusal into a pass. Every answer a caller of unit A is given is also searched for the
 * ids of things it may not read ({@link MatrixWorld#foreignTo}): a leak fails the case even when the status is right.
 */
final class Matrix {

    enum Role {
        ANONYMOUS, CADRE, HR, INSPECTOR, LEADER, ADMIN,
        /** Other bureau systems (client credentials): the public registry only; 403 wherever a row does not say. */
        INTEGRATION
    }

    enum Target {
        SELF, OWN, OTHER
    }

    enum Outcome {
        /** Past authorization: 2xx or 3xx, or a business refusal of the state (409, 422). */
        OK("ok"),
        UNAUTHENTICATED("401"),
        /** The role may not do this at all. */
        FORBIDDEN("403"),
        /** Outside the caller's scope, the thing does not exist for it. */
        HIDDEN("404"),
        /** A reference in the body outside the caller's scope: 400 (no such unit in scope), 403 or 404. */
        REFUSED("no");

        final String word;

        Outcome(String word) {
            this.word = word;
        }

        static Outcome of(String word) {
            for (Outcome o : values()) {
                if (o.word.equals(word)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("not an outcome: " + word + " (ok, 401, 403, 404, no)");
        }

        boolean admits(int status) {
            return switch (this) {
                case OK -> status >= 200 && status < 400 || status == 409 || status == 422;
                case UNAUTHENTICATED -> status == 401;
                case FORBIDDEN -> status == 403;
                case HIDDEN -> status == 404;
                case REFUSED -> status == 400 || status == 403 || status == 404;
            };
        }
    }

    /** One operation: how to call it for a target, and what each role gets. */
    static final class Op {
        final String method;
        final String template;
        final Map<String, Function<Target, String>> path = new LinkedHashMap<>();
        final Map<String, Function<Target, String>> query = new LinkedHashMap<>();
        Function<Target, Object> body;
        byte[] file;
        String fileName;
        boolean keyed;
        boolean isPublic;
        boolean stream;
        String namesOthers;
        final Map<Role, List<Outcome>> grid = new EnumMap<>(Role.class);

        Op(String operation) {
            String[] parts = operation.split(" ", 2);
            method = parts[0];
            template = parts[1];
        }

        String key() {
            return method + " " + template;
        }

        /** A path value that depends on the target (the operation is keyed by it). */
        Op path(String name, Function<Target, String> value) {
            path.put(name, value);
            keyed = true;
            return this;
        }

        /** A path value that does not (a course of the catalogue, a command). */
        Op fixedPath(String name, String value) {
            path.put(name, t -> value);
            return this;
        }

        Op query(String name, Function<Target, String> value) {
            query.put(name, value);
            keyed = true;
            return this;
        }

        Op body(Function<Target, Object> value) {
            body = value;
            keyed = true;
            return this;
        }

        Op fixedBody(Object value) {
            body = t -> value;
            return this;
        }

        /** A body made afresh for each call that no target changes (a course with a code of its own). */
        Op freshBody(java.util.function.Supplier<Object> value) {
            body = t -> value.get();
            return this;
        }

        /** A file upload (multipart, part {@code file}). */
        Op file(String name, byte[] content) {
            file = content;
            fileName = name;
            return this;
        }

        /** Open to anyone, signed in or not (the login redirect, the SPA's configuration). */
        Op open() {
            isPublic = true;
            return this;
        }

        /** An endless answer (server-sent events): only its status and type are read, then the connection is closed. */
        Op stream() {
            stream = true;
            return this;
        }

        /** The answer may name things outside the caller's scope, for the reason given. */
        Op namesOthers(String reason) {
            namesOthers = reason;
            return this;
        }

        Op expect(String spec) {
            for (String cell : spec.split(";")) {
                String[] words = cell.trim().split("\\s+");
                Role role = Role.valueOf(words[0].toUpperCase(Locale.ROOT));
                List<Outcome> outcomes = new ArrayList<>();
                for (int i = 1; i < words.length; i++) {
                    outcomes.add(Outcome.of(words[i]));
                }
                grid.put(role, outcomes);
            }
            return this;
        }

        Outcome expected(Role role, Target t) {
            if (role == Role.ANONYMOUS && !grid.containsKey(role)) {
                // a change without a session is refused by the gateway's CSRF check before authentication
                return isPublic ? Outcome.OK : method.equals("GET") ? Outcome.UNAUTHENTICATED : Outcome.FORBIDDEN;
            }
            List<Outcome> outcomes = grid.get(role);
            if (outcomes == null && role == Role.INTEGRATION) {
                return Outcome.FORBIDDEN;
            }
            if (outcomes == null) {
                throw new IllegalStateException(key() + ": no expectation for " + role);
            }
            if (outcomes.size() != targets().size()) {
                throw new IllegalStateException(key() + ": " + role + " needs " + targets().size() + " outcomes");
            }
            return outcomes.get(targets().indexOf(t));
        }

        List<Target> targets() {
            return keyed ? List.of(Target.SELF, Target.OWN, Target.OTHER) : List.of(Target.SELF);
        }
    }

    record Case(Op op, Role role, Target target, Outcome expected) {
        String describe() {
            return String.format("%-58s %-9s %-5s", op.key(), role.name().toLowerCase(Locale.ROOT),
                    op.keyed ? target.name().toLowerCase(Locale.ROOT) : "");
        }
    }

    /** {@code offContract}: how the answer differs from what the API document says of it ({@link ApiDocument}). */
    record Result(Case c, int status, String contentType, List<String> leaked, List<String> offContract) {
        boolean passed() {
            return c.expected().admits(status) && leaked.isEmpty() && offContract.isEmpty() && status < 500
                    && (status < 400 || contentType.startsWith("application/problem+json"));
        }

        String line() {
            String why = !c.expected().admits(status) ? "expected " + c.expected().word + ", got " + status
                    : status >= 400 && !contentType.startsWith("application/problem+json") ? status + " as " + contentType
                    : !leaked.isEmpty() ? "leaked " + leaked
                    : status + " differs from the document: " + offContract;
            return c.describe() + " " + why;
        }
    }

    private final MatrixWorld world;
    private final ApiDocument document = ApiDocument.served();

    Matrix(MatrixWorld world) {
        this.world = world;
    }

    /** Every case of every operation; refusals first. */
    List<Case> cases(List<Op> ops) {
        List<Case> refusals = new ArrayList<>();
        List<Case> allowed = new ArrayList<>();
        for (Op op : ops) {
            for (Target t : List.of(Target.OTHER, Target.OWN, Target.SELF)) {
                if (!op.targets().contains(t)) {
                    continue;
                }
                for (Role role : Role.values()) {
                    Case c = new Case(op, role, t, op.expected(role, t));
                    (c.expected() == Outcome.OK ? allowed : refusals).add(c);
                }
            }
        }
        refusals.addAll(allowed);
        return refusals;
    }

    Result run(Case c) {
        if (c.op().stream) {
            Stack.Peek peek = Stack.peek(c.op().template, c.role() == Role.ANONYMOUS ? null
                    : Stack.token(world.user(c.role())));
            return new Result(c, peek.status(), peek.contentType(), List.of(), List.of());
        }
        Response response = send(c);
        String contentType = response.contentType() == null ? "" : response.contentType();
        List<String> leaked = new ArrayList<>();
        boolean scoped = c.role() == Role.CADRE || c.role() == Role.HR || c.role() == Role.INSPECTOR;
        if (scoped && response.statusCode() < 300 && c.op().namesOthers == null && !contentType.contains("spreadsheet")) {
            String body = response.asString();
            Set<String> foreign = world.foreignTo(c.role());
            foreign.stream().filter(body::contains).sorted().forEach(leaked::add);
        }
        if (c.role() == Role.HR && !contentType.contains("spreadsheet")) {
            // DOMAIN.md: HR sees the effect of a supervision measure on its work, never the measure
            String body = response.asString();
            MatrixWorld.RESTRICTED.stream().filter(body::contains).map(word -> "restricted: " + word).forEach(leaked::add);
        }
        List<String> offContract = document.differences(c.op().method, c.op().template, response.statusCode(),
                contentType, response.asString());
        return new Result(c, response.statusCode(), contentType, leaked, offContract);
    }

    /** A tag no resource is at. */
    static final String STALE_TAG = "\"2147483647\"";

    /**
     * For each operation that takes {@code If-Match}, its first allowed case sent with a tag no resource is at: it must
     * never succeed (412, or the command's own refusal where the state already forbids it, which comes first). Run
     * before the allowed cases, while each command would still succeed: a 412 changes nothing, so the allowed case
     * that follows still gets what the grid says. Returns the failures; prints how many answered 412.
     */
    List<String> staleTagsRefused(List<Case> allowed) {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        for (Case c : firstOfEach(allowed, "If-Match")) {
            int status = send(c, prepare(c), Map.of("If-Match", STALE_TAG)).statusCode();
            statuses.merge(String.valueOf(status), 1, Integer::sum);
            if (status < 300 || status >= 500) {
                failures.add(c.describe() + " answered " + status + " to a stale If-Match");
            }
        }
        System.out.printf("stale If-Match on %d operations: %s%n", statuses.values().stream()
                .mapToInt(Integer::intValue).sum(), statuses);
        return failures;
    }

    /**
     * For each operation that takes {@code Idempotency-Key}, its first allowed case sent twice with one key and one
     * body: when the first succeeds, the second is its answer replayed (same status and body, marked
     * {@code Idempotent-Replayed}), so a network retry creates nothing twice. Returns the failures.
     */
    List<String> replaysAnswerTheSame(List<Case> allowed) {
        List<String> failures = new ArrayList<>();
        int replayed = 0;
        List<String> refused = new ArrayList<>();
        for (Case c : firstOfEach(allowed, "Idempotency-Key")) {
            Map<String, String> key = Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString());
            Call call = prepare(c);
            Response first = send(c, call, key);
            Response second = send(c, call, key);
            if (first.statusCode() >= 300) {
                refused.add(c.op().key() + " " + first.statusCode());
                if (second.statusCode() < 300) {
                    failures.add(c.describe() + " refused with " + first.statusCode() + ", then ran on the retry");
                }
            } else if (second.statusCode() != first.statusCode() || !"true".equals(second.header("Idempotent-Replayed"))
                    || !second.asString().equals(first.asString())) {
                failures.add(c.describe() + " retried with its key: " + second.statusCode() + " replayed="
                        + second.header("Idempotent-Replayed") + ", not the first answer (" + first.statusCode() + ")");
            } else {
                replayed++;
            }
        }
        System.out.printf("Idempotency-Key retries: %d replayed, %d refused the first time (the state no longer allows"
                + " them) %s%n", replayed, refused.size(), refused);
        return failures;
    }

    private List<Case> firstOfEach(List<Case> allowed, String header) {
        Map<String, Case> first = new LinkedHashMap<>();
        for (Case c : allowed) {
            if (c.role() != Role.ANONYMOUS && document.takesHeader(c.op().method, c.op().template, header)) {
                first.putIfAbsent(c.op().key(), c);
            }
        }
        return List.copyOf(first.values());
    }

    /** One call of a case, its values made once (a fresh cadre, a fresh body), so it can be sent again as it is. */
    record Call(Map<String, String> path, Map<String, String> query, Object body) {
    }

    /** The case's values in the order the rows expect: the path first (a fresh cadre), then the body made for it. */
    Call prepare(Case c) {
        Map<String, String> path = new LinkedHashMap<>();
        c.op().path.forEach((name, value) -> path.put(name, value.apply(c.target())));
        Map<String, String> query = new LinkedHashMap<>();
        c.op().query.forEach((name, value) -> query.put(name, value.apply(c.target())));
        return new Call(path, query, c.op().body == null ? null : c.op().body.apply(c.target()));
    }

    private Response send(Case c) {
        return send(c, prepare(c), Map.of());
    }

    /** What the case's caller gets for the call, with these headers too. */
    Response send(Case c, Call call, Map<String, String> headers) {
        Response response = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            RequestSpecification spec = given().baseUri(Stack.URL).redirects().follow(false)
                    .accept("application/json, application/problem+json, */*");
            if (c.role() != Role.ANONYMOUS) {
                spec.auth().oauth2(Stack.token(world.user(c.role())));
            }
            call.path().forEach(spec::pathParam);
            call.query().forEach(spec::queryParam);
            if (c.op().file != null) {
                spec.multiPart("file", c.op().fileName, c.op().file,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            } else if (call.body() != null) {
                spec.contentType(ContentType.JSON).body(call.body());
            }
            headers.forEach(spec::header);
            response = spec.request(c.op().method, c.op().template);
            if (response.statusCode() != 429) {
                return response;
            }
            // the gateway's per-user bucket (30/s): wait as it says, then ask again
            sleep(Long.parseLong(response.header("Retry-After") == null ? "1" : response.header("Retry-After")));
        }
        return response;
    }

    private static void sleep(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
