package org.benling.personnel.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.benling.personnel.config.PersonnelConfig;
import org.benling.personnel.domain.Cadre;
import org.benling.personnel.domain.Unit;
import org.benling.personnel.events.PersonnelEventPublisher;
import org.benling.personnel.service.CadreBatch;
import org.jboss.logging.Logger;

/**
 * Loads the demo roster when enabled and the database holds no units yet. Every unit and cadre is written with
 * its event, exactly as if HR had entered it, so the other services' read models fill up too.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @Inject PersonnelConfig config;
    @Inject PersonnelEventPublisher events;
    @Inject CadreBatch batch;
    @Inject Clock clock;

    void onStart(@Observes StartupEvent event) {
        if (config.demoData().enabled()) {
            loadIfEmpty();
        }
    }

    @Transactional
    public boolean loadIfEmpty() {
        if (Unit.count() > 0) {
            return false;
        }
        DemoRoster roster = DemoRoster.generate(config.demoData().seed(), config.demoData().cadres(), LocalDate.now(clock));
        Map<String, Unit> units = new HashMap<>();
        for (DemoUnit d : roster.units()) {
            Unit unit = Unit.create(DemoIds.unitId(d.code()), d.code(), d.name(), d.kind(),
                    d.parentCode() == null ? null : units.get(d.parentCode()));
            unit.persist();
            units.put(d.code(), unit);
            events.unitChanged(unit);
        }
        Instant now = Instant.now(clock);
        List<Cadre> cadres = new ArrayList<>();
        for (DemoCadre d : roster.cadres()) {
            Cadre c = new Cadre();
            c.id = DemoIds.cadreId(d.employeeNumber());
            c.employeeNumber = d.employeeNumber();
            c.name = d.name();
            c.gender = d.gender();
            c.birthDate = d.birthDate();
            c.unitId = units.get(d.unitCode()).id;
            c.positionTitle = d.positionTitle();
            c.rankLevel = d.rankLevel();
            c.postSince = d.postSince();
            c.rankSince = d.rankSince();
            c.joinedWorkOn = d.joinedWorkOn();
            c.categories(d.categories());
            c.politicalStatus = d.politicalStatus();
            c.education = d.education();
            cadres.add(c);
        }
        batch.registerAll(cadres, now);
        LOG.infof("demo data loaded: %d units, %d cadres", roster.units().size(), roster.cadres().size());
        return true;
    }
}
