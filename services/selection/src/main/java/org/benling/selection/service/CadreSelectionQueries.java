package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.security.UnitScope;
import org.benling.selection.domain.PoolMember;
import org.benling.selection.domain.rules.AppointmentWorkflow;
import org.benling.selection.rest.api.CadreSelectionRecord;

/**
 * One cadre's place in selection for the portfolio, three statements: the pool memberships, the successions and the
 * candidacies, each kept only where the caller reads the unit that holds it (a cadre of the caller's scope may sit in
 * a pool of a unit above it, which the caller does not see).
 */
@ApplicationScoped
public class CadreSelectionQueries {

    @Inject EntityManager em;
    @Inject UnitScope scope;
    @Inject CadreDirectory cadres;

    @SuppressWarnings("unchecked")
    public CadreSelectionRecord record(UUID cadreId) {
        cadres.readable(cadreId);
        List<CadreSelectionRecord.Pool> pools = ((List<Object[]>) em.createNativeQuery("""
                SELECT p.id, p.name, u.name, p.level, m.status, m.nominated_at, m.decided_at, m.left_at, p.unit_id
                FROM pool_member m JOIN reserve_pool p ON p.id = m.pool_id LEFT JOIN unit_view u ON u.id = p.unit_id
                WHERE m.cadre_id = :cadre ORDER BY m.nominated_at DESC""").setParameter("cadre", cadreId).getResultList())
                .stream().filter(r -> scope.mayRead((UUID) r[8]))
                .map(r -> new CadreSelectionRecord.Pool((UUID) r[0], (String) r[1], (String) r[2],
                        RankLevel.valueOf((String) r[3]), PoolMember.Status.valueOf((String) r[4]), instant(r[5]),
                        instant(r[6]), instant(r[7]))).toList();
        List<CadreSelectionRecord.Succession> successions = ((List<Object[]>) em.createNativeQuery("""
                SELECT k.id, k.title, u.name, k.level, s.active, s.added_at, k.unit_id
                FROM successor s JOIN key_post k ON k.id = s.key_post_id LEFT JOIN unit_view u ON u.id = k.unit_id
                WHERE s.cadre_id = :cadre ORDER BY s.added_at DESC""").setParameter("cadre", cadreId).getResultList())
                .stream().filter(r -> scope.mayRead((UUID) r[6]))
                .map(r -> new CadreSelectionRecord.Succession((UUID) r[0], (String) r[1], (String) r[2],
                        RankLevel.valueOf((String) r[3]), (Boolean) r[4], instant(r[5]))).toList();
        List<CadreSelectionRecord.Candidacy> candidacies = ((List<Object[]>) em.createNativeQuery("""
                SELECT a.id, a.post_title, u.name, a.stage, a.decided_cadre_id = :cadre, a.created_at, a.unit_id
                FROM appointment_candidate c JOIN appointment a ON a.id = c.appointment_id
                LEFT JOIN unit_view u ON u.id = a.unit_id
                WHERE c.cadre_id = :cadre ORDER BY a.created_at DESC""").setParameter("cadre", cadreId).getResultList())
                .stream().filter(r -> scope.mayRead((UUID) r[6]))
                .map(r -> new CadreSelectionRecord.Candidacy((UUID) r[0], (String) r[1], (String) r[2],
                        AppointmentWorkflow.Stage.valueOf((String) r[3]), Boolean.TRUE.equals(r[4]), instant(r[5])))
                .toList();
        return new CadreSelectionRecord(cadreId, pools, successions, candidacies);
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Instant i ? i
                : value instanceof java.time.OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }
}
