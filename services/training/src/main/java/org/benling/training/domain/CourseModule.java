package org.benling.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** One module of an online course: its length decides its credit. */
@Entity
@Table(name = "course_module")
@Audited
public class CourseModule extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    public Course course;

    public int position;

    @Column(nullable = false)
    public String title;

    public int minutes;

    @Column(name = "has_test")
    public boolean hasTest;
}
