package org.benling.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** Attendance of one enrolment on one day of the class; leave is counted in 学时. */
@Entity
@Table(name = "attendance")
@Audited
public class Attendance extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "enrolment_id") UUID enrolmentId, LocalDate day) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public boolean present;

    @Column(name = "leave_hours", nullable = false)
    public BigDecimal leaveHours = BigDecimal.ZERO;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public static BigDecimal leaveOf(UUID enrolmentId) {
        BigDecimal sum = getEntityManager().createQuery(
                "select coalesce(sum(a.leaveHours), 0) from Attendance a where a.key.enrolmentId = :id", BigDecimal.class)
                .setParameter("id", enrolmentId).getSingleResult();
        return sum.setScale(2);
    }

    /**
     * Hours missed without approved leave: on each day marked absent, the day's 学时 not covered by leave. Days
     * without a mark count as attended.
     */
    public static BigDecimal unexcusedHours(UUID enrolmentId, BigDecimal hoursPerDay) {
        List<Attendance> absent = list("key.enrolmentId = ?1 and present = false", enrolmentId);
        BigDecimal sum = BigDecimal.ZERO;
        for (Attendance a : absent) {
            BigDecimal missed = hoursPerDay.subtract(a.leaveHours);
            if (missed.signum() > 0) {
                sum = sum.add(missed);
            }
        }
        return sum.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
