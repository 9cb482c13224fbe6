package org.benling.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.platform.problem.ProblemException;
import org.benling.training.domain.rules.TrainingPolicy;
import org.hibernate.envers.Audited;

/** A course offering (培训班): dates, capacity, venue, organised by a unit. */
@Entity
@Table(name = "training_class")
@Audited
public class TrainingClass extends PanacheEntityBase {

    @Schema(name = "ClassStatus")
    public enum Status { OPEN, COMPLETED, CANCELLED }

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    public Course course;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String title;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    public int capacity;

    public String venue;

    @Column(name = "open_enrolment")
    public boolean openEnrolment = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    @Version
    public long version;

    public long enrolledCount() {
        return Enrolment.count("trainingClass = ?1 and status in ?2", this, Enrolment.Status.HOLDING_A_PLACE);
    }

    public boolean isFull() {
        return enrolledCount() >= capacity;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /** Days of the class, as off-the-job days credited for the "3 months in five years" alternative. */
    public int days() {
        return (int) (endDate.toEpochDay() - startDate.toEpochDay()) + 1;
    }

    /** The course's 学时 spread evenly over the class's days (what a day's absence misses). */
    public java.math.BigDecimal hoursPerDay() {
        return course.creditHours.divide(java.math.BigDecimal.valueOf(days()), 2, java.math.RoundingMode.HALF_UP);
    }

    /** Refuses a change to a class that is no longer open. */
    public void requireOpen() {
        if (status != Status.OPEN) {
            throw ProblemException.ruleViolated("class-closed", "the class is " + status.name().toLowerCase(), List.of());
        }
    }

    /** The training record a completed participant earns: the course's 学时 (an online test's credit only when passed). */
    public TrainingRecord recordOf(Enrolment e, TrainingPolicy policy, String by) {
        TrainingRecord r = new TrainingRecord();
        r.id = UUID.randomUUID();
        r.cadreId = e.cadreId;
        r.courseId = course.id;
        r.enrolmentId = e.id;
        r.title = title;
        r.source = course.online ? TrainingCompleted.Source.ONLINE : TrainingCompleted.Source.CLASS;
        r.capabilities = course.capabilities.clone();
        r.hours = course.creditFor(e.testScore, policy);
        r.online = course.online;
        r.offJobDays = course.online ? 0 : Math.max(course.offJobDays, days());
        r.completedOn = endDate;
        r.provider = venue;
        r.enteredBy = by;
        return r;
    }

    /** The class is over: no more enrolments, attendance or completions. */
    public void close() {
        requireOpen();
        status = Status.COMPLETED;
    }
}
