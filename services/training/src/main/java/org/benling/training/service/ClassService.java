package org.benling.training.service;

import java.util.Map;
import org.benling.platform.audit.AuditTrail;
import org.benling.platform.personnel.CadreDirectory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.platform.problem.Problem.Violation;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.Roles;
import org.benling.platform.security.UnitScope;
import org.benling.training.domain.Attendance;
import org.benling.training.domain.Course;
import org.benling.training.domain.Enrolment;
import org.benling.training.domain.TrainingClass;
import org.benling.training.domain.TrainingRecord;
import org.benling.training.domain.rules.LeaveLimit;
import org.benling.training.domain.rules.TrainingPolicy;
import org.benling.training.events.TrainingEventPublisher;
import org.benling.training.rest.api.ClassRequest;

/** Classes from creation to completion: enrolment and designation, waitlist, attendance, results. */
@ApplicationScoped
public class ClassService {

    @Inject
    UnitScope scope;

    @Inject
    Caller caller;

    @Inject
    CadreDirectory cadres;

    @Inject
    TrainingPolicy policy;

    @Inject
    TrainingEventPublisher events;

    @Inject
    Clock clock;

    @Transactional
    public TrainingClass create(ClassRequest r) {
        if (!scope.mayWrite(r.unitId())) {
            throw ProblemException.forbidden("you may not organise classes for unit " + r.unitId());
        }
        if (r.endDate().isBefore(r.startDate())) {
            throw ProblemException.invalidField("endDate", "结束日期不能早于开始日期 / must not be before startDate");
        }
        TrainingClass c = new TrainingClass();
        c.id = UUID.randomUUID();
        c.course = Course.<Course>findByIdOptional(r.courseId())
                .orElseThrow(() -> ProblemException.invalidField("courseId", "no such course"));
        c.unitId = r.unitId();
        c.planId = r.planId();
        c.title = r.title() == null || r.title().isBlank() ? c.course.title : r.title().trim();
        c.startDate = r.startDate();
        c.endDate = r.endDate();
        c.capacity = r.capacity();
        c.venue = r.venue();
        c.openEnrolment = r.openEnrolment() == null || r.openEnrolment();
        c.persist();
        return c;
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

    TrainingClass managed(UUID id) {
        TrainingClass c = get(id);
        if (!scope.mayWrite(c.unitId)) {
            throw ProblemException.forbidden("you may not manage class " + id);
        }
        return c;
    }

    /** The caller enrols self (open classes) — or HR designates cadres (点名调训): places first, then the waitlist. */
    @Transactional
    public List<Enrolment> enrol(UUID classId, List<UUID> cadreIds) {
        TrainingClass c = get(classId);
        requireOpen(c);
        List<Enrolment> result = new ArrayList<>();
        if (cadreIds == null || cadreIds.isEmpty()) {
            UUID self = caller.cadreId().orElseThrow(() -> ProblemException.invalidField("cadreIds",
                    "name the cadres to designate (your account is not linked to a cadre)"));
            if (!c.openEnrolment) {
                throw ProblemException.ruleViolated("enrolment-closed", "this class takes designated cadres only", List.of());
            }
            result.add(place(c, self, false));
        } else {
            if (!scope.mayWrite(c.unitId) && !caller.hasRole(Roles.ADMIN)) {
                throw ProblemException.forbidden("only HR of the organising unit designates cadres");
            }
            for (UUID cadreId : cadreIds) {
                cadres.writable(cadreId, "cadreIds");
                result.add(place(c, cadreId, true));
            }
        }
        return result;
    }

    private Enrolment place(TrainingClass c, UUID cadreId, boolean designated) {
        Enrolment existing = Enrolment.find("trainingClass = ?1 and cadreId = ?2", c, cadreId).firstResult();
        if (existing != null && existing.status != Enrolment.Status.WITHDRAWN) {
            throw ProblemException.conflict("already-enrolled", "cadre " + cadreId + " is already in this class");
        }
        Enrolment e = existing != null ? existing : new Enrolment();
        if (existing == null) {
            e.id = UUID.randomUUID();
            e.trainingClass = c;
            e.cadreId = cadreId;
        }
        e.designated = designated;
        e.enrolledBy = caller.name();
        e.enrolledAt = Instant.now(clock);
        e.status = c.isFull() ? Enrolment.Status.WAITLISTED : Enrolment.Status.ENROLLED;
        e.persist();
        return e;
    }

    /** Withdrawal frees the place for the first on the waitlist. */
    @Transactional
    public Enrolment withdraw(UUID classId, UUID enrolmentId) {
        TrainingClass c = get(classId);
        requireOpen(c);
        Enrolment e = enrolmentOf(c, enrolmentId);
        boolean own = caller.is(e.cadreId);
        if (!own && !scope.mayWrite(c.unitId)) {
            // another cadre's enrolment does not exist for a cadre; HR outside its write scope is refused
            throw scope.readScope() instanceof ReadScope.Self ? ProblemException.notFound("Enrolment", enrolmentId)
                    : ProblemException.forbidden("you may not withdraw this enrolment");
        }
        boolean heldPlace = e.status == Enrolment.Status.ENROLLED;
        e.status = Enrolment.Status.WITHDRAWN;
        if (heldPlace) {
            Enrolment next = Enrolment.firstWaiting(c);
            if (next != null) {
                next.status = Enrolment.Status.ENROLLED;
            }
        }
        return e;
    }

    public record AttendanceEntry(UUID enrolmentId, boolean present, BigDecimal leaveHours) {
    }

    @Transactional
    public void recordAttendance(UUID classId, LocalDate day, List<AttendanceEntry> entries) {
        TrainingClass c = managed(classId);
        requireOpen(c);
        if (!c.covers(day)) {
            throw ProblemException.invalidField("day", "the class runs from " + c.startDate + " to " + c.endDate);
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry entry = entries.get(i);
            BigDecimal leave = entry.leaveHours() == null ? BigDecimal.ZERO : entry.leaveHours();
            if (leave.signum() < 0) {
                violations.add(new Violation("entries[" + i + "].leaveHours", "must not be negative"));
                continue;
            }
            Enrolment e = enrolmentOf(c, entry.enrolmentId());
            caller.requireNotSelf(e.cadreId, "record attendance", "登记本人的考勤");
            if (e.status != Enrolment.Status.ENROLLED) {
                violations.add(new Violation("entries[" + i + "].enrolmentId", "not an enrolled participant"));
                continue;
            }
            Attendance a = Attendance.findById(new Attendance.Key(e.id, day));
            if (a == null) {
                a = new Attendance();
                a.key = new Attendance.Key(e.id, day);
            }
            a.present = entry.present();
            a.leaveHours = leave.setScale(2);
            a.recordedBy = caller.name();
            a.persist();
            a.flush();
            e.leaveHours = Attendance.leaveOf(e.id);
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("some attendance entries were refused", violations);
        }
    }

    public record Result(UUID enrolmentId, BigDecimal testScore) {
    }

    /**
     * Closes the class: each enrolled participant completes — unless their leave and unexcused absence exceed 1/7
     * of the class's 学时 (or, by policy, any unexcused absence), which fails the class — and every completion
     * becomes a training record with its event, worth the course's 学时 (an online test's credit only when passed).
     */
    @Transactional
    public List<Enrolment> complete(UUID classId, List<Result> results) {
        TrainingClass c = managed(classId);
        requireOpen(c);
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(c.endDate)) {
            throw ProblemException.ruleViolated("class-not-finished", "the class ends on " + c.endDate, List.of());
        }
        List<Enrolment> done = new ArrayList<>();
        for (Enrolment e : Enrolment.ofClass(c)) {
            if (e.status != Enrolment.Status.ENROLLED) {
                continue;
            }
            if (results != null && results.stream().anyMatch(r -> e.id.equals(r.enrolmentId()) && r.testScore() != null)) {
                caller.requireNotSelf(e.cadreId, "enter a test score", "登记本人的考试成绩");
            }
            e.testScore = results == null ? null : results.stream().filter(r -> r.enrolmentId().equals(e.id))
                    .map(Result::testScore).findFirst().orElse(null);
            e.completedOn = c.endDate;
            BigDecimal unexcused = Attendance.unexcusedHours(e.id, c.hoursPerDay());
            if (LeaveLimit.fails(c.course.creditHours, e.leaveHours, unexcused, policy)) {
                e.status = Enrolment.Status.FAILED;
            } else {
                e.status = Enrolment.Status.COMPLETED;
                TrainingRecord record = recordOf(c, e);
                record.persist();
                events.completed(record);
            }
            done.add(e);
        }
        c.status = TrainingClass.Status.COMPLETED;
        return done;
    }

