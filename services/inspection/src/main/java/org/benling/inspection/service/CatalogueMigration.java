package org.benling.inspection.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.supervision.Influence;
import org.benling.contracts.supervision.MeasureRule;
import org.benling.inspection.domain.Measure;
import org.benling.inspection.domain.rules.InspectionPolicy;
import org.benling.inspection.events.InspectionEventPublisher;
import org.jboss.logging.Logger;

/**
 * Maps the measures recorded before the catalogue onto it (V3__measure_catalogue.sql left them without
 * {@code influence}): each gets its type's row stamped (its form corrected where the type may not take it: 记大过 is
 * form 3), a measure still in force gets the row's influence (a case filed becomes open-ended instead of 24 months),
 * and every one is sent again as MeasureApplied.v2 so that assessment, rotation and training read it with its type's
 * effects. Ended measures keep their dates. Runs at start-up; rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so
 * replicas starting together never stamp a measure twice, and a stamped measure is never taken again.
 */
@ApplicationScoped
public class CatalogueMigration {

    private static final Logger LOG = Logger.getLogger(CatalogueMigration.class);

    @Inject EntityManager em;
    @Inject InspectionPolicy policy;
    @Inject InspectionEventPublisher events;

    void onStart(@Observes StartupEvent start) {
        int stamped = migrate();
        if (stamped > 0) {
            LOG.infof("measure catalogue: %d measures of before the catalogue mapped onto it and sent again", stamped);
        }
    }

    /** @return how many measures were mapped */
    @Transactional
    @SuppressWarnings("unchecked")
    public int migrate() {
        List<UUID> ids = em.createNativeQuery("SELECT id FROM measure WHERE influence IS NULL FOR UPDATE SKIP LOCKED")
                .getResultList();
        for (UUID id : ids) {
            Measure m = Measure.findById(id);
            MeasureRule rule = policy.catalogue().rule(m.type);
            m.stamp(rule, m.form);
            if (m.status == Measure.Status.IN_FORCE) {
                m.influenceUntil = rule.influence().lastDay(m.appliedOn);
            } else if (rule.influence().kind() == Influence.Kind.UNTIL_CONCLUDED) {
                // a case that ran out under the old fixed period: history, with the period it had
                m.influence = Integer.toString(Math.max(1, (int) ChronoUnit.MONTHS.between(m.appliedOn,
                        m.influenceUntil.plusDays(1))));
            }
            events.applied(m);
        }
        return ids.size();
    }
}
