package org.benling.contracts.training;

import java.util.List;
import org.benling.contracts.events.EventType;
import org.benling.contracts.events.Topics;

/** Events the training service publishes on {@link Topics#TRAINING_RECORDS}. */
public final class TrainingEvents {
    public static final String SOURCE = "/benling/training";
    /** The bureau's online learning platform: it reports completions on {@link Topics#TRAINING_ONLINE_COMPLETIONS}. */
    public static final String ONLINE_PLATFORM_SOURCE = "/benling/online-platform";

    public static final EventType<TrainingCompleted> TRAINING_COMPLETED = new EventType<>(
            "org.benling.training.TrainingCompleted.v1", Topics.TRAINING_RECORDS, TrainingCompleted.class,
            "schemas/training/TrainingCompleted.v1.json");
    public static final EventType<HoursShortfallDetected> HOURS_SHORTFALL_DETECTED = new EventType<>(
            "org.benling.training.HoursShortfallDetected.v1", Topics.TRAINING_RECORDS, HoursShortfallDetected.class,
            "schemas/training/HoursShortfallDetected.v1.json");

    public static final EventType<HoursRequirementMet> HOURS_REQUIREMENT_MET = new EventType<>(
            "org.benling.training.HoursRequirementMet.v1", Topics.TRAINING_RECORDS, HoursRequirementMet.class,
            "schemas/training/HoursRequirementMet.v1.json");

    public static final EventType<ClassPlaceChanged> CLASS_PLACE_CHANGED = new EventType<>(
            "org.benling.training.ClassPlaceChanged.v1", Topics.TRAINING_RECORDS, ClassPlaceChanged.class,
            "schemas/training/ClassPlaceChanged.v1.json");

    public static final EventType<StudySessionRecorded> STUDY_SESSION_RECORDED = new EventType<>(
            "org.benling.training.StudySessionRecorded.v1", Topics.TRAINING_RECORDS, StudySessionRecorded.class,
            "schemas/training/StudySessionRecorded.v1.json");

    public static final List<EventType<?>> ALL = List.of(TRAINING_COMPLETED, HOURS_SHORTFALL_DETECTED,
            HOURS_REQUIREMENT_MET, CLASS_PLACE_CHANGED, STUDY_SESSION_RECORDED);

    private TrainingEvents() {
    }
}
