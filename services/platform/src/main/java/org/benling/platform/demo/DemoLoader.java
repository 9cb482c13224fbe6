package org.benling.platform.demo;

import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.benling.platform.jobs.OncePerFireTime;
import org.benling.platform.personnel.PersonnelReadModel;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * When a service's demo data may load: never when it is disabled or the service already has data, and otherwise
 * once the personnel read model has filled up. The compacted personnel topic arrives in any order and takes a few
 * ticks, so the loader waits until units and cadres are there and their count stopped growing between two ticks,
 * then loads once, as soon as the loader's own {@link DemoData#ready()} holds too (a read model can settle before a
 * particular unit of it has arrived; the loader gives up after {@code benling.demo-data.patience} and notes why, so
 * that ./benling does not wait for it). One job every ten seconds ticks each of the service's {@link DemoData} (guarded by
 * {@code OncePerFireTime} in the service's own database, so one replica loads). What it did is noted in
 * {@code demo_data_load}, keyed by the loader's class.
 */
@ApplicationScoped
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class);

    /** The read model's size at the previous tick, by loader class; -1 once the loader is done. */
    private final Map<Class<?>, Long> lastCount = new ConcurrentHashMap<>();

    /** When ({@link System#nanoTime()}) the read model was first seen settled while the loader was not ready, by class. */
    private final Map<Class<?>, Long> waitingSince = new ConcurrentHashMap<>();

    @ConfigProperty(name = "benling.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    /** How long a loader may wait for what it refers to once the read model has settled. */
    @ConfigProperty(name = "benling.demo-data.patience", defaultValue = "PT5M")
    Duration patience;

    @Inject PersonnelReadModel readModel;
    @Inject EntityManager em;
    @Inject Instance<DemoData> services;

    @Scheduled(identity = "demo-data", every = "10s", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OncePerFireTime.class)
    void loadWhenReady() {
        for (DemoData data : services) {
            tick(ClientProxy.unwrap(data).getClass(), enabled, data::present, data::ready, data::load);
        }
    }

    /**
     * One tick of a loader's schedule.
     *
     * @param ready whether what the data refers to is there (asked in a transaction once the read model settled)
     * @param loader the loader (its class keys the loader's state)
     * @param enabled the demo-data switch ({@code benling.demo-data.enabled})
     * @param present whether the service has data of its own already (asked in a transaction)
     * @param ready whether what the data refers to is there (asked in a transaction once the read model settled)
     * @param load loads the data in transactions of its own and says what it loaded, for the log
     */
    public void tick(Class<?> loader, boolean enabled, BooleanSupplier present, BooleanSupplier ready,
            Supplier<String> load) {
        if (!enabled || lastCount.getOrDefault(loader, 0L) < 0) {
            return;
        }
        long count = QuarkusTransaction.requiringNew().call(() -> present.getAsBoolean() ? -1L : readModel.loadedSize());
        long previous = lastCount.getOrDefault(loader, 0L);
        if (count < 0) {
            lastCount.put(loader, -1L);
            finished(loader, "the database has data already");
            return;
        }
        if (count > 0 && count == previous) {
            if (!QuarkusTransaction.requiringNew().call(ready::getAsBoolean)) {
                // elapsed time, not the business clock: how long this process has waited (tests pin the business clock)
                long since = waitingSince.computeIfAbsent(loader, l -> System.nanoTime());
                if (System.nanoTime() - since >= patience.toNanos()) {
                    lastCount.put(loader, -1L);
                    String outcome = "not loaded: what it refers to did not arrive within " + patience;
                    LOG.warnf("demo data of %s %s", loader.getSimpleName(), outcome);
                    finished(loader, outcome);
                }
                return;
            }
            lastCount.put(loader, -1L);
            long started = System.nanoTime();
            String outcome;
            try {
                outcome = load.get() + " in " + (System.nanoTime() - started) / 1_000_000 + " ms";
                LOG.infof("demo data of %s: %s", loader.getSimpleName(), outcome);
            } catch (RuntimeException e) {
                // not tried again: what it loaded before failing is data of the service's own, so a second try would
                // find "data already"; noted, so that ./benling does not wait for it and the operator sees why
                outcome = "failed after " + (System.nanoTime() - started) / 1_000_000 + " ms: " + e;
                LOG.errorf(e, "demo data of %s %s", loader.getSimpleName(), outcome);
            }
            finished(loader, outcome);
            return;
        }
        lastCount.put(loader, count);
    }

    /** Notes what the loader did, once per database (./benling waits for it before its scenarios run). */
    private void finished(Class<?> loader, String outcome) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "INSERT INTO demo_data_load (loader, outcome, finished_at) VALUES (:loader, :outcome, now())"
                        + " ON CONFLICT (loader) DO NOTHING")
                .setParameter("loader", loader.getSimpleName()).setParameter("outcome", outcome).executeUpdate());
    }
}
