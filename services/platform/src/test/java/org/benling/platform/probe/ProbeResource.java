package org.benling.platform.probe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import org.benling.contracts.text.Reason;
import jakarta.ws.rs.core.Response;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;

/** Test-only endpoints that fail in each way the problem mappers must render. */
@Path("/probe")
@RolesAllowed({"admin", "hr"})
public class ProbeResource {

    public record Body(@NotBlank String name, @Past LocalDate birthDate) {
    }

    @POST
    @Path("/validate")
    public Body validate(@Valid Body body) {
        return body;
    }

    @GET
    @Path("/page")
    public int page(@QueryParam("size") @Max(200) int size) {
        return size;
    }

    @GET
    @Path("/items/{id}")
    public String item(@PathParam("id") String id) {
        throw ProblemException.notFound("Item", id);
    }

    @GET
    @Path("/stale")
    public String stale() {
        throw new OptimisticLockException("row was updated");
    }

    @Inject EntityManager em;

    @POST
    @Path("/items/{code}")
    @Transactional
    public String createItem(@PathParam("code") String code) {
        em.createNativeQuery("INSERT INTO probe_item (id, code) VALUES ((SELECT count(*) + 1 FROM probe_item), :code)")
                .setParameter("code", code).executeUpdate();
        return code;
    }

    public record ItemRequest(@NotBlank String code) {
    }

    public record Item(long id, String code, long version) {
    }

    /** Creates an item once per Idempotency-Key; {@code slow} holds the transaction open a moment (concurrency). */
    @POST
    @Idempotent
    @Path("/idempotent/items")
    @Transactional
    public Response createOnce(@Valid ItemRequest request, @QueryParam("slow") boolean slow) {
        long id = ((Number) em.createNativeQuery("SELECT coalesce(max(id), 0) + 1 FROM probe_item").getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO probe_item (id, code) VALUES (:id, :code)")
                .setParameter("id", id).setParameter("code", request.code()).executeUpdate();
        if (slow) {
            em.createNativeQuery("SELECT pg_sleep(0.5)").getSingleResult();
        }
        return Response.created(java.net.URI.create("/probe/items/" + id)).entity(new Item(id, request.code(), 0)).build();
    }

    /** A command answering its entity: bumps the item's version. */
    @POST
    @Idempotent
    @Path("/idempotent/items/{code}/touch")
    @Transactional
    public Item touch(@PathParam("code") String code) {
        Object[] row = (Object[]) em.createNativeQuery(
                "UPDATE probe_item SET version = version + 1 WHERE code = :code RETURNING id, code, version")
                .setParameter("code", code).getSingleResult();
        return new Item(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue());
    }

    @Inject org.benling.platform.outbox.Outbox outbox;

    /** Writes a probe event to the outbox, as a use case writes its state change's event: the relay sends it. */
    @POST
    @Path("/events/{key}")
    @Transactional
    public String publish(@PathParam("key") String key, @QueryParam("note") String note) {
        return outbox.publish(Probe.ON_PROBE_TOPIC, Probe.SOURCE, key, new Probe(key, 1, note)).id().toString();
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internals");
    }

    /** What a request meets while the database restarts: the driver's I/O failure (SQLSTATE 08006), wrapped by JPA. */
    @POST
    @Path("/database-away")
    public String databaseAway() {
        throw new jakarta.persistence.PersistenceException("could not execute statement",
                new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006"));
    }

    @GET
    @Path("/refused/{year}")
    public String refused(@PathParam("year") int year) {
        Reason why = Reason.of("effect.NO_EXCELLENT", "year", year);
        throw ProblemException.ruleViolated("excellent-blocked-by-measure", why,
                List.of(Problem.Violation.of("proposedGrade", Reason.of("cycle.grade-not-allowed", "cadre", "林晓",
                        "reason", why))));
    }

    @GET
    @Path("/admin-only")
    @RolesAllowed("admin")
    public String adminOnly() {
        return "ok";
    }
}
