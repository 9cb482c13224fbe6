package org.benling.contracts.events;

/** Kafka topic names of the public event catalogue (ARCHITECTURE.md, "Events"). */
public final class Topics {
    /** Compacted, keyed by cadre id or unit id: the latest event per key carries the full state. */
    public static final String PERSONNEL_CADRES = "personnel.cadres";
    public static final String TRAINING_RECORDS = "training.records";
    public static final String ASSESSMENT_RESULTS = "assessment.results";
    public static final String ROTATION_POSTINGS = "rotation.postings";
    public static final String INSPECTION_SUPERVISION = "inspection.supervision";
    /** The appointment trail's steps, the voting sessions' results and the reserve pools' changes (selection). */
    public static final String SELECTION_APPOINTMENTS = "selection.appointments";
    /** Written by the online learning platform (its own principal), read by training. */
    public static final String TRAINING_ONLINE_COMPLETIONS = "training.online-completions";

    /** Poison, unknown and duplicate events of {@code topic} go here with the reason in headers. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
