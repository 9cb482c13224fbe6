package org.benling.training.service;

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
import org.benling.platform.personnel.CadreDirectory;
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
import org.benling.training.domain.rules.TrainingPolicy;
import org.benling.training.events.TrainingEventPublisher;
import org.benling.training.rest.api.AttendanceEntry;
import org.benling.training.rest.api.ClassRequest;
import org.benling.training.rest.api.ParticipantResult;

/**
 * A class from opening to its close: enrolment (self or 点名调训, with a waitlist), withdrawal, attendance, and
 * completion into training records with their events. The class and its enrolments decide (TrainingClass, Enrolment).
 */
@ApplicationScoped
public class ClassCommands {

    @Inject ClassAccess access;
    @Inject UnitScope scope;
    @Inject Caller caller;
    @Inject CadreDirectory cadres;
    @Inject TrainingPolicy policy;
    @Inject TrainingEventPublisher events;
    @Inject Clock clock;

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

    /** The caller enrols self (open classes) — or HR designates cadres (点名调训): places first, then the waitlist. */
    @Transactional
    public List<Enrolment> enrol(UUID classId, List<UUID> cadreIds) {
        TrainingClass c = access.get(classId);
        c.requireOpen();
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
        events.placeChanged(e);
        return e;
    }

    /** Withdrawal frees the place for the first on the waitlist. */
    @Transactional
    public Enrolment withdraw(UUID classId, UUID enrolmentId) {
        TrainingClass c = access.get(classId);
        c.requireOpen();
        Enrolment e = enrolmentOf(c, enrolmentId);
        boolean own = caller.is(e.cadreId);
        if (!own && !scope.mayWrite(c.unitId)) {
            // another cadre's enrolment does not exist for a cadre; HR outside its write scope is refused
            throw scope.readScope() instanceof ReadScope.Self ? ProblemException.notFound("Enrolment", enrolmentId)
                    : ProblemException.forbidden("you may not withdraw this enrolment");
        }
        if (e.withdraw()) {
            Enrolment next = Enrolment.firstWaiting(c);
            if (next != null) {
                next.status = Enrolment.Status.ENROLLED;
                events.placeChanged(next);
            }
        }
        events.placeChanged(e);
        return e;
    }

    @Transactional
    public void recordAttendance(UUID classId, LocalDate day, List<AttendanceEntry> entries) {
        TrainingClass c = access.managed(classId);
        c.requireOpen();
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

    /**
     * Closes the class: each enrolled participant completes — unless their leave and unexcused absence exceed 1/7
     * of the class's 学时 (or, by policy, any unexcused absence), which fails the class — and every completion
     * becomes a training record with its event, worth the course's 学时 (an online test's credit only when passed).
     */
    @Transactional
    public List<Enrolment> complete(UUID classId, List<ParticipantResult> results) {
        TrainingClass c = access.managed(classId);
        c.requireOpen();
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
            BigDecimal score = results == null ? null : results.stream().filter(r -> r.enrolmentId().equals(e.id))
                    .map(ParticipantResult::testScore).findFirst().orElse(null);
            BigDecimal unexcused = Attendance.unexcusedHours(e.id, c.hoursPerDay());
            if (e.finish(c.endDate, score, unexcused, c.course.creditHours, policy)) {
                TrainingRecord record = c.recordOf(e, policy, caller.name());
                record.persist();
                events.completed(record);
            }
            done.add(e);
        }
        c.close();
        return done;
    }

    private static Enrolment enrolmentOf(TrainingClass c, UUID enrolmentId) {
        return Enrolment.<Enrolment>findByIdOptional(enrolmentId).filter(e -> e.trainingClass.id.equals(c.id))
                .orElseThrow(() -> ProblemException.notFound("Enrolment", enrolmentId));
    }
}
