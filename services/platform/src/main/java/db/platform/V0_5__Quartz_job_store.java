package db.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The tables of Quartz's JDBC job store (the jobs that must run once per schedule across replicas: see
 * {@code platform/jobs}), created from the schema Quartz itself ships for PostgreSQL
 * ({@code org/quartz/impl/jdbcjobstore/tables_postgres.sql} in the quartz jar) rather than a copy that could drift
 * from the library. Its {@code DROP TABLE} lines and the closing {@code COMMIT} are left out: Flyway runs the rest in
 * its own transaction, on a database that has none of the tables yet.
 */
public class V0_5__Quartz_job_store extends BaseJavaMigration {

    static final String SCHEMA = "org/quartz/impl/jdbcjobstore/tables_postgres.sql";

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : statements(schema())) {
                statement.execute(sql);
            }
        }
    }

    /** The schema's statements without comments, drops and the transaction control Flyway does itself. */
    static List<String> statements(String schema) {
        String withoutComments = Arrays.stream(schema.split("\n")).filter(line -> !line.strip().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .filter(s -> !s.toUpperCase().startsWith("DROP ") && !s.equalsIgnoreCase("COMMIT")).toList();
    }

    static String schema() throws IOException {
        try (InputStream in = V0_5__Quartz_job_store.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is not on the class path: is quartz there?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
