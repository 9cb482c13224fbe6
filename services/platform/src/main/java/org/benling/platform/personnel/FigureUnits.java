package org.benling.platform.personnel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.UnitScope;

/**
 * The unit a figure is about and the child units it is broken down by (a leader's dashboard: the bureau by
 * department and province; a provincial HR office's: its province by city), from the service's personnel read model.
 * Without a unit named, the caller's own for HR and inspectors and the root of the tree for leaders; a unit outside
 * the caller's scope is a 404.
 */
@RequestScoped
public class FigureUnits {

    /**
     * A unit of the breakdown; {@code code} is the unit's code (a province's is its GB/T 2260 division code, which
     * a map of China shades by); {@code own} for the unit itself, counting only what sits directly in it (本级).
     */
    public record FigureUnit(UUID id, String code, String name, String path, boolean own) {
    }

    /** The unit and its children, longest path first for {@link #of}. */
    public record Breakdown(FigureUnit unit, List<FigureUnit> children) {

        /** The rows of the breakdown: each child unit, then the unit itself for what sits directly in it. */
        public List<FigureUnit> rows() {
            return java.util.stream.Stream.concat(children.stream(), java.util.stream.Stream.of(unit)).toList();
        }

        /** The row a unit path falls in: the child whose subtree holds it, or the unit itself; empty outside. */
        public Optional<FigureUnit> of(String unitPath) {
            if (unitPath == null || !unitPath.startsWith(unit.path())) {
                return Optional.empty();
            }
            return children.stream().filter(c -> unitPath.startsWith(c.path()))
                    .max(Comparator.comparingInt(c -> c.path().length())).or(() -> Optional.of(unit));
        }

        /** The path prefix every row's unit path starts with (for a LIKE). */
        public String prefix() {
            return unit.path() + "%";
        }
    }

    @Inject EntityManager em;
    @Inject UnitScope scope;
    @Inject Caller caller;

    public Breakdown breakdown(UUID unitId) {
        UUID id = unitId != null ? unitId : defaultRoot();
        Object[] unit = one("SELECT id, name, path, code FROM unit_view WHERE id = :id", id)
                .filter(u -> scope.mayRead((UUID) u[0]))
                .orElseThrow(() -> ProblemException.unitOutOfScope(unitId));
        @SuppressWarnings("unchecked")
        List<Object[]> children = em.createNativeQuery(
                "SELECT id, name, path, code FROM unit_view WHERE parent_id = :id AND active ORDER BY code")
                .setParameter("id", id).getResultList();
        return new Breakdown(new FigureUnit((UUID) unit[0], (String) unit[3], (String) unit[1], (String) unit[2], true),
                children.stream().map(c -> new FigureUnit((UUID) c[0], (String) c[3], (String) c[1], (String) c[2], false)).toList());
    }

    /** The caller's own unit for HR and inspectors; the root of the tree for leaders and admins. */
    public UUID defaultRoot() {
        if (scope.readScope() instanceof ReadScope.Subtree) {
            return caller.unitId().orElseThrow(() -> ProblemException.forbidden("the token names no unit"));
        }
        if (!(scope.readScope() instanceof ReadScope.Everything)) {
            throw ProblemException.forbidden("figures are for HR, inspectors and leaders");
        }
        return one("SELECT id, name, path FROM unit_view WHERE parent_id IS NULL ORDER BY code LIMIT 1", null)
                .map(u -> (UUID) u[0]).orElseThrow(() -> ProblemException.notFound("Unit", "root"));
    }

    private Optional<Object[]> one(String sql, UUID id) {
        var query = em.createNativeQuery(sql);
        if (id != null) {
            query.setParameter("id", id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst();
    }
}
