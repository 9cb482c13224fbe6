package org.benling.selection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.selection.domain.rules.PoolEntry;

/**
 * A unit's reserve pool (后备干部库, 优秀年轻干部库) for posts of one level, with its entry rules: an age limit (none for
 * a reserve pool without one) and how many recent years of annual results count. Its members are {@link PoolMember}s.
 */
@Entity
@Table(name = "reserve_pool")
public class ReservePool extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID unitId;
    public String name;
    @Enumerated(EnumType.STRING)
    public RankLevel level;
    public Integer maxAge;
    public int gradeYears;
    public String description;
    public String createdBy;
    public Instant createdAt;
    @Version
    public long version;

    public static ReservePool create(UUID unitId, String name, RankLevel level, Integer maxAge, int gradeYears,
            String description, String by, Instant at) {
        ReservePool p = new ReservePool();
        p.id = UUID.randomUUID();
        p.unitId = unitId;
        p.name = name.strip();
        p.level = level;
        p.maxAge = maxAge;
        p.gradeYears = gradeYears;
        p.description = description == null || description.isBlank() ? null : description.strip();
        p.createdBy = by;
        p.createdAt = at;
        return p;
    }

    /** The pool's entry rules, for {@link PoolEntry}. */
    public PoolEntry.Pool rules() {
        return new PoolEntry.Pool(level, maxAge, gradeYears);
    }
}
