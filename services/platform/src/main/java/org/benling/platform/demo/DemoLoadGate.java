package org.benling.platform.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.BooleanSupplier;
import org.benling.platform.personnel.PersonnelReadModel;

/**
 * When a service's demo loader (./benling start) may load: never when it is disabled or the service already has data,
 * and otherwise once the personnel read model has filled up — the compacted personnel topic arrives in any order and
 * takes a few ticks, so the loader waits until units and cadres are there and their count stopped growing between
 * two ticks. Each loader keeps one gate and asks it on every tick of its own schedule; the gate opens once.
 */
public final class DemoLoadGate {

    private long lastCount = -1;
    private volatile boolean done;

    /**
     * Whether to load on this tick.
     *
     * @param enabled the service's demo-data switch
     * @param hasData whether the service has data of its own already (asked in a transaction)
     */
    public boolean open(boolean enabled, BooleanSupplier hasData, PersonnelReadModel readModel) {
        if (!enabled || done) {
            return false;
        }
        long count = QuarkusTransaction.requiringNew().call(() -> hasData.getAsBoolean() ? -1L : readModel.loadedSize());
        if (count < 0) {
            done = true;
            return false;
        }
        if (count == 0 || count != lastCount) {
            lastCount = count;
            return false;
        }
        done = true;
        return true;
    }
}
