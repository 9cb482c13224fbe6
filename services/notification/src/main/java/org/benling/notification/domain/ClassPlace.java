package org.benling.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.training.ClassPlaceChanged;
import org.benling.contracts.training.ClassPlaceChanged.Place;

/** A cadre's place in a training class as training last said (one row an enrolment), for the cadre's calendar. */
@Entity
@Table(name = "class_place")
public class ClassPlace extends PanacheEntityBase {

    @Id
    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Column(name = "class_id", nullable = false)
    public UUID classId;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(nullable = false)
    public String title;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    public String venue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Place place;

    @Column(nullable = false)
    public boolean designated;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Takes what training says now; the place it held before (null for a new enrolment), so the caller can tell a new
     * place from a move up the waitlist.
     */
    public static Place take(ClassPlaceChanged c, Instant at) {
        ClassPlace row = findById(c.enrolmentId());
        Place before = row == null ? null : row.place;
        if (row == null) {
            row = new ClassPlace();
            row.enrolmentId = c.enrolmentId();
        }
        row.classId = c.classId();
        row.cadreId = c.cadreId();
        row.title = c.title();
        row.startDate = c.startDate();
        row.endDate = c.endDate();
        row.venue = c.venue();
        row.place = c.place();
        row.designated = c.designated();
        row.updatedAt = at;
        row.persist();
        return before;
    }

    /** The cadre's classes they hold or wait for a place in, by their first day. */
    public static List<ClassPlace> heldBy(UUID cadreId) {
        return list("cadreId = ?1 and place in ?2 order by startDate, title", cadreId,
                List.of(Place.ENROLLED, Place.WAITLISTED));
    }
}
