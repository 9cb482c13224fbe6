package org.benling.rotation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.rotation.domain.rules.Region;
import org.benling.rotation.domain.rules.RotationPolicy;

/**
 * Units of the bureau's tree as hosts of a posting, from personnel's events: a unit's code and kind, its region
 * (by the policy's province codes), and a region's provincial administrations in the order that balances hosting.
 */
@ApplicationScoped
public class HostUnits {

    public record HostUnit(UUID id, String code, String name, String kind, String path) {
    }

    @Inject EntityManager em;
    @Inject RotationPolicy policy;

    public Optional<HostUnit> find(UUID unitId) {
        return unitId == null ? Optional.empty() : Optional.ofNullable(findAll(List.of(unitId)).get(unitId));
    }

    /** The units of these ids that exist, by id, in one statement. */
    @SuppressWarnings("unchecked")
    public Map<UUID, HostUnit> findAll(Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("SELECT id, code, name, kind, path FROM unit_view WHERE id = ANY(:ids)")
                .setParameter("ids", unitIds.toArray(UUID[]::new)).getResultList();
        return rows.stream().map(r -> new HostUnit((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
                .collect(Collectors.toMap(HostUnit::id, u -> u));
    }

    public Optional<Region> region(UUID unitId) {
        return find(unitId).flatMap(u -> policy.region(u.code()));
    }

    /** Provincial administrations of a region, those that hosted the fewest postings first (balance). */
    @SuppressWarnings("unchecked")
    public List<HostUnit> provincesOf(Region region) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT u.id, u.code, u.name, u.kind, u.path FROM unit_view u
                WHERE u.kind = 'PROVINCIAL' AND u.active
                ORDER BY (SELECT count(*) FROM posting p WHERE p.host_unit_id = u.id AND p.status <> 'CANCELLED'), u.code""")
                .getResultList();
        return rows.stream().map(r -> new HostUnit((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
                .filter(u -> policy.region(u.code()).filter(region::equals).isPresent()).toList();
    }
}
