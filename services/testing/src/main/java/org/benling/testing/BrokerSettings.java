package org.benling.testing;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The test broker's server.properties: KRaft in one node; SCRAM logins on a plain and a TLS listener, PLAIN on the
 * controller's; ACLs on (KafkaAccess) with nothing allowed where no ACL is found; one replica of everything.
 */
final class BrokerSettings {

    private BrokerSettings() {
    }

    /** The settings of a broker and controller in one node, its logs under {@code logDir}. */
    static Properties of(Path logDir, int port, int controllerPort, int tlsPort, BrokerTls tls) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
        p.put("listeners", "SASL_PLAINTEXT://localhost:" + port + ",SASL_SSL://localhost:" + tlsPort
                + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "SASL_PLAINTEXT://localhost:" + port + ",SASL_SSL://localhost:" + tlsPort);
        p.put("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL,"
                + "CONTROLLER:SASL_PLAINTEXT");
        p.put("listener.name.sasl_ssl.ssl.keystore.location", tls.keystore().toString());
        p.put("listener.name.sasl_ssl.ssl.keystore.password", BrokerTls.STORE_PASSWORD);
        p.put("listener.name.sasl_ssl.ssl.key.password", BrokerTls.STORE_PASSWORD);
        p.put("listener.name.sasl_ssl.ssl.keystore.type", "PKCS12");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "SASL_PLAINTEXT");
        // clients and the broker itself: SCRAM; the controller listener: PLAIN with a static login
        p.put("sasl.enabled.mechanisms", KafkaAccess.MECHANISM);
        p.put("sasl.mechanism.inter.broker.protocol", KafkaAccess.MECHANISM);
        String brokerLogin = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + KafkaAccess.ADMIN + "\" password=\"" + KafkaAccess.password(KafkaAccess.ADMIN) + "\";";
        p.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config", brokerLogin);
        p.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config", brokerLogin);
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"controller\" password=\""
                        + KafkaAccess.password("controller") + "\" user_controller=\"" + KafkaAccess.password("controller")
                        + "\";");
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + KafkaAccess.ADMIN + ";User:controller");
        p.put("allow.everyone.if.no.acl.found", "false");
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
        p.put("auto.create.topics.enable", "false");
        p.put("log.flush.interval.messages", "1");
        return p;
    }
}
