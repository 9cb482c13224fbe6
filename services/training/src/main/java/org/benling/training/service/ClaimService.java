package org.benling.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.Roles;
import org.benling.platform.security.UnitScope;
import org.benling.training.domain.HoursClaim;
import org.benling.training.domain.TrainingRecord;
import org.benling.training.events.TrainingEventPublisher;
import org.benling.training.rest.api.ClaimRequest;
import org.benling.training.rest.api.ClaimView;

/**
 * Self-reported 学时 (本人申报): a cadre reports training outside the bureau's classes with its evidence; HR of the
 * cadre's unit accepts it (it becomes a training record and counts, with TrainingCompleted) or rejects it with the
 * reason. Pending and rejected claims count for nothing.
 */
@ApplicationScoped
public class ClaimService {

    public record ClaimFilter(HoursClaim.Status status, UUID unitId, UUID cadreId) {
    }

    @Inject EntityManager em;
    @Inject CadreDirectory cadres;
    @Inject UnitScope scope;
    @Inject Caller caller;
    @Inject TrainingEventPublisher events;
    @Inject Clock clock;

    /** A cadre reports for self; HR (or an admin) may enter one on a cadre's behalf, still to be accepted. */
    @Transactional
    public HoursClaim submit(ClaimRequest r) {
        boolean own = caller.is(r.cadreId());
        CadreRef cadre = own ? cadres.readable(r.cadreId()) : cadres.writable(r.cadreId(), "cadreId");
        HoursClaim c = new HoursClaim();
        c.id = UUID.randomUUID();
        c.cadreId = cadre.id();
        c.title = r.title().strip();
        c.capabilities(r.capabilities() == null ? Set.of() : r.capabilities());
        c.hours = r.hours().setScale(2, RoundingMode.HALF_UP);
        c.online = r.online();
        c.offJobDays = r.online() ? 0 : r.offJobDays();
        c.completedOn = r.completedOn();
        c.provider = r.provider() == null || r.provider().isBlank() ? null : r.provider().strip();
        c.evidence = r.evidence().strip();
        c.submittedBy = caller.name();
        c.submittedAt = clock.instant();
        c.persist();
        return c;
    }

    /** HR of the cadre's unit accepts the evidence: the hours count from now (TrainingCompleted). */
    @Transactional
    public HoursClaim accept(UUID id, String note) {
        HoursClaim c = managed(id);
        caller.requireNotSelf(c.cadreId, "accept training hours", "审核本人的学时申报");
        TrainingRecord r = c.accept(caller.name(), clock.instant(), note);
        r.persist();
        events.completed(r);
        return c;
    }

    @Transactional
    public HoursClaim reject(UUID id, String reason) {
        HoursClaim c = managed(id);
        caller.requireNotSelf(c.cadreId, "decide on training hours", "审核本人的学时申报");
        c.reject(caller.name(), clock.instant(), reason);
        return c;
    }

    /** A claim the caller may read: its cadre is in scope, or it is the caller's own; 404 otherwise. */
    public HoursClaim readable(UUID id) {
        HoursClaim c = HoursClaim.findById(id);
        if (c == null) {
            throw ProblemException.notFound("Claim", id);
        }
        cadres.find(c.cadreId).filter(ref -> scope.mayReadCadre(ref.id(), ref.unitId()))
                .orElseThrow(() -> ProblemException.notFound("Claim", id));
        return c;
    }

    /** Claims in scope (a cadre's own only), newest first by default, with the cadre's name and unit. */
    public PageResult<ClaimView> list(ClaimFilter f, PageQuery page) {
        return new NativeFilter(" FROM hours_claim h JOIN cadre_view c ON c.id = h.cadre_id JOIN unit_view u ON u.id = c.unit_id")
                .scope(scope.readScope(), "u.path", "h.cadre_id")
                .and("h.status = :status", "status", f.status() == null ? null : f.status().name())
                .and("h.cadre_id = :cadre", "cadre", f.cadreId())
                .inSubtreeOf("u.path", f.unitId())
                .pageOf(em, HoursClaim.class, "h.id", "c.employee_number, c.name, u.name", page,
                        (c, row) -> ClaimView.of(c, (String) row[1], (String) row[2], (String) row[3]));
    }

    public ClaimView view(HoursClaim c) {
        Optional<CadreRef> cadre = cadres.find(c.cadreId);
        return ClaimView.of(c, cadre.map(CadreRef::employeeNumber).orElse(null),
                cadre.map(CadreRef::name).orElse(null), cadre.map(CadreRef::unitName).orElse(null));
    }

    private HoursClaim managed(UUID id) {
        HoursClaim c = HoursClaim.<HoursClaim>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Claim", id));
        if (!caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.HR)) {
            throw ProblemException.forbidden("only HR accepts or rejects claims");
        }
        cadres.managing(c.cadreId, "Claim", id);
        return c;
    }
}
