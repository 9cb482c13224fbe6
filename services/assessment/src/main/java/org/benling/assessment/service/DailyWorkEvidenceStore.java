package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.rotation.GrassrootsVisitRecorded;
import org.benling.contracts.rotation.ResearchReportFiled;
import org.benling.contracts.training.StudySessionRecorded;
import org.benling.platform.persistence.EnumSetColumn;

/**
 * The leaders' daily work as evidence (training's study sessions, rotation's contact-point visits and research
 * reports), one row per session attendee, visit or report, so that a repeated or corrected event replaces rather than
 * adds; read back with the rest by {@link EvidenceStore#of}.
 */
@ApplicationScoped
public class DailyWorkEvidenceStore {

    @Inject EntityManager em;

    /**
     * A study session's attendees, replacing those of an earlier version of it.
     *
     * @return the cadres whose evidence changed: this version's attendees and any the correction dropped
     */
    @SuppressWarnings("unchecked")
    public Set<UUID> study(StudySessionRecorded s) {
        Set<UUID> changed = new java.util.HashSet<>(em.createNativeQuery(
                "DELETE FROM study_evidence WHERE session_id = :id RETURNING cadre_id").setParameter("id", s.sessionId())
                .getResultList());
        for (UUID cadre : new java.util.LinkedHashSet<>(s.attendeeIds())) {
            em.createNativeQuery("""
                    INSERT INTO study_evidence (session_id, cadre_id, topic, capabilities, held_on)
                    VALUES (:id, :cadre, :topic, CAST(:caps AS text[]), :on)""")
                    .setParameter("id", s.sessionId()).setParameter("cadre", cadre).setParameter("topic", s.topic())
                    .setParameter("caps", EnumSetColumn.literal(s.capabilities())).setParameter("on", s.heldOn())
                    .executeUpdate();
            changed.add(cadre);
        }
        return changed;
    }

    public void visit(GrassrootsVisitRecorded v) {
        em.createNativeQuery("""
                INSERT INTO visit_evidence (visit_id, cadre_id, visited_on, problems_solved)
                VALUES (:id, :cadre, :on, :solved)
                ON CONFLICT (visit_id) DO UPDATE SET cadre_id = EXCLUDED.cadre_id, visited_on = EXCLUDED.visited_on,
                  problems_solved = EXCLUDED.problems_solved""")
                .setParameter("id", v.visitId()).setParameter("cadre", v.cadreId()).setParameter("on", v.visitedOn())
                .setParameter("solved", v.problemsSolved()).executeUpdate();
    }

    public void research(ResearchReportFiled r) {
        em.createNativeQuery("""
                INSERT INTO research_evidence (report_id, cadre_id, title, capabilities, submitted_on, adopted)
                VALUES (:id, :cadre, :title, CAST(:caps AS text[]), :on, :adopted)
                ON CONFLICT (report_id) DO UPDATE SET cadre_id = EXCLUDED.cadre_id, title = EXCLUDED.title,
                  capabilities = EXCLUDED.capabilities, submitted_on = EXCLUDED.submitted_on, adopted = EXCLUDED.adopted""")
                .setParameter("id", r.reportId()).setParameter("cadre", r.cadreId()).setParameter("title", r.title())
                .setParameter("caps", EnumSetColumn.literal(r.capabilities())).setParameter("on", r.submittedOn())
                .setParameter("adopted", r.adopted()).executeUpdate();
    }
}
