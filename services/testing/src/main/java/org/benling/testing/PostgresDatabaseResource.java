package org.benling.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Creates a fresh PostgreSQL database for one test run on the local server and drops it afterwards, so
 * runs never see each other's rows. The server and a role allowed to create databases come from
 * {@code ./benling test}; override with {@code BENLING_TEST_PG_URL}, {@code BENLING_TEST_PG_USER},
 * {@code BENLING_TEST_PG_PASSWORD}. Init arg {@code service} names the database.
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/postgres";

    private String service = "service";
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", service);
    }

    @Override
    public Map<String, String> start() {
        database = "benling_test_" + service + "_"
                + LocalDateTime.now(java.time.Clock.systemUTC()).format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
                + ThreadLocalRandom.current().nextInt(1000, 10000);
        execute("CREATE DATABASE " + database);
        String url = adminUrl().substring(0, adminUrl().lastIndexOf('/') + 1) + database;
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user(),
                "quarkus.datasource.password", password());
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl(), user(), password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl() + " refused '" + sql + "' — is it running"
                    + " and may role " + user() + " create databases? ./benling test prepares both.", e);
        }
    }

    private static String adminUrl() {
        return setting("BENLING_TEST_PG_URL", DEFAULT_URL);
    }

    private static String user() {
        return setting("BENLING_TEST_PG_USER", "benling");
    }

    private static String password() {
        return setting("BENLING_TEST_PG_PASSWORD", "benling");
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
