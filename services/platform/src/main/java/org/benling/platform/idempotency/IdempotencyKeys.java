package org.benling.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;

/**
 * Honours a client's {@code Idempotency-Key} on POSTs that create things: the first request creates and
 * remembers the new resource's id in the same transaction; a retry with the same key gets that id back
 * instead of a second resource.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 200;

    @Inject EntityManager em;
    @Inject Caller caller;

    /** The outcome: the resource id, and whether this call created it. */
    public record Outcome(String resourceId, boolean created) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome createOnce(String key, String operation, Supplier<String> create) {
        if (key == null || key.isBlank()) {
            return new Outcome(create.get(), true);
        }
        requireValid(key);
        Optional<String> earlier = find(key, operation);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), false);
        }
        String id = create.get();
        em.createNativeQuery("INSERT INTO idempotency_key (caller, key, operation, resource_id)"
                + " VALUES (:caller, :key, :operation, :id)")
                .setParameter("caller", caller.name())
                .setParameter("key", key)
                .setParameter("operation", operation)
                .setParameter("id", id)
                .executeUpdate();
        return new Outcome(id, true);
    }

    /** Refuses a key longer than {@link #MAX_LENGTH} (400, under the header's name). */
    static void requireValid(String key) {
        if (key.length() > MAX_LENGTH) {
            throw ProblemException.invalidField(HEADER, "must be at most " + MAX_LENGTH + " characters");
        }
    }

    @SuppressWarnings("unchecked")
    private Optional<String> find(String key, String operation) {
        List<Object[]> rows = em.createNativeQuery(
                "SELECT resource_id, operation FROM idempotency_key WHERE caller = :caller AND key = :key")
                .setParameter("caller", caller.name())
                .setParameter("key", key)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (!operation.equals(rows.get(0)[1])) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "Idempotency-Key " + key + " was already used for another operation", List.of());
        }
        return Optional.of((String) rows.get(0)[0]);
    }
}
