package org.benling.platform.demo;

/**
 * A service's demo data for {@code ./benling start}. The {@link DemoLoader} loads it once the personnel read model
 * has filled up, only when {@code benling.demo-data.enabled} and only on a database without data of its own.
 */
public interface DemoData {

    /** Whether the service has data of its own already (asked in a transaction); then nothing is loaded. */
    boolean present();

    /**
     * Whether what the data refers to has arrived from the other services (asked in a transaction once the personnel
     * read model has settled): a unit or the cadres of one that the counts alone do not show. Until it says so the
     * loader waits, for {@code benling.demo-data.patience} at most, and then notes that nothing was loaded and why.
     */
    default boolean ready() {
        return true;
    }

    /** Loads the data in transactions of its own and says what it loaded, for the log. */
    String load();
}
