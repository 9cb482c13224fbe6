package org.benling.platform.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.benling.platform.personnel.PersonnelReadModel;
import org.jboss.logging.Logger;

/**
 * When a service's demo data may load: never when it is disabled or the service already has data, and otherwise
 * once the personnel read model has filled up. The compacted personnel topic arrives in any order and takes a few
 * ticks, so the loader waits until units and cadres are there and their count stopped growing between two ticks,
 * then loads once. The loader's job calls {@link #tick} on its own schedule (each service schedules, and guards
 * with {@code OncePerFireTime}, in its own database).
 */
@ApplicationScoped
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class);

    /** The read model's size at the previous tick, by loader class; -1 once the loader is done. */
    private final Map<Class<?>, Long> lastCount = new ConcurrentHashMap<>();

    @Inject PersonnelReadModel readModel;

    /**
     * One tick of a loader's schedule.
     *
     * @param loader the loader (its class keys the loader's state)
     * @param enabled the service's demo-data switch ({@code benling.<service>.demo-data.enabled})
     * @param present whether the service has data of its own already (asked in a transaction)
     * @param load loads the data in transactions of its own and says what it loaded, for the log
     */
    public void tick(Class<?> loader, boolean enabled, BooleanSupplier present, Supplier<String> load) {
        if (!enabled || lastCount.getOrDefault(loader, 0L) < 0) {
            return;
        }
        long count = QuarkusTransaction.requiringNew().call(() -> present.getAsBoolean() ? -1L : readModel.loadedSize());
        long previous = lastCount.getOrDefault(loader, 0L);
        if (count > 0 && count == previous) {
            lastCount.put(loader, -1L);
            long started = System.nanoTime();
            String loaded = load.get();
            LOG.infof("demo data of %s: %s in %d ms", loader.getSimpleName(), loaded, (System.nanoTime() - started) / 1_000_000);
            return;
        }
        lastCount.put(loader, count);
    }
}
