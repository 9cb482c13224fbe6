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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.training.domain.rules.LeaveLimit;
import org.benling.training.domain.rules.TrainingPolicy;
import org.hibernate.envers.Audited;

/** A cadre's place in a class: enrolled by self where open, or designated by HR (点名调训); or waitlisted. */
@Entity
@Table(name = "enrolment")
@Audited
public class Enrolment extends PanacheEntityBase {

    @Schema(name = "EnrolmentStatus")
    public enum Status {
        ENROLLED, WAITLISTED, WITHDRAWN, COMPLETED, FAILED;

        public static final List<Status> HOLDING_A_PLACE = List.of(ENROLLED, COMPLETED, FAILED);
    }

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "class_id")
    public TrainingClass trainingClass;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public boolean designated;

    @Column(name = "enrolled_by", nullable = false)
    public String enrolledBy;

    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt;

    @Column(name = "leave_hours", nullable = false)
    public BigDecimal leaveHours = BigDecimal.ZERO;

    @Column(name = "test_score")
    public BigDecimal testScore;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Version
    public long version;

    public static List<Enrolment> ofClass(TrainingClass c) {
        return list("trainingClass = ?1 order by status, enrolledAt", c);
    }

    /** Places taken per class, for listing many classes with one query. */
    public static java.util.Map<UUID, Long> placesTaken(java.util.Collection<UUID> classIds) {
        java.util.Map<UUID, Long> taken = new java.util.HashMap<>();
        if (classIds.isEmpty()) {
            return taken;
        }
        getEntityManager().createQuery("select e.trainingClass.id, count(e) from Enrolment e"
                + " where e.trainingClass.id in :ids and e.status in :held group by e.trainingClass.id", Object[].class)
                .setParameter("ids", classIds).setParameter("held", Status.HOLDING_A_PLACE)
                .getResultList().forEach(r -> taken.put((UUID) r[0], (Long) r[1]));
        return taken;
    }

    /** The earliest waitlisted enrolment, which takes the next free place. */
    public static Enrolment firstWaiting(TrainingClass c) {
        return find("trainingClass = ?1 and status = ?2 order by enrolledAt", c, Status.WAITLISTED).firstResult();
    }

    /** The participant withdraws; whether a place was held (and is now free for the first on the waitlist). */
    public boolean withdraw() {
        boolean heldPlace = status == Status.ENROLLED;
        status = Status.WITHDRAWN;
        return heldPlace;
    }

    /**
     * The class ended on {@code on}: the participant completes with the test score — unless leave and unexcused
     * absence exceed what the policy allows of the course's 学时, which fails the class (LeaveLimit). Whether the
     * participant completed.
     */
    public boolean finish(LocalDate on, BigDecimal score, BigDecimal unexcusedHours, BigDecimal creditHours,
            TrainingPolicy policy) {
        testScore = score;
        completedOn = on;
        status = LeaveLimit.fails(creditHours, leaveHours, unexcusedHours, policy) ? Status.FAILED : Status.COMPLETED;
        return status == Status.COMPLETED;
    }
}
