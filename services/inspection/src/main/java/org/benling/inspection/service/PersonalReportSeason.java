package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.inspection.domain.rules.PersonalMattersPolicy;
import org.benling.inspection.events.InspectionEventPublisher;

/**
 * The reporting season of 个人有关事项报告: from the day it opens to the day the report is due, every active cadre who
 * has neither filed the year's report nor been asked for it is asked (PersonalReportRequested, which the
 * notification centre turns into the cadre's to-do with its reminders). Run by the daily run, so a cadre who joins
 * during the season is asked the next morning.
 */
@ApplicationScoped
public class PersonalReportSeason {

    @Inject EntityManager em;
    @Inject PersonalMattersPolicy policy;
    @Inject InspectionEventPublisher events;

    /** @return how many cadres were asked today */
    @Transactional
    @SuppressWarnings("unchecked")
    public int ask(LocalDate today) {
        Integer year = policy.seasonOn(today).orElse(null);
        if (year == null) {
            return 0;
        }
        List<UUID> unasked = em.createNativeQuery("""
                SELECT c.id FROM cadre_view c WHERE c.active
                  AND NOT EXISTS (SELECT 1 FROM personal_report_request q WHERE q.cadre_id = c.id AND q.year = :year)
                  AND NOT EXISTS (SELECT 1 FROM personal_report r
                                  WHERE r.cadre_id = c.id AND r.kind = 'ANNUAL' AND r.year = :year)
                ORDER BY c.id""").setParameter("year", year).getResultList();
        if (unasked.isEmpty()) {
            return 0;
        }
        em.createNativeQuery("""
                INSERT INTO personal_report_request (cadre_id, year, requested_on)
                SELECT id, :year, :today FROM unnest(:ids) AS id ON CONFLICT DO NOTHING""")
                .setParameter("year", year).setParameter("today", today)
                .setParameter("ids", unasked.toArray(UUID[]::new)).executeUpdate();
        LocalDate due = policy.annualDue(year);
        unasked.forEach(cadre -> events.reportRequested(cadre, year, due));
        return unasked.size();
    }
}