    private TrainingRecord recordOf(TrainingClass c, Enrolment e) {
        TrainingRecord r = new TrainingRecord();
        r.id = UUID.randomUUID();
        r.cadreId = e.cadreId;
        r.courseId = c.course.id;
        r.enrolmentId = e.id;
        r.title = c.title;
        r.source = c.course.online ? TrainingCompleted.Source.ONLINE : TrainingCompleted.Source.CLASS;
        r.capabilities = c.course.capabilities.clone();
        r.hours = c.course.creditFor(e.testScore, policy);
        r.online = c.course.online;
        r.offJobDays = c.course.online ? 0 : Math.max(c.course.offJobDays, c.days());
        r.completedOn = c.endDate;
        r.provider = c.venue;
        r.enteredBy = caller.name();
        return r;
    }

    private static Enrolment enrolmentOf(TrainingClass c, UUID enrolmentId) {
        return Enrolment.<Enrolment>findByIdOptional(enrolmentId).filter(e -> e.trainingClass.id.equals(c.id))
                .orElseThrow(() -> ProblemException.notFound("Enrolment", enrolmentId));
    }

    private static void requireOpen(TrainingClass c) {
        if (c.status != TrainingClass.Status.OPEN) {
            throw ProblemException.ruleViolated("class-closed", "the class is " + c.status.name().toLowerCase(), List.of());
        }
    }
}
