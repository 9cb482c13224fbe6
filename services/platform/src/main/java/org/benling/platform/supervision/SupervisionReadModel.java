package org.benling.platform.supervision;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.inspection.InfluencePeriod;
import org.benling.contracts.inspection.MeasureApplied;
import org.benling.contracts.inspection.MeasureLifted;

/**
 * The supervision measures of cadres as inspection's events report them, for the services that must honour
 * their influence periods (assessment: no 优秀, no eligibility; rotation: no posting proposal). A service turns
 * it on with the build property {@code benling.supervision-read-model.enabled=true}, adds Flyway location
 * {@code db/supervision-read-model} and calls {@link #applied} / {@link #lifted} from its inbox handlers.
 */
@ApplicationScoped
@IfBuildProperty(name = "benling.supervision-read-model.enabled", stringValue = "true")
public class SupervisionReadModel {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void applied(MeasureApplied m) {
        em.createNativeQuery("""
                INSERT INTO measure_view (measure_id, cadre_id, form, measure, applied_on, influence_until)
                VALUES (:id, :cadre, :form, :measure, :applied, :until)
                ON CONFLICT (measure_id) DO UPDATE SET form = EXCLUDED.form, measure = EXCLUDED.measure,
                  applied_on = EXCLUDED.applied_on, influence_until = EXCLUDED.influence_until""")
                .setParameter("id", m.measureId()).setParameter("cadre", m.cadreId()).setParameter("form", m.form())
                .setParameter("measure", m.measure()).setParameter("applied", m.appliedOn())
                .setParameter("until", m.influenceUntil()).executeUpdate();
    }

    /** @return whether the measure was known (a lift of an unknown measure changes nothing) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lifted(MeasureLifted m) {
        return em.createNativeQuery("""
                UPDATE measure_view SET lifted_on = :on, revoked = :revoked WHERE measure_id = :id AND cadre_id = :cadre""")
                .setParameter("on", m.liftedOn()).setParameter("revoked", InfluencePeriod.REVOKED.equalsIgnoreCase(m.reason()))
                .setParameter("id", m.measureId()).setParameter("cadre", m.cadreId()).executeUpdate() > 0;
    }

    /** The cadre's measures, oldest first. */
    @SuppressWarnings("unchecked")
    public List<InfluencePeriod> periods(UUID cadreId) {
        return ((List<Object[]>) em.createNativeQuery("""
                SELECT measure_id, form, measure, applied_on, influence_until, lifted_on, revoked
                FROM measure_view WHERE cadre_id = :cadre ORDER BY applied_on""")
                .setParameter("cadre", cadreId).getResultList()).stream()
                .map(r -> new InfluencePeriod((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2], date(r[3]),
                        date(r[4]), r[5] == null ? null : date(r[5]), (Boolean) r[6]))
                .toList();
    }

    /** The measures in their influence period on a day. */
    public List<InfluencePeriod> activeOn(UUID cadreId, LocalDate day) {
        return periods(cadreId).stream().filter(p -> p.activeOn(day)).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
