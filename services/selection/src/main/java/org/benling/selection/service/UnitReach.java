package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.UnitScope;

/**
 * The reach of selection's records, each held by a unit (a voting session, a trail, a reserve pool): HR and inspectors
 * read those of their unit's subtree, leaders and administrators any; HR of the unit or above and administrators change
 * them. Outside one's reach a record is not found (404), within reach but read-only it is refused (403).
 */
@ApplicationScoped
public class UnitReach {

    @Inject UnitScope scope;
    @Inject EntityManager em;
    @Inject CadreDirectory cadres;

    /** The record when the caller reads its unit; 404 naming {@code kind} otherwise. */
    public <T> T readable(Optional<T> found, Function<T, UUID> unit, String kind, UUID id) {
        return found.filter(r -> scope.mayRead(unit.apply(r))).orElseThrow(() -> ProblemException.notFound(kind, id));
    }

    /** … and 403 with {@code refusal} unless the caller also changes its unit's records. */
    public <T> T writable(Optional<T> found, Function<T, UUID> unit, String kind, UUID id, String refusal) {
        T record = readable(found, unit, kind, id);
        if (!scope.mayWrite(unit.apply(record))) {
            throw ProblemException.forbidden(refusal);
        }
        return record;
    }

    /** A unit's name and path in the read model; both null while it does not know the unit. */
    public record UnitRef(String name, String path) {
    }

    /** The unit's name, or null while the read model does not know it. */
    public String unitName(UUID unitId) {
        return unit(unitId).name();
    }

    /** The unit's name and path, in one statement. */
    public UnitRef unit(UUID unitId) {
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery("SELECT name, path FROM unit_view WHERE id = :id")
                .setParameter("id", unitId).getResultList();
        return rows.stream().findFirst().map(r -> new UnitRef((String) r[0], (String) r[1]))
                .orElse(new UnitRef(null, null));
    }

    /** Is {@code unitId} the unit {@code ancestorId} or below it? False while either is unknown. */
    public boolean within(UUID unitId, UUID ancestorId) {
        String unit = cadres.unitPath(unitId).orElse(null);
        String ancestor = cadres.unitPath(ancestorId).orElse(null);
        return unit != null && ancestor != null && unit.startsWith(ancestor);
    }
}
