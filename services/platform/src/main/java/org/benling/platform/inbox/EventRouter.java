package org.benling.platform.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.benling.contracts.events.CloudEvent;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.EventType;

/**
 * Which handler applies which event type of one topic, and who may send them: the topic's owner (its
 * {@code source}). The broker's ACLs already let only the owner's principal write the topic; an event whose
 * {@code source} is another service's is refused all the same (to the DLQ), so that a consumer never trusts
 * content the owner did not publish. Types not routed are refused as unknown.
 */
public final class EventRouter {

    private final Set<String> sources;
    private final Map<String, Consumer<CloudEvent>> handlers = new LinkedHashMap<>();
    private Runnable beforeCommit = () -> { };

    private EventRouter(Set<String> sources) {
        this.sources = sources;
    }

    /** A router for a topic whose events only these sources may publish (e.g. {@code PersonnelEvents.SOURCE}). */
    public static EventRouter from(String source, String... others) {
        return new EventRouter(java.util.stream.Stream.concat(java.util.stream.Stream.of(source),
                java.util.Arrays.stream(others)).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    /** Applies events of this type with their data. */
    public <T> EventRouter on(EventType<T> type, Consumer<T> handler) {
        handlers.put(type.type(), event -> handler.accept(EventJson.data(event, type)));
        return this;
    }

    /** Applies events of this type with their data, for a handler that also needs the envelope (its id, its time). */
    public <T> EventRouter on(EventType<T> type, BiConsumer<CloudEvent, T> handler) {
        handlers.put(type.type(), event -> handler.accept(event, EventJson.data(event, type)));
        return this;
    }

    /**
     * A step the inbox runs in each transaction that applied events, after their handlers and before the commit
     * (once for a whole batch): for handlers that note what changed and work it out once, e.g. one recomputation per
     * cadre for a batch with many events about it. Its failure fails the transaction as a handler's would.
     */
    public EventRouter beforeCommit(Runnable step) {
        this.beforeCommit = step;
        return this;
    }

    void runBeforeCommit() {
        beforeCommit.run();
    }

    boolean trusts(String source) {
        return sources.contains(source);
    }

    Set<String> sources() {
        return sources;
    }

    Optional<Consumer<CloudEvent>> handlerFor(String type) {
        return Optional.ofNullable(handlers.get(type));
    }
}
