package org.benling.inspection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One read of restricted supervision detail: who read which cadre's measure, when, as what, in which request. */
@Entity
@Table(name = "measure_read")
public class MeasureRead extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "read_at", nullable = false)
    public Instant readAt;

    @Column(nullable = false)
    public String reader;

    /** The reader's Benling roles at the time, comma-separated. */
    @Column(nullable = false)
    public String roles;

    @Column(name = "cadre_id")
    public UUID cadreId;

    @Column(name = "measure_id")
    public UUID measureId;

    /** What was read: {@code list}, {@code detail}, {@code audit}. */
    @Column(nullable = false)
    public String what;

    @Column(name = "request_id")
    public String requestId;
}
