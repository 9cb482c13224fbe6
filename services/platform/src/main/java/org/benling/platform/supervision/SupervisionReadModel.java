package org.benling.platform.supervision;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.contracts.inspection.MeasureApplied;
import org.benling.contracts.inspection.MeasureAppliedV1;
import org.benling.contracts.inspection.MeasureLifted;
import org.benling.contracts.inspection.PromotionCheckConcluded;
import org.benling.contracts.inspection.PromotionCheckOpened;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.MeasureOnRecord;
import org.benling.contracts.supervision.MeasureType;
import org.benling.platform.inbox.EventRouter;
import org.benling.platform.personnel.CadreDirectory;

/**
 * The supervision measures of cadres as inspection's events report them, for the services that must honour them
 * (assessment: the annual effect and eligibility; rotation: eligibility for a posting; training: warning
 * education). Each measure keeps the catalogue row it was imposed under, so a later change of policy never
 * rewrites it. A service turns it on with the build property {@code benling.supervision-read-model.enabled=true},
 * adds Flyway location {@code db/supervision-read-model} and calls {@link #applied} / {@link #lifted} from its
 * inbox handlers (version-1 events: {@link #appliedV1}), and {@link #checkOpened} / {@link #checkConcluded} for the
 * mandatory checks of promotion candidates (提拔必查), which block eligibility while open.
 */
@ApplicationScoped
@IfBuildProperty(name = "benling.supervision-read-model.enabled", stringValue = "true")
public class SupervisionReadModel {

    private static final String COLUMNS = """
            measure_id, cadre_id, form, measure, applied_on, influence_until, lifted_on, revoked, type, influence,
            effects, concluded, outcome_effect""";

    @Inject EntityManager em;

