package org.benling.platform.personnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.benling.contracts.personnel.CadreProfile;
import org.benling.contracts.personnel.PersonnelEvents;
import org.benling.contracts.personnel.UnitChanged;
import org.benling.platform.inbox.EventRouter;
import org.benling.platform.persistence.EnumSetColumn;

/**
 * Keeps {@code unit_view} and {@code cadre_view} in step with the personnel service. Every personnel event
 * carries the full state, so each one is an upsert; applying an older state after a newer one cannot happen
 * because a key's events arrive in order.
 */
@ApplicationScoped
public class PersonnelReadModel {

    @Inject EntityManager em;

    /** The handlers, for a service's {@code personnel.cadres} consumer. */
    public EventRouter router() {
        return EventRouter.from(PersonnelEvents.SOURCE)
                .on(PersonnelEvents.UNIT_CHANGED, unit -> upsertUnit(unit))
                .on(PersonnelEvents.CADRE_REGISTERED, d -> upsertCadre(d.cadre()))
                .on(PersonnelEvents.CADRE_UPDATED, d -> upsertCadre(d.cadre()))
                .on(PersonnelEvents.CADRE_TRANSFERRED, d -> upsertCadre(d.cadre()))
                .on(PersonnelEvents.CADRE_RETIRED, d -> upsertCadre(d.cadre()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void upsertUnit(UnitChanged u) {
        em.createNativeQuery("""
                INSERT INTO unit_view (id, code, name, kind, parent_id, path, active)
                VALUES (:id, :code, :name, :kind, :parent, :path, :active)
                ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, kind = excluded.kind,
                    parent_id = excluded.parent_id, path = excluded.path, active = excluded.active""")
                .setParameter("id", u.unitId()).setParameter("code", u.code()).setParameter("name", u.name())
                .setParameter("kind", u.kind().name()).setParameter("parent", u.parentId())
                .setParameter("path", u.path()).setParameter("active", u.active())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void upsertCadre(CadreProfile c) {
        em.createNativeQuery("""
                INSERT INTO cadre_view (id, employee_number, name, unit_id, position_title, rank_level, rank_since,
                    post_since, categories, active, birth_date)
                VALUES (:id, :number, :name, :unit, :title, :rank, :rankSince, :postSince,
                    cast(:categories as text[]), :active, :birthDate)
                ON CONFLICT (id) DO UPDATE SET employee_number = excluded.employee_number, name = excluded.name,
                    unit_id = excluded.unit_id, position_title = excluded.position_title,
                    rank_level = excluded.rank_level, rank_since = excluded.rank_since,
                    post_since = excluded.post_since, categories = excluded.categories, active = excluded.active,
                    birth_date = excluded.birth_date""")
                .setParameter("id", c.cadreId()).setParameter("number", c.employeeNumber())
                .setParameter("name", c.name()).setParameter("unit", c.unitId())
                .setParameter("title", c.positionTitle()).setParameter("rank", c.rankLevel().name())
                .setParameter("rankSince", c.rankSince()).setParameter("postSince", c.postSince())
                .setParameter("categories", EnumSetColumn.literal(c.categories()))
                .setParameter("active", c.status() == CadreProfile.CadreStatus.ACTIVE)
                .setParameter("birthDate", c.birthDate())
                .executeUpdate();
    }

    /**
     * Units plus active cadres in the read model, or 0 while either is still empty. The compacted personnel topic
     * holds units and cadres in any order: a demo loader waits until this is non-zero and stops growing.
     */
    public long loadedSize() {
        Object[] counts = (Object[]) em.createNativeQuery(
                "SELECT (SELECT count(*) FROM unit_view), (SELECT count(*) FROM cadre_view WHERE active)").getSingleResult();
        long units = ((Number) counts[0]).longValue();
        long cadres = ((Number) counts[1]).longValue();
        return units == 0 || cadres == 0 ? 0 : units + cadres;
    }
}
