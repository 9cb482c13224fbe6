package org.benling.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.platform.audit.AuditTrail;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.UnitScope;
import org.benling.training.domain.Attendance;
import org.benling.training.domain.Enrolment;
import org.benling.training.domain.TrainingClass;
import org.benling.training.rest.api.ClassView;

/** Which classes the caller may see and manage, and a class's audited records. */
@ApplicationScoped
public class ClassAccess {

    /** How many classes the list shows at the most (newest first). */
    private static final String HOLDING_A_PLACE = Enrolment.Status.HOLDING_A_PLACE.stream()
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));

    @Inject EntityManager em;
    @Inject UnitScope scope;
    @Inject Caller caller;
    @Inject CadreDirectory cadres;

    /**
     * The classes the caller sees in the list, one page: those open to enrolment and those organised in the caller's
     * scope (leaders and admins: all), the scope applied in the query; each with the places its enrolments hold.
     */
    public PageResult<ClassView> visible(TrainingClass.Status status, PageQuery page) {
        ReadScope read = scope.readScope();
        return new NativeFilter(" FROM training_class c LEFT JOIN unit_view u ON u.id = c.unit_id")
                .and("c.status = :status", "status", status == null ? null : status.name())
                .and("(c.open_enrolment OR u.path LIKE :scopePath)", "scopePath",
                        read instanceof ReadScope.Subtree s ? s.pathPrefix() + "%" : null)
                .andIf(!(read instanceof ReadScope.Everything || read instanceof ReadScope.Subtree), "c.open_enrolment")
                .pageOf(em, TrainingClass.class, "c.id", "(SELECT count(*) FROM enrolment e WHERE e.class_id = c.id"
                        + " AND e.status IN (" + HOLDING_A_PLACE + "))", page,
                        (c, row) -> ClassView.of(c, ((Number) row[1]).longValue()));
    }

    /**
     * A class the caller may see: one open to enrolment, one organised in the caller's scope (leaders and admins:
     * all), or one the caller is on the roster of; any other does not exist for the caller (as in {@code list}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingClass get(UUID id) {
        return TrainingClass.<TrainingClass>findByIdOptional(id)
                .filter(c -> c.openEnrolment || scope.mayRead(c.unitId) || caller.cadreId()
                        .map(self -> Enrolment.count("trainingClass = ?1 and cadreId = ?2", c, self) > 0).orElse(false))
                .orElseThrow(() -> ProblemException.notFound("Class", id));
    }

    /** An enrolment of the caller's own or of a cadre the caller may read; any other does not exist for the caller. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Enrolment enrolment(UUID id) {
        Enrolment e = Enrolment.<Enrolment>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Enrolment", id));
        if (!caller.is(e.cadreId)) {
            cadres.reading(e.cadreId, "Enrolment", id);
        }
        return e;
    }

    public TrainingClass managed(UUID id) {
        TrainingClass c = get(id);
        if (!scope.mayWrite(c.unitId)) {
            throw ProblemException.forbidden("you may not manage class " + id);
        }
        return c;
    }

    /** The class, its enrolments and their attendance as audited records (HR in scope, leaders, admins). */
    public List<AuditTrail.Subject> auditSubjects(UUID id) {
        TrainingClass c = get(id);
        if (!scope.mayRead(c.unitId)) {
            throw ProblemException.notFound("Class", id);
        }
        List<AuditTrail.Subject> subjects = new ArrayList<>();
        subjects.add(new AuditTrail.Subject("class", TrainingClass.class, c.id));
        List<Enrolment> enrolments = Enrolment.ofClass(c);
        for (Enrolment e : enrolments) {
            subjects.add(new AuditTrail.Subject("enrolment:" + e.cadreId, Enrolment.class, e.id));
        }
        if (!enrolments.isEmpty()) {
            Map<UUID, UUID> cadreOf = enrolments.stream().collect(java.util.stream.Collectors.toMap(e -> e.id, e -> e.cadreId));
            Attendance.<Attendance>list("key.enrolmentId in ?1", cadreOf.keySet()).forEach(a -> subjects.add(
                    new AuditTrail.Subject("attendance:" + cadreOf.get(a.key.enrolmentId()) + ":" + a.key.day(),
                            Attendance.class, a.key)));
        }
        return subjects;
    }
}
