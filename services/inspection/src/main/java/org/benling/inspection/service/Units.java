package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The unit tree as inspection needs it (from the personnel read model): kinds, parents, names. */
@ApplicationScoped
public class Units {

    public record Unit(UUID id, String code, String name, String kind, UUID parentId, String path) {
    }

    private static final String SELECT = "SELECT id, code, name, kind, parent_id, path FROM unit_view";

    @Inject EntityManager em;

    @SuppressWarnings("unchecked")
    public Optional<Unit> find(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE id = :id").setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(Units::unit);
    }

    /** Active child units, by code. */
    @SuppressWarnings("unchecked")
    public List<Unit> children(UUID parentId) {
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE parent_id = :p AND active ORDER BY code")
                .setParameter("p", parentId).getResultList();
        return rows.stream().map(Units::unit).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<Unit> root() {
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE parent_id IS NULL ORDER BY code LIMIT 1").getResultList();
        return rows.stream().findFirst().map(Units::unit);
    }

    public String name(UUID id) {
        return find(id).map(Unit::name).orElse(null);
    }

    private static Unit unit(Object[] r) {
        return new Unit((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (UUID) r[4], (String) r[5]);
    }
}
