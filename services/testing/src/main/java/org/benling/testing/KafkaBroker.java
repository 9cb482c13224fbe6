package org.benling.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.utils.Time;

/**
 * One single-node KRaft Kafka broker inside the test JVM, shared by every test of the JVM. It can be
 * stopped and started again on the same port and log directory, so tests can take the broker away
 * mid-stream and check that nothing is lost.
 */
public final class KafkaBroker {

    private static KafkaBroker instance;

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    private KafkaBroker(Path logDir, int port, int controllerPort) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** The JVM's broker, formatted and started on first use. */
    public static synchronized KafkaBroker shared() {
        if (instance == null) {
            try {
                instance = new KafkaBroker(Files.createTempDirectory("benling-kafka-"), freePort(), freePort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            instance.format();
            instance.start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "benling-kafka-shutdown"));
        }
        return instance;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties(), false), Time.SYSTEM);
        server.startup();
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    private void format() {
        Path config = logDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(config)) {
            properties().store(out, "benling test broker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var output = new ByteArrayOutputStream();
        int status = StorageTool.execute(new String[] {"format", "-t", UUID.randomUUID().toString().replace("-", "")
                .substring(0, 22), "-c", config.toString(), "--standalone"}, new PrintStream(output, true,
                StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("formatting the test broker failed: " + output);
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.resolve("data").toString());
        p.put("num.partitions", "3");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("min.insync.replicas", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("log.flush.interval.messages", "1");
        return p;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
