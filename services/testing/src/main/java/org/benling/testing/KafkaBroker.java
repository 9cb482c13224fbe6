package org.benling.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.admin.Admin;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.utils.Time;

/**
 * One single-node KRaft Kafka broker inside the test JVM, shared by every test of the JVM. It can be
 * stopped and started again on the same port and log directory, so tests can take the broker away
 * mid-stream and check that nothing is lost.
 *
 * <p>It runs as production does: clients log in with SASL/SCRAM-SHA-512, the ACLs of {@link KafkaAccess} allow
 * each principal exactly its topics, nothing is allowed without an ACL, and no topic is created by itself (they
 * are created from {@link KafkaAccess#TOPICS} when the broker starts). A service under test logs in as itself;
 * test code uses {@link #companion()} (the administrator).
 *
 * <p>Beside the SASL_PLAINTEXT listener it has a SASL_SSL one ({@link #tlsBootstrapServers()}): the same logins and
 * ACLs over TLS, with a certificate for {@code localhost} made by {@code keytool} when the broker is formatted, so a
 * service configured for a cluster with TLS ({@code kafka.security.protocol=SASL_SSL}, {@code kafka.ssl.*}) is
 * tested as it will run.
 */
public final class KafkaBroker {

    private static KafkaBroker instance;
    /**
     * Where the JVM's broker runs, for the copies of this class in other class loaders: a Quarkus test profile
     * restarts the application in a new one, and a second broker in the JVM would fight the first.
     */
    private static final String RUNNING = "benling.test.kafka.broker";

    private final Path logDir;
    private final BrokerTls tls;
    private final int port;
    private final int controllerPort;
    private final int tlsPort;
    /** The broker was started by another class loader: this copy only knows where it is. */
    private final boolean attached;
    private KafkaRaftServer server;
    private boolean accessApplied;

    private KafkaBroker(Path logDir, int port, int controllerPort, int tlsPort, boolean attached) {
        this.logDir = logDir;
        this.tls = new BrokerTls(logDir);
        this.port = port;
        this.controllerPort = controllerPort;
        this.tlsPort = tlsPort;
        this.attached = attached;
    }

    /** The JVM's broker, formatted and started on first use. */
    public static synchronized KafkaBroker shared() {
        if (instance == null) {
            String running = System.getProperty(RUNNING);
            if (running != null) {
                String[] at = running.split("\\|");
                instance = new KafkaBroker(Path.of(at[0]), Integer.parseInt(at[1]), Integer.parseInt(at[2]),
                        Integer.parseInt(at[3]), true);
                return instance;
            }
            try {
                instance = new KafkaBroker(Files.createTempDirectory("benling-kafka-"), freePort(), freePort(), freePort(),
                        false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            instance.format();
            instance.start();
            System.setProperty(RUNNING, String.join("|", instance.logDir.toString(), String.valueOf(instance.port),
                    String.valueOf(instance.controllerPort), String.valueOf(instance.tlsPort)));
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "benling-kafka-shutdown"));
        }
        return instance;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** The SASL_SSL listener: the same logins and ACLs, over TLS. */
    public String tlsBootstrapServers() {
        return "localhost:" + tlsPort;
    }

    /**
     * What a client adds to a SASL login to use the TLS listener: the protocol and a trust store holding the broker's
     * certificate (the host name is verified: the certificate is for {@code localhost}).
     */
    public Map<String, Object> tlsSettings() {
        return Map.of("security.protocol", "SASL_SSL", "ssl.truststore.location", tls.truststore().toString(),
                "ssl.truststore.password", BrokerTls.STORE_PASSWORD, "ssl.truststore.type", "PKCS12");
    }

    /** Client settings of any principal of {@link KafkaAccess} on the TLS listener. */
    public Map<String, Object> tlsClientConfig(String principal, String password) {
        Map<String, Object> config = new HashMap<>(clientConfig(principal, password));
        config.putAll(tlsSettings());
        config.put("bootstrap.servers", tlsBootstrapServers());
        return config;
    }

    public synchronized boolean isRunning() {
        return attached || server != null;
    }

    public synchronized void start() {
        if (attached || server != null) {
            return;
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(BrokerSettings.of(logDir, port, controllerPort, tlsPort, tls), false), Time.SYSTEM);
        server.startup();
        if (!accessApplied) {
            try (Admin admin = Admin.create(adminConfig())) {
                KafkaAccess.apply(admin);
            } catch (ExecutionException e) {
                throw new IllegalStateException("applying the Kafka ACLs failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            accessApplied = true;
        }
    }

    /** Creates these topics (three partitions, deleted by time) unless they exist. */
    public void createTopics(List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(adminConfig())) {
            var existing = admin.listTopics().names().get();
            var missing = names.stream().filter(n -> !existing.contains(n))
                    .map(n -> new org.apache.kafka.clients.admin.NewTopic(n, 3, (short) 1)).toList();
            admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IllegalStateException("creating test topics failed", e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Client settings of the administrator (a super user): for test code that plays the other side. */
    public Map<String, Object> adminConfig() {
        return clientConfig(KafkaAccess.ADMIN, KafkaAccess.password(KafkaAccess.ADMIN));
    }

    /** Client settings of any principal of {@link KafkaAccess}, with the broker's address. */
    public Map<String, Object> clientConfig(String principal, String password) {
        Map<String, Object> config = new HashMap<>(KafkaAccess.login(principal, password));
        config.put("bootstrap.servers", bootstrapServers());
        return config;
    }

    /** A companion logged in as the administrator; close it when done. */
    public KafkaCompanion companion() {
        KafkaCompanion companion = new KafkaCompanion(bootstrapServers());
        companion.setCommonClientConfig(KafkaAccess.login(KafkaAccess.ADMIN, KafkaAccess.password(KafkaAccess.ADMIN)));
        return companion;
    }

    public synchronized void stop() {
        if (attached) {
            throw new UnsupportedOperationException("the broker belongs to another class loader of this JVM");
        }
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    private void format() {
        tls.make();
        Path config = logDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(config)) {
            BrokerSettings.of(logDir, port, controllerPort, tlsPort, tls).store(out, "benling test broker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var output = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("format", "-t", UUID.randomUUID().toString().replace("-", "")
                .substring(0, 22), "-c", config.toString(), "--standalone"));
        // the broker's own login (and every principal's, so that none has to wait for its credential)
        for (String principal : principals()) {
            args.add("--add-scram");
            args.add(KafkaAccess.MECHANISM + "=[name=" + principal + ",password=" + KafkaAccess.password(principal) + "]");
        }
        int status = StorageTool.execute(args.toArray(String[]::new), new PrintStream(output, true,
                StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("formatting the test broker failed: " + output);
        }
    }

    private static List<String> principals() {
        List<String> names = new ArrayList<>(List.of(KafkaAccess.ADMIN));
        KafkaAccess.PRINCIPALS.forEach(p -> names.add(p.name()));
        return names;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
