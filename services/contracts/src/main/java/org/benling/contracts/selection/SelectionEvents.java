package org.benling.contracts.selection;

import java.util.List;
import org.benling.contracts.events.EventType;
import org.benling.contracts.events.Topics;

/** Events of the selection service on {@link Topics#SELECTION_APPOINTMENTS}. */
public final class SelectionEvents {
    public static final String SOURCE = "/benling/selection";

    public static final EventType<VotingClosed> VOTING_CLOSED = new EventType<>(
            "org.benling.selection.VotingClosed.v1", Topics.SELECTION_APPOINTMENTS, VotingClosed.class,
            "schemas/selection/VotingClosed.v1.json");

    public static final EventType<AppointmentMade> APPOINTMENT_MADE = new EventType<>(
            "org.benling.selection.AppointmentMade.v1", Topics.SELECTION_APPOINTMENTS, AppointmentMade.class,
            "schemas/selection/AppointmentMade.v1.json");

    public static final EventType<PoolMembershipChanged> POOL_MEMBERSHIP_CHANGED = new EventType<>(
            "org.benling.selection.PoolMembershipChanged.v1", Topics.SELECTION_APPOINTMENTS, PoolMembershipChanged.class,
            "schemas/selection/PoolMembershipChanged.v1.json");

    public static final EventType<DevelopmentTaskChanged> DEVELOPMENT_TASK_CHANGED = new EventType<>(
            "org.benling.selection.DevelopmentTaskChanged.v1", Topics.SELECTION_APPOINTMENTS,
            DevelopmentTaskChanged.class, "schemas/selection/DevelopmentTaskChanged.v1.json");

    public static final EventType<JointReviewChecksChanged> JOINT_REVIEW_CHECKS_CHANGED = new EventType<>(
            "org.benling.selection.JointReviewChecksChanged.v1", Topics.SELECTION_APPOINTMENTS,
            JointReviewChecksChanged.class, "schemas/selection/JointReviewChecksChanged.v1.json");

    public static final List<EventType<?>> ALL = List.of(VOTING_CLOSED, APPOINTMENT_MADE, POOL_MEMBERSHIP_CHANGED,
            DEVELOPMENT_TASK_CHANGED, JOINT_REVIEW_CHECKS_CHANGED);

    private SelectionEvents() {
    }
}
