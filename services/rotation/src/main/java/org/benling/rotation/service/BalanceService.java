package org.benling.rotation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.platform.personnel.FigureUnits;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.UnitScope;
import org.benling.rotation.domain.rules.Region;
import org.benling.rotation.domain.rules.RotationPolicy;
import org.benling.rotation.rest.api.Balance;
import org.benling.rotation.rest.api.Flow;
import org.benling.rotation.rest.api.UnitRate;

/**
 * Balance statistics (DOMAIN.md "What no peer system does", 4): exchanges between east, central and west and
 * across departments, postings by type, and the rotation rate of each unit below the one asked about.
 */
@ApplicationScoped
public class BalanceService {

    @Inject EntityManager em;
    @Inject FigureUnits figureUnits;
    @Inject UnitScope scope;
    @Inject HostUnits hostUnits;
    @Inject RotationPolicy policy;
    @Inject Clock clock;

    @SuppressWarnings("unchecked")
    public Balance balance(Integer year, UUID unitId) {
        UUID root = unitId != null ? unitId : figureUnits.defaultRoot();
        HostUnits.HostUnit unit = hostUnits.find(root).filter(u -> scope.mayRead(u.id()))
                .orElseThrow(() -> ProblemException.unitOutOfScope(unitId));
        String yearClause = year == null ? "" : " AND EXTRACT(YEAR FROM p.planned_start) = :year";
        String from = " FROM posting p JOIN unit_view u ON u.id = p.home_unit_id WHERE u.path LIKE :path"
                + " AND p.status IN ('APPROVED', 'ACTIVE', 'COMPLETED')" + yearClause;
        var flowQuery = em.createNativeQuery("SELECT p.home_region, p.region, count(*)" + from
                + " AND p.home_region IS NOT NULL AND p.region IS NOT NULL GROUP BY p.home_region, p.region");
        var typeQuery = em.createNativeQuery("SELECT p.type, count(*)" + from + " GROUP BY p.type");
        var crossQuery = em.createNativeQuery("SELECT count(*) FILTER (WHERE p.cross_department),"
                + " count(*) FILTER (WHERE p.home_region <> p.region)" + from);
        for (var q : List.of(flowQuery, typeQuery, crossQuery)) {
            q.setParameter("path", unit.path() + "%");
            if (year != null) {
                q.setParameter("year", year);
            }
        }
        List<Flow> flows = ((List<Object[]>) flowQuery.getResultList()).stream()
                .map(r -> new Flow(Region.valueOf((String) r[0]), Region.valueOf((String) r[1]), ((Number) r[2]).longValue()))
                .toList();
        Map<PostingType, Long> byType = new HashMap<>();
        ((List<Object[]>) typeQuery.getResultList())
                .forEach(r -> byType.put(PostingType.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        Object[] cross = (Object[]) crossQuery.getSingleResult();

        LocalDate since = LocalDate.now(clock).minusYears(policy.rotationRateYears());
        List<Object[]> rows = em.createNativeQuery("""
                SELECT child.id, child.name,
                  (SELECT count(*) FROM cadre_view c JOIN unit_view cu ON cu.id = c.unit_id
                     WHERE c.active AND cu.path LIKE child.path || '%'),
                  (SELECT count(DISTINCT p.cadre_id) FROM posting p JOIN unit_view pu ON pu.id = p.home_unit_id
                     WHERE pu.path LIKE child.path || '%' AND p.started_on >= :since)
                FROM unit_view child WHERE child.parent_id = :root AND child.active ORDER BY child.code""")
                .setParameter("since", since).setParameter("root", root).getResultList();
        List<UnitRate> units = new ArrayList<>();
        for (Object[] r : rows) {
            long active = ((Number) r[2]).longValue();
            long rotated = ((Number) r[3]).longValue();
            units.add(new UnitRate((UUID) r[0], (String) r[1], active, rotated,
                    active == 0 ? 0 : Math.round(rotated * 1000.0 / active) / 1000.0));
        }
        return new Balance(year, unit.id(), unit.name(), flows, byType, ((Number) cross[0]).longValue(),
                ((Number) cross[1]).longValue(), policy.rotationRateYears(), units);
    }

}
