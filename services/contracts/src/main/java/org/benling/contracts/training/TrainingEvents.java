package org.benling.contracts.training;

import java.util.List;
import org.benling.contracts.events.EventType;
import org.benling.contracts.events.Topics;

/** Events the training service publishes on {@link Topics#TRAINING_RECORDS}. */
public final class TrainingEvents {
    public static final String SOURCE = "/benling/training";
    /** The bureau's online learning platform: it reports completions on {@link Topics#TRAINING_ONLINE_COMPLETIONS}. */
    public static final String ONLINE_PLATFORM_SOURCE = "/benling/online-platform";

    public static final EventType<TrainingCompleted> TRAINING_COMPLETED = type(TrainingCompleted.class);
    public static final EventType<HoursShortfallDetected> HOURS_SHORTFALL_DETECTED = type(HoursShortfallDetected.class);
    public static final EventType<HoursRequirementMet> HOURS_REQUIREMENT_MET = type(HoursRequirementMet.class);
    public static final EventType<ClassPlaceChanged> CLASS_PLACE_CHANGED = type(ClassPlaceChanged.class);
    public static final EventType<StudySessionRecorded> STUDY_SESSION_RECORDED = type(StudySessionRecorded.class);

    public static final List<EventType<?>> ALL = List.of(TRAINING_COMPLETED, HOURS_SHORTFALL_DETECTED,
            HOURS_REQUIREMENT_MET, CLASS_PLACE_CHANGED, STUDY_SESSION_RECORDED);

    private static <T> EventType<T> type(Class<T> dataClass) {
        return EventType.of("training", Topics.TRAINING_RECORDS, dataClass);
    }

    private TrainingEvents() {
    }
}
