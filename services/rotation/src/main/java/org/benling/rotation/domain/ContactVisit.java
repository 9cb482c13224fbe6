package org.benling.rotation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A visit to a grassroots contact point: what was learned, the problems raised and how many were solved. */
@Entity
@Table(name = "contact_visit")
public class ContactVisit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "contact_point_id", nullable = false)
    public UUID contactPointId;

    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;

    @Column(nullable = false)
    public String learned;

    @Column(name = "problems_raised")
    public String problemsRaised;

    @Column(name = "problems_solved", nullable = false)
    public int problemsSolved;

    public String solutions;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
