package org.benling.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.training.domain.rules.OnlineCredit;
import org.benling.training.domain.rules.TrainingPolicy;
import org.benling.platform.persistence.EnumSetColumn;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.envers.Audited;

/** A course: what it builds (capabilities), what it is worth (学时). Online courses earn credit per module. */
@Entity
@Table(name = "course")
@Audited
public class Course extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CourseKind kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] capabilities = new String[0];

    @Column(name = "credit_hours", nullable = false)
    public BigDecimal creditHours;

    public boolean online;

    @Column(name = "off_job_days", nullable = false)
    public int offJobDays;

    public String provider;

    public String description;

    public boolean active = true;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CourseModule> modules = new ArrayList<>();

    @Version
    public long version;

    public Set<Capability> capabilitySet() {
        return EnumSetColumn.toSet(capabilities, Capability.class);
    }

    public void capabilities(Set<Capability> values) {
        capabilities = EnumSetColumn.toArray(values);
    }

    /**
     * The 学时 a participant earns: for an online course with modules, each module's credit, its test's only when
     * the participant's score passes (one score for the course's tests); for any other course its 学时.
     */
    public BigDecimal creditFor(BigDecimal testScore, TrainingPolicy policy) {
        if (!online || modules.isEmpty()) {
            return creditHours;
        }
        boolean passed = policy.passed(testScore);
        return modules.stream().map(m -> OnlineCredit.of(m.minutes, m.hasTest && passed, policy))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    /** An online course is worth the credit of its modules (the provinces' conversion rule, tests passed); others their 学时. */
    public void recomputeCredit(TrainingPolicy policy) {
        if (online && !modules.isEmpty()) {
            creditHours = modules.stream().map(m -> OnlineCredit.of(m.minutes, m.hasTest, policy))
                    .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        }
    }
}
