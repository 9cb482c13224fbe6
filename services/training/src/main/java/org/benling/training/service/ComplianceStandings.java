package org.benling.training.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.jobs.OncePerFireTime;
import org.benling.training.domain.rules.ComplianceStatus;
import org.benling.training.domain.rules.HoursTotals;
import org.benling.training.domain.rules.TrainingPolicy;
import org.benling.training.rest.api.CadreCompliance;
import org.jboss.logging.Logger;

/**
 * Today's 学时 standing of every cadre, kept in {@code compliance_standing} so that a unit's compliance table is
 * counted and paged in SQL: at 100,000 cadres and 2.5 million records, summing every record on each read took over a
 * second.
 *
 * <p>A standing is current when it was computed for today and the running policy. The database invalidates it in the
 * transaction that changes a cadre's records, rank or active flag (triggers of migration V5); whatever is not current
 * in a subtree is recomputed here before the subtree is read, in its own transaction. The daily roll recomputes every
 * standing just after midnight, when the windows move, so that the first reader of the day does not wait for it.
 *
 * <p>The recomputation writes a standing only if the row's version is still the one it read with the sums: a record
 * committed while it was summing has bumped the version, and its invalidation wins. Such a row stays stale and is
 * recomputed on the next try; a subtree that is still changing after {@link #TRIES} tries is read live.
 */
@ApplicationScoped
public class ComplianceStandings {

    /** Active cadres per unit, rank and status; unit and rank are null when only the statuses were counted. */
    public record Tally(UUID unitId, RankLevel rank, ComplianceStatus status, int cadres) {
    }

    static final int TRIES = 3;

    private static final Logger LOG = Logger.getLogger(ComplianceStandings.class);

    private static final String CURRENT = "s.valid_on = :today AND s.policy = :policy";

    @Inject EntityManager em;
    @Inject ComplianceSums sums;
    @Inject TrainingPolicy policy;
    @Inject Clock clock;

    private volatile String policyKey;

