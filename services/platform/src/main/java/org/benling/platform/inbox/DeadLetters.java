package org.benling.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Nullable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.benling.contracts.events.CloudEvent;
import org.benling.platform.outbox.KafkaClientConfig;
import org.benling.platform.outbox.TopicProvisioner;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What this service's consumers refused, read back from their dead-letter topics, and its replay once the cause is
 * fixed (a handler's defect, a missing reference, a policy). A dead-letter topic is shared by every consumer of its topic,
 * so a record is this service's when its reason names one of this service's consumers ({@link RejectedEventException}).
 *
 * <p>A replay hands the record to the consumer's inbox as if Kafka had delivered it again: applied if it is accepted
 * now, {@code DUPLICATE} when the event was applied before (by an earlier replay or a redelivery) — so replaying twice,
 * or from two instances, applies it once — or refused again with the reason. The record stays on the dead-letter topic
 * (Kafka topics are append-only); each replay is logged in {@code dead_letter_replay} with who asked and the outcome.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject Inbox inbox;
    @Inject KafkaClientConfig kafka;
    @Inject EntityManager em;

    /** How many of the latest records of each dead-letter topic a listing reads. */
    @ConfigProperty(name = "benling.dead-letters.scan", defaultValue = "5000")
    int scan;

    /** A dead-lettered record of one of this service's consumers. */
    public record Entry(String topic, int partition, long offset, @Nullable String key, @Nullable String eventId,
            @Nullable String eventType, String consumer, String reason, Instant deadLetteredAt,
            @Nullable String originalTopic, @Nullable Long originalOffset, @Nullable String lastReplay) {
    }

    /** Where a dead-lettered record is: its dead-letter topic, partition and offset. */
    public record Position(String topic, int partition, long offset) {
    }

    public enum Outcome { APPLIED, DUPLICATE, REFUSED, NOT_FOUND, NOT_THIS_SERVICE }

    public record Replayed(Position position, @Nullable String consumer, @Nullable String eventId, Outcome outcome,
            String detail) {
    }

    /** The dead-letter topics this service's consumers write to. */
    public List<String> topics() {
        return TopicProvisioner.deadLetterTopics();
    }

    /** This service's dead letters on {@code topic} (or on all its dead-letter topics), newest first. */
    public List<Entry> list(Optional<String> topic) {
        Map<String, String> replays = lastReplays();
        List<Entry> entries = new ArrayList<>();
        try (DeadLetterReader reader = new DeadLetterReader(kafka.connection())) {
            for (String t : topic.map(List::of).orElseGet(this::topics)) {
                for (ConsumerRecord<String, String> r : reader.latest(t, scan)) {
                    entry(r, replays.get(key(r))).ifPresent(entries::add);
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::deadLetteredAt).reversed());
        return entries;
    }

    /** Replays each record (see the class comment), in the order given. */
    public List<Replayed> replay(List<Position> positions, String by) {
        List<Replayed> results = new ArrayList<>();
        try (DeadLetterReader reader = new DeadLetterReader(kafka.connection())) {
            for (Position p : positions) {
                Replayed result = replayOne(reader, p);
                log(result, by);
                results.add(result);
            }
        }
        return results;
    }

    /**
     * Replays every dead letter of this service's consumers on {@code topic} that no replay has applied yet, oldest
     * first, from one read of the topic.
     */
    public List<Replayed> replayAll(String topic, String by) {
        Map<String, String> replays = lastReplays();
        List<Replayed> results = new ArrayList<>();
        try (DeadLetterReader reader = new DeadLetterReader(kafka.connection())) {
            List<ConsumerRecord<String, String>> records = new ArrayList<>(reader.latest(topic, scan));
            records.sort(Comparator.comparingLong(ConsumerRecord::timestamp));
            for (ConsumerRecord<String, String> r : records) {
                String last = replays.get(key(r));
                if (consumerHere(r).isPresent() && (last == null || last.equals(Outcome.REFUSED.name()))) {
                    Replayed result = replay(new Position(r.topic(), r.partition(), r.offset()), r);
                    log(result, by);
                    results.add(result);
                }
            }
        }
        return results;
    }

    private Replayed replayOne(DeadLetterReader reader, Position p) {
        if (!topics().contains(p.topic())) {
            return new Replayed(p, null, null, Outcome.NOT_THIS_SERVICE, "no consumer of this service writes " + p.topic());
        }
        Optional<ConsumerRecord<String, String>> found = reader.read(p.topic(), p.partition(), p.offset());
        if (found.isEmpty()) {
            return new Replayed(p, null, null, Outcome.NOT_FOUND, "no record at that position");
        }
        return replay(p, found.get());
    }

    /** Hands the dead-lettered record to the consumer that refused it. */
    private Replayed replay(Position p, ConsumerRecord<String, String> record) {
        Optional<String> consumer = RejectedEventException.consumerOf(DeadLetterReader.header(record, "dead-letter-reason"));
        String eventId = DeadLetterReader.envelope(record).map(e -> e.id().toString()).orElse(null);
        Optional<EventRouter> router = consumer.flatMap(inbox::router);
        if (router.isEmpty()) {
            return new Replayed(p, consumer.orElse(null), eventId, Outcome.NOT_THIS_SERVICE,
                    "refused by " + consumer.orElse("an unnamed consumer") + ", not a consumer of this service");
        }
        try {
            String outcome = inbox.accept(consumer.get(), record, router.get());
            return new Replayed(p, consumer.get(), eventId,
                    "duplicate".equals(outcome) ? Outcome.DUPLICATE : Outcome.APPLIED, outcome);
        } catch (RejectedEventException refused) {
            return new Replayed(p, consumer.get(), eventId, Outcome.REFUSED, refused.getMessage());
        }
    }

    private void log(Replayed r, String by) {
        LOG.infof("dead letter %s/%d/%d replayed by %s for %s: %s", r.position().topic(), r.position().partition(),
                r.position().offset(), by, r.consumer(), r.outcome());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO dead_letter_replay (dlq_topic, dlq_partition, dlq_offset, consumer, event_id, outcome, detail,
                                                replayed_by)
                VALUES (:topic, :partition, :offset, :consumer, :event, :outcome, :detail, :by)""")
                .setParameter("topic", r.position().topic()).setParameter("partition", r.position().partition())
                .setParameter("offset", r.position().offset()).setParameter("consumer", r.consumer())
                .setParameter("event", r.eventId()).setParameter("outcome", r.outcome().name())
                .setParameter("detail", r.detail() == null || r.detail().length() <= 1000 ? r.detail() : r.detail().substring(0, 1000))
                .setParameter("by", by).executeUpdate());
    }

    /** The latest outcome of a replay of each record, by "topic/partition/offset". */
    private Map<String, String> lastReplays() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT DISTINCT ON (dlq_topic, dlq_partition, dlq_offset) dlq_topic, dlq_partition, dlq_offset, outcome
                FROM dead_letter_replay ORDER BY dlq_topic, dlq_partition, dlq_offset, id DESC""").getResultList());
        Map<String, String> last = new java.util.HashMap<>();
        for (Object[] row : rows) {
            last.put(row[0] + "/" + row[1] + "/" + row[2], (String) row[3]);
        }
        return last;
    }

    /** The key of {@link #lastReplays()} for a dead-lettered record. */
    private static String key(ConsumerRecord<String, String> r) {
        return r.topic() + "/" + r.partition() + "/" + r.offset();
    }

    /** The consumer of this service that refused the record, if one of this service's did. */
    private Optional<String> consumerHere(ConsumerRecord<String, String> r) {
        return RejectedEventException.consumerOf(DeadLetterReader.header(r, "dead-letter-reason"))
                .filter(c -> inbox.router(c).isPresent());
    }

    /** The record as listed, when one of this service's consumers refused it. */
    private Optional<Entry> entry(ConsumerRecord<String, String> r, String lastReplay) {
        return consumerHere(r).map(consumer -> {
            Optional<CloudEvent> envelope = DeadLetterReader.envelope(r);
            return new Entry(r.topic(), r.partition(), r.offset(), r.key(), envelope.map(e -> e.id().toString()).orElse(null),
                    envelope.map(CloudEvent::type).orElse(null), consumer, DeadLetterReader.header(r, "dead-letter-reason"),
                    Instant.ofEpochMilli(r.timestamp()), DeadLetterReader.header(r, "dead-letter-topic"),
                    DeadLetterReader.number(DeadLetterReader.header(r, "dead-letter-offset")), lastReplay);
        });
    }

}
