package org.benling.training.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.benling.platform.demo.DemoLoader;
import org.benling.training.TestRoster;
import org.junit.jupiter.api.Test;

/**
 * A demo load that fails is noted with why, once, so that ./benling does not wait for it forever; one whose data is
 * not there yet waits for it.
 */
@QuarkusTest
class DemoLoaderTest {

    /** The loader's key: a class of its own, so that no other test's loader state is shared. */
    static final class FailingLoader {
    }

    static final class LateLoader {
    }

    @Inject DemoLoader loader;
    @Inject TestRoster roster;
    @Inject EntityManager em;

    @Test
    void aLoadThatFailsIsNotedWithItsReasonAndNotTriedAgain() {
        roster.load();
        AtomicInteger tries = new AtomicInteger();
        Runnable tick = () -> loader.tick(FailingLoader.class, true, () -> false, () -> true, () -> {
            tries.incrementAndGet();
            throw new IllegalStateException("transaction timed out");
        });
        tick.run(); // the read model's size, first seen
        tick.run(); // the same size: the load runs, and fails
        tick.run();

        assertEquals(1, tries.get());
        String outcome = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT outcome FROM demo_data_load WHERE loader = 'FailingLoader'").getSingleResult());
        assertTrue(outcome.startsWith("failed after ") && outcome.contains("transaction timed out"), outcome);
    }

    @Test
    void aLoaderWaitsUntilWhatItRefersToHasArrivedThenLoadsOnce() {
        roster.load();
        // what an earlier run on this database noted
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM demo_data_load WHERE loader = 'LateLoader'").executeUpdate());
        AtomicBoolean arrived = new AtomicBoolean();
        AtomicInteger loads = new AtomicInteger();
        Runnable tick = () -> loader.tick(LateLoader.class, true, () -> false, arrived::get, () -> {
            loads.incrementAndGet();
            return "loaded";
        });
        tick.run(); // the read model's size, first seen
        tick.run(); // settled, but the unit the data refers to is not there yet
        tick.run();
        assertEquals(0, loads.get());
        assertEquals(0L, noted("LateLoader"), "nothing noted while waiting");

        arrived.set(true);
        tick.run();
        tick.run();
        assertEquals(1, loads.get());
        assertEquals(1L, noted("LateLoader"));
    }

    private long noted(String loaderName) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM demo_data_load WHERE loader = :l").setParameter("l", loaderName)
                .getSingleResult()).longValue());
    }
}
