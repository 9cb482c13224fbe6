package org.benling.platform.demo;

/**
 * A service's demo data for {@code ./benling start}. The {@link DemoLoader} loads it once the personnel read model
 * has filled up, only when {@code benling.demo-data.enabled} and only on a database without data of its own.
 */
public interface DemoData {

    /** Whether the service has data of its own already (asked in a transaction); then nothing is loaded. */
    boolean present();

    /** Loads the data in transactions of its own and says what it loaded, for the log. */
    String load();
}
