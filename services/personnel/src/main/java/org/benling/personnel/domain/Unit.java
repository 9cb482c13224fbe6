package org.benling.personnel.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.benling.contracts.personnel.UnitKind;
import org.hibernate.envers.Audited;

/** A node of the unit tree: 国家邮政局 → 司局 / 省邮政管理局 → 市邮政管理局. */
@Entity
@Table(name = "unit")
@Audited
public class Unit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(nullable = false)
    public String path;

    public boolean active = true;

    @Version
    public long version;

    public static Unit create(UUID id, String code, String name, UnitKind kind, Unit parent) {
        Unit unit = new Unit();
        unit.id = id;
        unit.code = code;
        unit.name = name;
        unit.kind = kind;
        unit.placeUnder(parent);
        return unit;
    }

    /** Moves this unit under {@code parent} (null: the root) and recomputes its path. */
    public void placeUnder(Unit parent) {
        parentId = parent == null ? null : parent.id;
        path = (parent == null ? "/" : parent.path) + id + "/";
    }

    /** True when {@code other} is this unit or lies below it. */
    public boolean contains(Unit other) {
        return other.path.startsWith(path);
    }

    public static Optional<Unit> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<Unit> subtreeOf(Unit root) {
        return list("path like ?1 order by path", root.path + "%");
    }
}
