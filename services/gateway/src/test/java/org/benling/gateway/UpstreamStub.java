package org.benling.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A stand-in for the personnel service: serves the personnel service's real generated OpenAPI document and
 * echoes what reached it, so tests see exactly what the gateway forwarded. A second, closed port plays a
 * service that is down. Also writes a tiny built SPA for the gateway to serve.
 */
public class UpstreamStub implements QuarkusTestResourceLifecycleManager {

    public static final byte[] EXPORT = "PK\u0003\u0004 pretend xlsx \u0000\u00ff bytes".getBytes(StandardCharsets.ISO_8859_1);

    private HttpServer server;
    /** Services after personnel, each serving its real OpenAPI document. */
    private static final List<String> SERVICES = List.of("training", "assessment", "rotation", "inspection",
            "notification", "selection");

    private final List<HttpServer> services = new ArrayList<>();
    private final List<Socket> heldPorts = new ArrayList<>();

    /** Whether replica "a" and replica "b" of the replicated stand-in answer their readiness check with 200. */
    public static final java.util.concurrent.atomic.AtomicBoolean READY_A = new java.util.concurrent.atomic.AtomicBoolean(true);
    public static final java.util.concurrent.atomic.AtomicBoolean READY_B = new java.util.concurrent.atomic.AtomicBoolean(true);

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/q/openapi", ex -> send(ex, 200, "application/json", Files.readAllBytes(personnelOpenApi())));
            server.createContext("/api/", UpstreamStub::api);
            server.start();
            Map<String, String> config = new HashMap<>();
            for (String service : SERVICES) {
                HttpServer stub = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
                stub.createContext("/q/openapi", ex -> send(ex, 200, "application/json", Files.readAllBytes(openApi(service))));
                stub.createContext("/api/", UpstreamStub::api);
                stub.setExecutor(Executors.newFixedThreadPool(8));
                stub.start();
                services.add(stub);
                config.put("benling.gateway.routes." + service + ".url", "http://localhost:" + stub.getAddress().getPort());
            }
            Path spa = Files.createTempDirectory("benling-spa");
            Files.writeString(spa.resolve("index.html"), "<!doctype html><title>本领</title><div id=root></div>");
            Files.createDirectories(spa.resolve("assets"));
            Files.writeString(spa.resolve("assets/app.js"), "console.log('benling')");
            config.put("benling.gateway.routes.personnel.url", "http://localhost:" + server.getAddress().getPort());
            // a service that is down: a port nobody listens on
            config.put("benling.gateway.routes.archive.url", "http://localhost:" + refusingPort());
            config.put("benling.gateway.routes.archive.prefixes", "/api/archive");
            config.put("benling.gateway.spa-dir", spa.toString());
            // a service with two replicas and a third listed address where nothing runs
            String a = replica("a", READY_A);
            String b = replica("b", READY_B);
            config.put("benling.gateway.routes.replicated.url", a);
            config.put("benling.gateway.routes.replicated.instances", a + "," + b + ",http://localhost:" + refusingPort());
            config.put("benling.gateway.routes.replicated.prefixes", "/api/replicated");
            // a service one of whose two instances was just killed: its address still reported ready, nothing listening
            config.put("benling.gateway.routes.killed.url", b);
            config.put("benling.gateway.routes.killed.instances", killedButListedReady() + "," + b);
            config.put("benling.gateway.routes.killed.prefixes", "/api/killed");
            config.put("benling.gateway.readiness-interval", "1s");
            config.put("benling.gateway.composition-deadline", "1500ms");
            return config;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path personnelOpenApi() {
        return openApi("personnel");
    }

    /** A service's generated OpenAPI document (the reactor builds the services before the gateway). */
    public static Path openApi(String service) {
        Path doc = Path.of(System.getProperty("benling.services.dir", ".."), service, "target", "openapi", "openapi.json");
        if (!Files.isRegularFile(doc)) {
            throw new IllegalStateException("build the " + service + " service first (its OpenAPI document is missing: " + doc + ")");
        }
        return doc;
    }

    /** Portfolio stand-ins: a cadre personnel does not show the caller; one training takes too long for; one rotation fails. */
    public static final String OUT_OF_SCOPE = "0000a0a0-0000-4000-8000-000000000404";
    public static final String SLOW_TRAINING = "0000a0a0-0000-4000-8000-000000000504";
    public static final String ROTATION_FAILS = "0000a0a0-0000-4000-8000-000000000503";
    /** A cadre with a record, a transfer and grades, for the forms filled from the portfolio. */
    public static final String FORM_CADRE = "0000a0a0-0000-4000-8000-0000000000f0";
    private static final Map<String, String> FORM_ANSWERS = Map.of(
            "/api/cadres/" + FORM_CADRE, "{\"id\":\"" + FORM_CADRE + "\",\"name\":\"王敏\",\"gender\":\"MALE\","
                    + "\"birthDate\":\"1985-05-12\",\"unitName\":\"广东省邮政管理局\",\"positionTitle\":\"市场监管处处长\","
                    + "\"joinedWorkOn\":\"2007-07-01\",\"postSince\":\"2021-06-01\",\"education\":\"MASTER\"}",
            "/api/cadres/" + FORM_CADRE + "/transfers", "[{\"fromUnitName\":\"深圳市邮政管理局\",\"fromPositionTitle\":\"副局长\","
                    + "\"toUnitName\":\"广东省邮政管理局\",\"toPositionTitle\":\"市场监管处处长\",\"effectiveOn\":\"2021-06-01\"}]",
            "/api/assessment/profiles/" + FORM_CADRE, "{\"grades\":[{\"year\":2025,\"grade\":\"EXCELLENT\",\"outcome\":\"GRADED\"},"
                    + "{\"year\":2024,\"grade\":null,\"outcome\":\"UNGRADED\"},{\"year\":2023,\"grade\":\"COMPETENT\",\"outcome\":\"GRADED\"}]}");