    /**
     * The subtree's active cadres per status today, and per unit and rank if {@code byUnitAndRank}; empty if the
     * subtree kept changing while it was refreshed.
     */
    public Optional<List<Tally>> tally(String pathPrefix, LocalDate today, boolean byUnitAndRank) {
        String unitAndRank = byUnitAndRank ? "c.unit_id, c.rank_level" : "CAST(NULL AS uuid), CAST(NULL AS text)";
        for (int attempt = 0; attempt < TRIES; attempt++) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT %1$s, s.status, count(*), count(*) FILTER (WHERE (%2$s) IS NOT TRUE)
                    FROM cadre_view c
                    JOIN unit_view u ON u.id = c.unit_id
                    LEFT JOIN compliance_standing s ON s.cadre_id = c.id
                    WHERE c.active AND u.path LIKE :prefix
                    GROUP BY %1$s, s.status""".formatted(unitAndRank, CURRENT))
                    .setParameter("prefix", pathPrefix).setParameter("today", today)
                    .setParameter("policy", policyKey()).getResultList();
            if (rows.stream().allMatch(r -> ((Number) r[4]).longValue() == 0)) {
                return Optional.of(rows.stream().map(r -> new Tally((UUID) r[0], r[1] == null ? null : RankLevel.valueOf((String) r[1]),
                        ComplianceStatus.valueOf((String) r[2]), ((Number) r[3]).intValue())).toList());
            }
            refresh(pathPrefix, today);
        }
        return Optional.empty();
    }

    /**
     * A page of the subtree's active cadres by employee number, with their standing today (optionally of one status);
     * call after {@link #tally} found the subtree current. The requirements are judged again from the stored sums.
     */
    public List<CadreCompliance> page(String pathPrefix, LocalDate today, ComplianceStatus status, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, c.employee_number, c.name, c.unit_id, u.name AS unit_name, c.rank_level, c.rank_since,
                       s.rolling_hours, s.rolling_off_job_days, s.year_hours, s.year_off_job_days, s.year_online_hours
                FROM cadre_view c
                JOIN unit_view u ON u.id = c.unit_id
                JOIN compliance_standing s ON s.cadre_id = c.id
                WHERE c.active AND u.path LIKE :prefix AND s.status LIKE :status
                ORDER BY c.employee_number, c.id
                OFFSET :offset LIMIT :limit""")
                .setParameter("prefix", pathPrefix).setParameter("status", status == null ? "%" : status.name())
                .setParameter("offset", offset).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> sums.standing(r, new HoursTotals(ComplianceSums.decimal(r[7]),
                ((Number) r[8]).intValue(), ComplianceSums.decimal(r[9]), ((Number) r[10]).intValue(),
                ComplianceSums.decimal(r[11])), today)).toList();
    }

    /** Every standing, recomputed for the new day. */
    @Scheduled(identity = "training-compliance-roll", cron = "{benling.training.compliance-roll.cron}",
            timeZone = "{benling.clock.zone}", skipExecutionIf = OncePerFireTime.class)
    void roll() {
        long started = System.nanoTime();
        int rows = refresh("%", LocalDate.now(clock));
        LOG.infof("compliance standings rolled: %d recomputed in %d ms", rows, (System.nanoTime() - started) / 1_000_000);
    }

    /** Recomputes the subtree's standings that are not current, in a transaction of its own; how many it wrote. */
    int refresh(String pathPrefix, LocalDate today) {
        return QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            List<ComplianceSums.Summed> stale = sums.withStandingVersions("u.path LIKE :prefix AND NOT EXISTS (SELECT 1 FROM"
                    + " compliance_standing s WHERE s.cadre_id = c.id AND " + CURRENT + ")",
                    Map.of("prefix", pathPrefix, "policy", policyKey()), today);
            return stale.isEmpty() ? 0 : write(stale, today);
        });
    }

    int write(List<ComplianceSums.Summed> rows, LocalDate today) {
        int n = rows.size();
        UUID[] cadres = new UUID[n];
        Long[] versions = new Long[n];
        String[] statuses = new String[n];
        BigDecimal[] rollingHours = new BigDecimal[n];
        Integer[] rollingDays = new Integer[n];
        BigDecimal[] yearHours = new BigDecimal[n];
        Integer[] yearDays = new Integer[n];
        BigDecimal[] yearOnline = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            CadreCompliance c = rows.get(i).standing();
            HoursTotals t = c.totals();
            cadres[i] = c.cadreId();
            versions[i] = rows.get(i).standingVersion();
            statuses[i] = c.assessment().status().name();
            rollingHours[i] = t.rollingHours();
            rollingDays[i] = t.rollingOffJobDays();
            yearHours[i] = t.yearHours();
            yearDays[i] = t.yearOffJobDays();
            yearOnline[i] = t.yearOnlineHours();
        }
        return em.createNativeQuery("""
                INSERT INTO compliance_standing AS s (cadre_id, version, valid_on, policy, status, rolling_hours,
                    rolling_off_job_days, year_hours, year_off_job_days, year_online_hours)
                SELECT t.cadre_id, t.version, :today, :policy, t.status, t.rolling_hours, t.rolling_off_job_days,
                       t.year_hours, t.year_off_job_days, t.year_online_hours
                FROM unnest(CAST(:cadres AS uuid[]), CAST(:versions AS bigint[]),
                    CAST(:statuses AS text[]), CAST(:rollingHours AS numeric[]), CAST(:rollingDays AS integer[]),
                    CAST(:yearHours AS numeric[]), CAST(:yearDays AS integer[]), CAST(:yearOnline AS numeric[]))
                    AS t(cadre_id, version, status, rolling_hours, rolling_off_job_days, year_hours, year_off_job_days,
                         year_online_hours)
                ORDER BY t.cadre_id
                ON CONFLICT (cadre_id) DO UPDATE SET valid_on = EXCLUDED.valid_on, policy = EXCLUDED.policy,
                    status = EXCLUDED.status, rolling_hours = EXCLUDED.rolling_hours,
                    rolling_off_job_days = EXCLUDED.rolling_off_job_days, year_hours = EXCLUDED.year_hours,
                    year_off_job_days = EXCLUDED.year_off_job_days, year_online_hours = EXCLUDED.year_online_hours
                WHERE s.version = EXCLUDED.version""")
                .setParameter("cadres", cadres).setParameter("versions", versions).setParameter("statuses", statuses)
                .setParameter("rollingHours", rollingHours).setParameter("rollingDays", rollingDays)
                .setParameter("yearHours", yearHours).setParameter("yearDays", yearDays)
                .setParameter("yearOnline", yearOnline).setParameter("today", today)
                .setParameter("policy", policyKey()).executeUpdate();
    }

    /** The policy's values, digested: a standing computed under other values is not current. */
    String policyKey() {
        String key = policyKey;
        if (key == null) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(policy.toString().getBytes(StandardCharsets.UTF_8));
                key = policyKey = HexFormat.of().formatHex(digest, 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return key;
    }
}
