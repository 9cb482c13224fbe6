package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.rotation.PostingApproved;
import org.benling.contracts.rotation.PostingCancelled;
import org.benling.contracts.rotation.PostingCompleted;
import org.benling.contracts.rotation.PostingStarted;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.selection.domain.rules.PracticeExperience;
import org.benling.selection.domain.rules.Readiness.Experience;

/**
 * Each cadre's practice postings and completed training as rotation and training announce them: the postings give the
 * experience key posts ask for ({@link PracticeExperience}); a posting started, or training in a capability completed,
 * on or after the day a development-plan task was set fulfils it. Each event upserts its row, so one delivered late
 * (a start after the completion) fills in what it knows without undoing the rest.
 */
@ApplicationScoped
public class PracticeRecords {

    @Inject EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void approved(PostingApproved p) {
        em.createNativeQuery("""
                INSERT INTO posting_view (posting_id, cadre_id, type, region) VALUES (:id, :cadre, :type, :region)
                ON CONFLICT (posting_id) DO UPDATE SET type = EXCLUDED.type, region = EXCLUDED.region""")
                .setParameter("id", p.postingId()).setParameter("cadre", p.cadreId()).setParameter("type", p.type().name())
                .setParameter("region", p.region()).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void started(PostingStarted p) {
        em.createNativeQuery("""
                INSERT INTO posting_view (posting_id, cadre_id, type, started_on) VALUES (:id, :cadre, :type, :on)
                ON CONFLICT (posting_id) DO UPDATE SET started_on = EXCLUDED.started_on""")
                .setParameter("id", p.postingId()).setParameter("cadre", p.cadreId()).setParameter("type", p.type().name())
                .setParameter("on", p.startedOn()).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void completed(PostingCompleted p) {
        em.createNativeQuery("""
                INSERT INTO posting_view (posting_id, cadre_id, type, completed_on, evaluation)
                VALUES (:id, :cadre, :type, :on, :evaluation)
                ON CONFLICT (posting_id) DO UPDATE SET completed_on = EXCLUDED.completed_on, evaluation = EXCLUDED.evaluation""")
                .setParameter("id", p.postingId()).setParameter("cadre", p.cadreId()).setParameter("type", p.type().name())
                .setParameter("on", p.completedOn()).setParameter("evaluation", p.evaluation().name()).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(PostingCancelled p) {
        em.createNativeQuery("UPDATE posting_view SET cancelled = TRUE WHERE posting_id = :id")
                .setParameter("id", p.postingId()).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void trained(TrainingCompleted t) {
        em.createNativeQuery("""
                INSERT INTO training_view (record_id, cadre_id, capabilities, completed_on)
                VALUES (:id, :cadre, CAST(:capabilities AS text[]), :on) ON CONFLICT (record_id) DO NOTHING""")
                .setParameter("id", t.recordId()).setParameter("cadre", t.cadreId())
                .setParameter("capabilities", "{" + String.join(",", t.capabilities().stream().map(Enum::name).toList()) + "}")
                .setParameter("on", t.completedOn()).executeUpdate();
    }

    /** The experience each of these cadres has from completed postings, in one statement; none: absent. */
    public Map<UUID, Set<Experience>> experience(Collection<UUID> cadreIds) {
        Map<UUID, Set<Experience>> had = new HashMap<>();
        if (cadreIds.isEmpty()) {
            return had;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT cadre_id, type, region, evaluation FROM posting_view"
                + " WHERE cadre_id = ANY(:ids) AND completed_on IS NOT NULL")
                .setParameter("ids", cadreIds.toArray(UUID[]::new)).getResultList();
        for (Object[] r : rows) {
            Set<Experience> given = PracticeExperience.of(PostingApproved.PostingType.valueOf((String) r[1]),
                    (String) r[2], PostingCompleted.Evaluation.valueOf((String) r[3]));
            if (!given.isEmpty()) {
                had.computeIfAbsent((UUID) r[0], k -> EnumSet.noneOf(Experience.class)).addAll(given);
            }
        }
        return had;
    }

    /**
     * The day a development-plan task {@code t} (a row of {@code development_task t}) was fulfilled, as a column of a
     * statement: the first posting (not cancelled) the cadre started, or the first training in the task's capability
     * the cadre completed, on or after the day it was set; null while neither happened.
     */
    public static final String FULFILLED_ON = """
            CASE WHEN t.kind = 'POSTING' THEN (SELECT min(p.started_on) FROM posting_view p WHERE p.cadre_id = t.cadre_id
                AND NOT p.cancelled AND p.started_on >= t.assigned_on)
            ELSE (SELECT min(r.completed_on) FROM training_view r WHERE r.cadre_id = t.cadre_id
                AND r.completed_on >= t.assigned_on AND t.capability = ANY(r.capabilities)) END""";

    /** The day one task was fulfilled; null while it is not. */
    public LocalDate fulfilledOn(UUID taskId) {
        Object day = em.createNativeQuery("SELECT " + FULFILLED_ON + " FROM development_task t WHERE t.id = :id")
                .setParameter("id", taskId).getSingleResult();
        return CadreDirectory.toDate(day);
    }
}