    private static void api(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String uri = ex.getRequestURI().toString();
        byte[] body = ex.getRequestBody().readAllBytes();
        if (FORM_ANSWERS.containsKey(path)) {
            send(ex, 200, "application/json", FORM_ANSWERS.get(path).getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (uri.contains("unitId=" + OUT_OF_SCOPE) && !path.equals("/api/inspection/findings")) {
            // a unit outside the caller's scope: every owner's figures refuse it (a filtered list answers an empty page)
            send(ex, 404, "application/problem+json", "{\"status\":404}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (path.equals("/api/cadres/" + OUT_OF_SCOPE)) {
            send(ex, 404, "application/problem+json", ("{\"type\":\"https://benling.org/problems/not-found\",\"title\":\"Not found\","
                    + "\"status\":404,\"detail\":\"Cadre " + OUT_OF_SCOPE + " not found\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (path.startsWith("/api/inspection/measures")) {
            // measures are restricted: HR is refused by the owner
            send(ex, 403, "application/problem+json",
                    "{\"type\":\"https://benling.org/problems/forbidden\",\"status\":403}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (uri.contains(SLOW_TRAINING) && path.startsWith("/api/training/")) {
            try {
                Thread.sleep(4000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (uri.contains(ROTATION_FAILS) && path.startsWith("/api/rotation/")) {
            send(ex, 503, "application/problem+json", "{\"status\":503}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        switch (path) {
            case "/api/cadres/export" -> {
                ex.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"roster.xlsx\"");
                send(ex, 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", EXPORT);
            }
            case "/api/me" -> {
                ex.getResponseHeaders().add("X-Upstream", "personnel");
                send(ex, 418, "application/problem+json", "{\"status\":418}".getBytes(StandardCharsets.UTF_8));
            }
            case "/api/units/slow" -> {
                try {
                    Thread.sleep(6000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(ex, 200, "application/json", "[]".getBytes(StandardCharsets.UTF_8));
            }
            default -> send(ex, 200, "application/json", echo(ex, body).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String echo(HttpExchange ex, byte[] body) {
        var h = ex.getRequestHeaders();
        return "{\"method\":\"" + ex.getRequestMethod() + "\",\"uri\":\"" + ex.getRequestURI() + "\""
                + ",\"authorization\":\"" + nullToEmpty(h.getFirst("Authorization")) + "\""
                + ",\"cookie\":\"" + nullToEmpty(h.getFirst("Cookie")) + "\""
                + ",\"requestId\":\"" + nullToEmpty(h.getFirst("X-Request-Id")) + "\""
                + ",\"clientRequestId\":\"" + nullToEmpty(h.getFirst("X-Client-Request-Id")) + "\""
                + ",\"contentType\":\"" + nullToEmpty(h.getFirst("Content-Type")).replace("\"", "'") + "\""
                + ",\"bodyLength\":" + body.length + ",\"bodySha256\":\"" + sha256(body) + "\"}";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * A replica answering {@code {"replica": name}} on its API port and its readiness on port + 1000 (the management
     * interface, as the gateway expects it); returns its base URL.
     */
    private String replica(String name, java.util.concurrent.atomic.AtomicBoolean ready) throws IOException {
        for (int attempt = 0; ; attempt++) {
            int port = closedPort();
            HttpServer api;
            try {
                api = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            } catch (java.net.BindException e) {
                continue;
            }
            HttpServer management;
            try {
                management = HttpServer.create(new InetSocketAddress("localhost", port + 1000), 0);
            } catch (java.net.BindException e) {
                api.stop(0);
                if (attempt > 20) {
                    throw e;
                }
                continue;
            }
            api.createContext("/api/", ex -> send(ex, 200, "application/json",
                    ("{\"replica\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8)));
            management.createContext("/q/health/ready", ex -> send(ex, ready.get() ? 200 : 503, "application/json",
                    ("{\"status\":\"" + (ready.get() ? "UP" : "DOWN") + "\"}").getBytes(StandardCharsets.UTF_8)));
            api.start();
            management.start();
            services.add(api);
            services.add(management);
            return "http://localhost:" + port;
        }
    }

    /** The base URL of an instance that was killed a moment ago: its API port refuses, its readiness still says 200. */
    private String killedButListedReady() throws IOException {
        for (int attempt = 0; ; attempt++) {
            int port = refusingPort();
            try {
                HttpServer management = HttpServer.create(new InetSocketAddress("localhost", port + 1000), 0);
                management.createContext("/q/health/ready", ex -> send(ex, 200, "application/json",
                        "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8)));
                management.start();
                services.add(management);
                return "http://localhost:" + port;
            } catch (java.net.BindException e) {
                if (attempt > 20) {
                    throw e;
                }
            }
        }
    }

    /**
     * A port that refuses connections for as long as the stub runs: a socket bound to it that never listens, so that
     * no other server (the gateway under test, taking any free port) is given it meanwhile; a port merely closed
     * again could be, and the "dead" address would then be the gateway itself.
     */
    private int refusingPort() throws IOException {
        Socket held = new Socket();
        held.bind(new InetSocketAddress("localhost", 0));
        heldPorts.add(held);
        return held.getLocalPort();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        services.forEach(stub -> stub.stop(0));
        heldPorts.forEach(socket -> {
            try {
                socket.close();
            } catch (IOException e) {
                // closing at the end of the tests: nothing to do
            }
        });
    }
}