    /**
     * The inspection events this read model takes in, each routed to its method: what a service that only keeps the
     * read model (no effect of its own) routes from {@code inspection.supervision}.
     */
    public EventRouter routes() {
        return EventRouter.from(InspectionEvents.SOURCE)
                .on(InspectionEvents.MEASURE_APPLIED, m -> applied(m))
                .on(InspectionEvents.MEASURE_APPLIED_V1, m -> appliedV1(m))
                .on(InspectionEvents.MEASURE_LIFTED, m -> lifted(m))
                .on(InspectionEvents.PROMOTION_CHECK_OPENED, c -> checkOpened(c))
                .on(InspectionEvents.PROMOTION_CHECK_CONCLUDED, c -> checkConcluded(c));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applied(MeasureApplied m) {
        em.createNativeQuery("""
                INSERT INTO measure_view (measure_id, cadre_id, form, measure, applied_on, influence_until, type, influence,
                  effects)
                VALUES (:id, :cadre, :form, :measure, :applied, :until, :type, :influence, :effects)
                ON CONFLICT (measure_id) DO UPDATE SET form = EXCLUDED.form, measure = EXCLUDED.measure,
                  applied_on = EXCLUDED.applied_on, influence_until = EXCLUDED.influence_until, type = EXCLUDED.type,
                  influence = EXCLUDED.influence, effects = EXCLUDED.effects""")
                .setParameter("id", m.measureId()).setParameter("cadre", m.cadreId()).setParameter("form", m.form())
                .setParameter("measure", m.measure()).setParameter("applied", m.appliedOn())
                .setParameter("until", m.influenceUntil()).setParameter("type", m.type().name())
                .setParameter("influence", m.influence())
                .setParameter("effects", String.join(",", m.effects().stream().map(Enum::name).toList())).executeUpdate();
    }

    /** A version-1 event, read with the meaning it had ({@link MeasureAppliedV1#upgraded}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public MeasureApplied appliedV1(MeasureAppliedV1 m) {
        MeasureApplied upgraded = m.upgraded();
        applied(upgraded);
        return upgraded;
    }

    /** @return whether the measure was known (a lift of an unknown measure changes nothing) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lifted(MeasureLifted m) {
        if (MeasureLifted.EXPIRED.equalsIgnoreCase(m.reason())) {
            // it ran out: the period it was imposed under already says so, and its effects on later years stay
            return em.createNativeQuery("SELECT 1 FROM measure_view WHERE measure_id = :id AND cadre_id = :cadre")
                    .setParameter("id", m.measureId()).setParameter("cadre", m.cadreId()).getResultList().size() > 0;
        }
        boolean concluded = MeasureLifted.CONCLUDED.equalsIgnoreCase(m.reason());
        AnnualEffect outcome = concluded && m.outcomeEffect() == null ? AnnualEffect.NONE : m.outcomeEffect();
        return em.createNativeQuery("""
                UPDATE measure_view SET lifted_on = :on, revoked = :revoked, concluded = :concluded,
                  outcome_effect = :outcome WHERE measure_id = :id AND cadre_id = :cadre""")
                .setParameter("on", m.liftedOn()).setParameter("revoked", MeasureLifted.REVOKED.equalsIgnoreCase(m.reason()))
                .setParameter("concluded", concluded).setParameter("outcome", outcome == null ? null : outcome.name())
                .setParameter("id", m.measureId()).setParameter("cadre", m.cadreId()).executeUpdate() > 0;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void checkOpened(PromotionCheckOpened c) {
        em.createNativeQuery("""
                INSERT INTO promotion_check_view (check_id, cadre_id, opened_on) VALUES (:id, :cadre, :on)
                ON CONFLICT (check_id) DO UPDATE SET opened_on = EXCLUDED.opened_on""")
                .setParameter("id", c.checkId()).setParameter("cadre", c.cadreId()).setParameter("on", c.openedOn())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void checkConcluded(PromotionCheckConcluded c) {
        em.createNativeQuery("""
                INSERT INTO promotion_check_view (check_id, cadre_id, concluded_on) VALUES (:id, :cadre, :on)
                ON CONFLICT (check_id) DO UPDATE SET concluded_on = EXCLUDED.concluded_on""")
                .setParameter("id", c.checkId()).setParameter("cadre", c.cadreId()).setParameter("on", c.concludedOn())
                .executeUpdate();
    }

    /** Is a 提拔必查 of the cadre open? */
    public boolean checkOpen(UUID cadreId) {
        return !checksOpen(List.of(cadreId)).isEmpty();
    }

    /** Of these cadres, those with a 提拔必查 open, in one query. */
    @SuppressWarnings("unchecked")
    public Set<UUID> checksOpen(Collection<UUID> cadreIds) {
        if (cadreIds.isEmpty()) {
            return Set.of();
        }
        List<UUID> open = em.createNativeQuery("""
                SELECT DISTINCT cadre_id FROM promotion_check_view WHERE concluded_on IS NULL AND cadre_id = ANY(:ids)""")
                .setParameter("ids", cadreIds.toArray(UUID[]::new)).getResultList();
        return open.stream().collect(Collectors.toUnmodifiableSet());
    }

    /** The cadre's measures, oldest first. */
    public List<MeasureOnRecord> measures(UUID cadreId) {
        return measures(List.of(cadreId)).getOrDefault(cadreId, List.of());
    }

    /** The measures of many cadres in one query, each cadre's oldest first; cadres without any are absent. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<MeasureOnRecord>> measures(Collection<UUID> cadreIds) {
        Map<UUID, List<MeasureOnRecord>> byCadre = new HashMap<>();
        if (cadreIds.isEmpty()) {
            return byCadre;
        }
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS
                + " FROM measure_view WHERE cadre_id = ANY(:ids) ORDER BY applied_on, measure_id")
                .setParameter("ids", cadreIds.toArray(UUID[]::new)).getResultList();
        for (Object[] r : rows) {
            byCadre.computeIfAbsent((UUID) r[1], k -> new ArrayList<>()).add(record(r));
        }
        return byCadre;
    }

    private static MeasureOnRecord record(Object[] r) {
        UUID id = (UUID) r[0];
        UUID cadre = (UUID) r[1];
        int form = ((Number) r[2]).intValue();
        LocalDate appliedOn = CadreDirectory.toDate(r[4]);
        LocalDate liftedOn = CadreDirectory.toDate(r[6]);
        MeasureOnRecord m = r[8] == null
                ? new MeasureAppliedV1(id, cadre, form, (String) r[3], appliedOn, CadreDirectory.toDate(r[5])).upgraded().onRecord()
                : new MeasureApplied(id, cadre, MeasureType.valueOf((String) r[8]), null, form, (String) r[3], appliedOn,
                        (String) r[9], CadreDirectory.toDate(r[5]), effects((String) r[10]), null).onRecord();
        if (liftedOn == null) {
            return m;
        }
        if (Boolean.TRUE.equals(r[7])) {
            return m.revoked(liftedOn);
        }
        if (Boolean.TRUE.equals(r[11])) {
            return m.concluded(liftedOn, r[12] == null ? AnnualEffect.NONE : AnnualEffect.valueOf((String) r[12]));
        }
        return m.endedOn(liftedOn);
    }

    private static List<AnnualEffect> effects(String spelled) {
        return spelled == null || spelled.isBlank() ? List.of()
                : Arrays.stream(spelled.split(",")).map(AnnualEffect::valueOf).toList();
    }

}
