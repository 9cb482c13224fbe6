package org.benling.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on Benling's Kafka, in one place: the topics (with their cleanup policy and dead-letter topics),
 * one SASL/SCRAM principal per service and for the other systems, and ACLs for exactly what each writes and reads.
 * The broker allows nothing else ({@code allow.everyone.if.no.acl.found=false}) and creates no topic by itself.
 * <ul>
 * <li>a service writes (and may create) its own topic, reads the topics it consumes, writes and reads their
 * dead-letter topics (what it refused, to replay it), and reads as its own consumer group;</li>
 * <li>{@code integration}, for the bureau's other systems, reads the public topics only, never
 * {@code inspection.supervision}, in consumer groups named {@code integration*};</li>
 * <li>{@code online-platform}, the online learning platform, writes its completions and nothing else.</li>
 * </ul>
 * So only personnel's principal can write {@code personnel.cadres}, the unit tree every service scopes by.
 *
 * <p>Tests apply it to their broker ({@link KafkaBroker}); {@code ./benling start} runs this file as a program
 * (Java's single-file source launch, with the broker's jars on the class path):
 * {@code java -cp "kafka/lib/*" KafkaAccess.java <bootstrap servers> <admin password>}.
 */
public final class KafkaAccess {

    public static final String MECHANISM = "SCRAM-SHA-512";
    /** The cluster's administrator: the broker itself and the tooling that applies this class; a super user. */
    public static final String ADMIN = "admin";

    public record Topic(String name, boolean compacted) {
    }

    public record Principal(String name, List<String> writes, List<String> reads, boolean deadLetters, String group,
            PatternType groupPattern) {
    }

    public static final List<String> PUBLIC_TOPICS = List.of("personnel.cadres", "training.records",
            "assessment.results", "rotation.postings");

    public static final List<Topic> TOPICS = List.of(new Topic("personnel.cadres", true),
            new Topic("training.records", false), new Topic("assessment.results", false),
            new Topic("rotation.postings", false), new Topic("inspection.supervision", false),
            new Topic("training.online-completions", false), new Topic("selection.appointments", false));

    public static final List<Principal> PRINCIPALS = List.of(
            service("personnel", List.of("personnel.cadres"), List.of("selection.appointments")),
            service("training", List.of("training.records"), List.of("personnel.cadres", "assessment.results",
                    "rotation.postings", "inspection.supervision", "training.online-completions",
                    "selection.appointments")),
            service("assessment", List.of("assessment.results"), List.of("personnel.cadres", "training.records",
                    "rotation.postings", "inspection.supervision", "selection.appointments")),
            service("rotation", List.of("rotation.postings"), List.of("personnel.cadres", "assessment.results",
                    "inspection.supervision", "selection.appointments")),
            service("inspection", List.of("inspection.supervision"), List.of("personnel.cadres")),
            service("notification", List.of(), List.of("personnel.cadres", "training.records", "assessment.results",
                    "rotation.postings", "inspection.supervision", "selection.appointments")),
            service("selection", List.of("selection.appointments"), List.of("personnel.cadres", "training.records",
                    "assessment.results", "rotation.postings", "inspection.supervision")),
            new Principal("integration", List.of(), PUBLIC_TOPICS, false, "integration", PatternType.PREFIXED),
            new Principal("online-platform", List.of("training.online-completions"), List.of(), false, null, null));

    private static Principal service(String name, List<String> writes, List<String> reads) {
        return new Principal(name, writes, reads, true, name, PatternType.LITERAL);
    }

    /** The local demo password of a principal: for this machine's broker and tests only, never a real cluster. */
    public static String password(String principal) {
        return "benling-" + principal + "-kafka-local-demo";
    }

    /** Client settings to log in as {@code principal} over SASL/SCRAM (plain TCP, as the local broker listens). */
    public static Map<String, Object> login(String principal, String password) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("security.protocol", "SASL_PLAINTEXT");
        config.put("sasl.mechanism", MECHANISM);
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + principal + "\" password=\"" + password + "\";");
        return config;
    }

    /** Every principal's credential, every topic and dead-letter topic, every ACL; safe to apply again. */
    public static void apply(Admin admin) throws ExecutionException, InterruptedException {
        List<UserScramCredentialUpsertion> credentials = new ArrayList<>();
        for (Principal p : PRINCIPALS) {
            credentials.add(new UserScramCredentialUpsertion(p.name(), new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512,
                    8192), password(p.name())));
        }
        admin.alterUserScramCredentials(new ArrayList<>(credentials)).all().get();

        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> topics = new ArrayList<>();
        for (Topic t : TOPICS) {
            for (String name : List.of(t.name(), t.name() + ".dlq")) {
                if (!existing.contains(name)) {
                    topics.add(new NewTopic(name, 3, (short) 1).configs(Map.of("cleanup.policy",
                            t.compacted() && !name.endsWith(".dlq") ? "compact" : "delete")));
                }
            }
        }
        for (var created : admin.createTopics(topics).values().values()) {
            try {
                created.get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        admin.createAcls(acls()).all().get();
    }

    public static List<AclBinding> acls() {
        List<AclBinding> acls = new ArrayList<>();
        for (Principal p : PRINCIPALS) {
            String user = "User:" + p.name();
            for (String topic : p.writes()) {
                allow(acls, user, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE,
                        AclOperation.DESCRIBE, AclOperation.CREATE);
            }
            for (String topic : p.reads()) {
                allow(acls, user, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ, AclOperation.DESCRIBE);
                if (p.deadLetters()) {
                    // it writes what its consumers refuse, and reads it back to list and replay it (platform DeadLetters)
                    allow(acls, user, ResourceType.TOPIC, topic + ".dlq", PatternType.LITERAL, AclOperation.READ,
                            AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE);
                }
            }
            if (p.group() != null) {
                allow(acls, user, ResourceType.GROUP, p.group(), p.groupPattern(), AclOperation.READ);
            }
            // the health check asks for the cluster's description
            allow(acls, user, ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL, AclOperation.DESCRIBE);
        }
        return acls;
    }

    private static void allow(List<AclBinding> acls, String user, ResourceType type, String name, PatternType pattern,
            AclOperation... operations) {
        for (AclOperation operation : operations) {
            acls.add(new AclBinding(new ResourcePattern(type, name, pattern),
                    new AccessControlEntry(user, "*", operation, AclPermissionType.ALLOW)));
        }
    }

    /** {@code java -cp "kafka/lib/*" KafkaAccess.java <bootstrap servers> <admin password>}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: KafkaAccess <bootstrap servers> <admin password>");
            System.exit(2);
        }
        Map<String, Object> config = new LinkedHashMap<>(login(ADMIN, args[1]));
        config.put("bootstrap.servers", args[0]);
        try (Admin admin = Admin.create(config)) {
            apply(admin);
        }
        System.out.println("kafka access applied: " + PRINCIPALS.size() + " principals, " + TOPICS.size() * 2
                + " topics, " + acls().size() + " ACLs");
    }

    private KafkaAccess() {
    }
}
