package org.benling.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.training.domain.rules.HoursCompliance;
import org.benling.training.domain.rules.HoursTotals;
import org.benling.training.domain.rules.TrainingPolicy;
import org.benling.training.domain.rules.Windows;
import org.benling.training.rest.api.CadreCompliance;

/**
 * The sums of each cadre's records over the compliance windows, computed in one SQL pass for many cadres
 * (index-only on {@code training_record_compliance}), and the regulation's judgement of each ({@link HoursCompliance},
 * the only place it lives). Read live for a past day or one cadre; {@link ComplianceStandings} keeps today's.
 */
@ApplicationScoped
public class ComplianceSums {

    /** A cadre's standing, and the version of its stored standing that the sums were read with (0: none). */
    record Summed(CadreCompliance standing, long standingVersion) {
    }

    /**
     * Sums per cadre over the windows; {@code %1$s} is the cadre filter, {@code %2$s} the version of the stored
     * standing (a constant when it does not matter). The five-year 学时 count off-the-job (脱产) training only, never
     * online hours, unless {@code :rollingCountsAll} (policy). Public for the benchmark's plan.
     */
    public static final String SUMS = """
            SELECT c.id, c.employee_number, c.name, c.unit_id, u.name AS unit_name, c.rank_level, c.rank_since,
                   coalesce(sum(r.hours) FILTER (WHERE :rollingCountsAll OR (NOT r.online AND r.off_job_days > 0)), 0),
                   coalesce(sum(r.off_job_days), 0),
                   coalesce(sum(r.hours) FILTER (WHERE r.completed_on >= :yearStart), 0),
                   coalesce(sum(r.off_job_days) FILTER (WHERE r.completed_on >= :yearStart), 0),
                   coalesce(sum(r.hours) FILTER (WHERE r.online AND r.completed_on >= :yearStart), 0),
                   %2$s
            FROM cadre_view c
            JOIN unit_view u ON u.id = c.unit_id
            LEFT JOIN training_record r ON r.cadre_id = c.id AND r.completed_on BETWEEN :rollingStart AND :today
            WHERE c.active AND %1$s
            GROUP BY c.id, u.name
            ORDER BY c.employee_number""";

    @Inject EntityManager em;
    @Inject TrainingPolicy policy;

    /** The active cadres matching {@code where} (over {@code c}, {@code u}), ordered by employee number. */
    List<CadreCompliance> of(String where, Map<String, Object> params, LocalDate today) {
        return sum(where, "0", params, today).stream().map(Summed::standing).toList();
    }

    /** … with the version of each one's stored standing, read with the sums. */
    List<Summed> withStandingVersions(String where, Map<String, Object> params, LocalDate today) {
        return sum(where, "coalesce((SELECT s.version FROM compliance_standing s WHERE s.cadre_id = c.id), 0)", params, today);
    }

    private List<Summed> sum(String where, String standingVersion, Map<String, Object> params, LocalDate today) {
        Windows windows = HoursCompliance.windows(today, policy);
        var query = em.createNativeQuery(SUMS.formatted(where, standingVersion))
                .setParameter("rollingStart", windows.rollingStart())
                .setParameter("yearStart", windows.yearStart())
                .setParameter("today", today)
                .setParameter("rollingCountsAll", !policy.rollingOffJobOnly());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Summed> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            HoursTotals totals = new HoursTotals(decimal(r[7]), ((Number) r[8]).intValue(), decimal(r[9]),
                    ((Number) r[10]).intValue(), decimal(r[11]));
            result.add(new Summed(standing(r, totals, today), ((Number) r[12]).longValue()));
        }
        return result;
    }

    /** A cadre's standing from a row starting with the cadre's columns of {@link #SUMS} (id … rank_since). */
    CadreCompliance standing(Object[] r, HoursTotals totals, LocalDate today) {
        RankLevel rank = RankLevel.valueOf((String) r[5]);
        LocalDate rankSince = r[6] == null ? null : CadreDirectory.toDate(r[6]);
        return new CadreCompliance((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3], (String) r[4], rank,
                rankSince, totals, HoursCompliance.assess(rank, rankSince, totals, today, policy));
    }

    static BigDecimal decimal(Object value) {
        return (value instanceof BigDecimal b ? b : new BigDecimal(value.toString())).setScale(2);
    }
}
