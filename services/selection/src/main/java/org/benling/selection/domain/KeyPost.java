package org.benling.selection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.personnel.RankLevel;
import org.benling.selection.domain.rules.Readiness;

/**
 * A key post of a unit (关键岗位) whose succession is kept: its level and the minimum score it asks of each capability
 * (依事择人). Its successors are {@link Successor}s; how ready each is, {@link Readiness} says when read.
 */
@Entity
@Table(name = "key_post")
public class KeyPost extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID unitId;
    public String title;
    @Enumerated(EnumType.STRING)
    public RankLevel level;
    public String description;
    public String createdBy;
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "key_post_minimum", joinColumns = @JoinColumn(name = "key_post_id"))
    @MapKeyColumn(name = "capability")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "minimum")
    public Map<Capability, Integer> minimumScores = new EnumMap<>(Capability.class);

    /** The experience the post asks for (a posting in the west, at the grassroots …). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "key_post_experience", joinColumns = @JoinColumn(name = "key_post_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "experience")
    public Set<Readiness.Experience> experience = EnumSet.noneOf(Readiness.Experience.class);

    @Version
    public long version;

    public static KeyPost create(UUID unitId, String title, RankLevel level, Map<Capability, Integer> minimumScores,
            Set<Readiness.Experience> experience, String description, String by, Instant at) {
        KeyPost p = new KeyPost();
        p.id = UUID.randomUUID();
        p.unitId = unitId;
        p.title = title.strip();
        p.level = level;
        p.minimumScores.putAll(minimumScores);
        p.experience.addAll(experience);
        p.description = description == null || description.isBlank() ? null : description.strip();
        p.createdBy = by;
        p.createdAt = at;
        return p;
    }

    /** What the post asks of a candidate of {@code step}. */
    public Readiness.Requirement requirement(Readiness.Step step) {
        return new Readiness.Requirement(step, minimumScores, experience);
    }
}
