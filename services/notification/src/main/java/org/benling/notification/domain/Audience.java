package org.benling.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * Who a to-do or a notification is for: one cadre (their own account), or everyone holding a role whose reach covers
 * a unit (HR of the unit's subtree, leaders and administrators of all). The unit's path is kept with it, so that a
 * caller's reach is applied in the query.
 */
@Embeddable
public class Audience {

    @Column(name = "audience_role")
    private String role;

    @Column(name = "audience_unit_id")
    private UUID unitId;

    @Column(name = "audience_unit_path")
    private String unitPath;

    @Column(name = "audience_cadre_id")
    private UUID cadreId;

    /** For Hibernate. */
    protected Audience() {
    }

    private Audience(String role, UUID unitId, String unitPath, UUID cadreId) {
        this.role = role;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.cadreId = cadreId;
    }

    /** Everyone with {@code role} whose reach covers the unit at {@code unitPath} (null: a unit not known yet). */
    public static Audience role(String role, UUID unitId, String unitPath) {
        return new Audience(role, unitId, unitPath, null);
    }

    /** The cadre's own account. */
    public static Audience cadre(UUID cadreId) {
        return new Audience(null, null, null, cadreId);
    }

    /** The same people, as a value of its own for another record (an embeddable is not shared between two). */
    public Audience copy() {
        return new Audience(role, unitId, unitPath, cadreId);
    }

    public String role() {
        return role;
    }

    public UUID unitId() {
        return unitId;
    }

    public String unitPath() {
        return unitPath;
    }

    public UUID cadreId() {
        return cadreId;
    }
}
