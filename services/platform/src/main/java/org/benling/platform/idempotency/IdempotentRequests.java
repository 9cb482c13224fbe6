package org.benling.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.benling.platform.persistence.FlushOnReturn;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Carries out {@link Idempotent}. With an {@code Idempotency-Key} header, the request runs in one transaction that
 * also keeps its answer (status, {@code Location}, body) under the caller and the key, with a fingerprint of the
 * request (method, path, parameters and body):
 * <ul>
 * <li>a retry with the same key and fingerprint gets the kept answer, marked {@code Idempotent-Replayed: true},
 * and changes nothing;</li>
 * <li>the same key with another request is refused with 422 {@code idempotency-key-reused};</li>
 * <li>two requests with one key at once: the second waits on the first's row, its own effect is rolled back when
 * the key turns out taken, and it answers with the first's answer;</li>
 * <li>a refused request (4xx) keeps nothing, so the corrected request may reuse the key.</li>
 * </ul>
 * Without the header nothing changes. Keys are kept for {@code benling.idempotency.retention} (24 hours by default;
 * docs/conventions.md) and purged hourly ({@link IdempotentRequestPurge}).
 */
@Idempotent
@Interceptor
// outside the method's own @Transactional (PLATFORM_BEFORE + 200), which joins the transaction started here
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotentRequests {

    public static final String HEADER = IdempotencyKeys.HEADER;
    public static final String REPLAYED = "Idempotent-Replayed";

    @Inject EntityManager em;
    @Inject Caller caller;
    @Inject HttpHeaders headers;
    @Inject UriInfo uri;
    @Inject ObjectMapper mapper;
    @Inject Clock clock;
    @Inject Replays replays;

    @ConfigProperty(name = "benling.idempotency.retention", defaultValue = "PT24H")
    Duration retention;

    /** A kept answer. */
    record Kept(String fingerprint, int status, String location, String body) {
    }

    @AroundInvoke
    Object once(InvocationContext call) throws Exception {
        String key = headers.getHeaderString(HEADER);
        if (key == null || key.isBlank()) {
            return call.proceed();
        }
        IdempotencyKeys.requireValid(key);
        String fingerprint = fingerprint(call);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<Kept> kept = find(key);
                if (kept.isPresent()) {
                    return replay(call, kept.get(), fingerprint);
                }
                Object answer = FlushOnReturn.around(call::proceed);
                keep(key, fingerprint, answer);
                return answer;
            });
        } catch (RuntimeException e) {
            // the key taken by a request that committed while this one ran (this one's effect is rolled back with it)
            Optional<Kept> kept = uniqueViolation(e) ? QuarkusTransaction.requiringNew().call(() -> find(key)) : Optional.empty();
            if (kept.isEmpty()) {
                throw e;
            }
            return replay(call, kept.get(), fingerprint);
        }
    }

    private Object replay(InvocationContext call, Kept kept, String fingerprint) throws JsonProcessingException {
        if (!kept.fingerprint().equals(fingerprint)) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "this Idempotency-Key was used for another request; use a new key for a new request"
                            + " / 该 Idempotency-Key 已用于其他请求", List.of());
        }
        replays.markReplayed();
        Class<?> type = call.getMethod().getReturnType();
        if (Response.class.isAssignableFrom(type)) {
            Response.ResponseBuilder answer = Response.status(kept.status());
            if (kept.location() != null) {
                answer.header(HttpHeaders.LOCATION, kept.location());
            }
            return kept.body() == null ? answer.build() : answer.entity(kept.body()).type(MediaType.APPLICATION_JSON).build();
        }
        if (type == void.class) {
            return null;
        }
        return mapper.readValue(kept.body(), mapper.constructType(call.getMethod().getGenericReturnType()));
    }

    private void keep(String key, String fingerprint, Object answer) throws JsonProcessingException {
        int status = 200;
        String location = null;
        Object entity = answer;
        if (answer instanceof Response response) {
            status = response.getStatus();
            location = response.getLocation() == null ? null : response.getLocation().toString();
            entity = response.getEntity();
        }
        em.createNativeQuery("""
                INSERT INTO idempotent_request (caller, key, fingerprint, status, location, body, created_at)
                VALUES (:caller, :key, :fingerprint, :status, :location, :body, :at)""")
                .setParameter("caller", caller.name()).setParameter("key", key).setParameter("fingerprint", fingerprint)
                .setParameter("status", status).setParameter("location", location)
                .setParameter("body", entity == null ? null : mapper.writeValueAsString(entity))
                .setParameter("at", clock.instant()).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private Optional<Kept> find(String key) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT fingerprint, status, location, body FROM idempotent_request
                WHERE caller = :caller AND key = :key AND created_at >= :since""")
                .setParameter("caller", caller.name()).setParameter("key", key)
                .setParameter("since", clock.instant().minus(retention)).getResultList();
        return rows.stream().findFirst().map(r -> new Kept((String) r[0], ((Number) r[1]).intValue(), (String) r[2],
                (String) r[3]));
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private String fingerprint(InvocationContext call) throws JsonProcessingException, NoSuchAlgorithmException {
        String request = "POST " + uri.getPath() + "?" + Objects.toString(uri.getRequestUri().getRawQuery(), "") + "\n"
                + mapper.writeValueAsString(call.getParameters());
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
    }
}
