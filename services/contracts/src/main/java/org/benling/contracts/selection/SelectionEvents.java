package org.benling.contracts.selection;

import java.util.List;
import org.benling.contracts.events.EventType;
import org.benling.contracts.events.Topics;

/** Events of the selection service on {@link Topics#SELECTION_APPOINTMENTS}. */
public final class SelectionEvents {
    public static final String SOURCE = "/benling/selection";

    public static final EventType<VotingClosed> VOTING_CLOSED = type(VotingClosed.class);
    public static final EventType<AppointmentMade> APPOINTMENT_MADE = type(AppointmentMade.class);
    public static final EventType<PoolMembershipChanged> POOL_MEMBERSHIP_CHANGED = type(PoolMembershipChanged.class);
    public static final EventType<DevelopmentTaskChanged> DEVELOPMENT_TASK_CHANGED =
            type(DevelopmentTaskChanged.class);
    public static final EventType<JointReviewChecksChanged> JOINT_REVIEW_CHECKS_CHANGED =
            type(JointReviewChecksChanged.class);

    public static final List<EventType<?>> ALL = List.of(VOTING_CLOSED, APPOINTMENT_MADE, POOL_MEMBERSHIP_CHANGED,
            DEVELOPMENT_TASK_CHANGED, JOINT_REVIEW_CHECKS_CHANGED);

    private static <T> EventType<T> type(Class<T> dataClass) {
        return EventType.of("selection", Topics.SELECTION_APPOINTMENTS, dataClass);
    }

    private SelectionEvents() {
    }
}
