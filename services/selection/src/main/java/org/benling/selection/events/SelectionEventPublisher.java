package org.benling.selection.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.benling.contracts.selection.AppointmentMade;
import org.benling.contracts.selection.DevelopmentTaskChanged;
import org.benling.contracts.selection.JointReviewChecksChanged;
import org.benling.contracts.selection.PoolMembershipChanged;
import org.benling.contracts.selection.SelectionEvents;
import org.benling.contracts.selection.VotingClosed;
import org.benling.platform.outbox.Outbox;
import org.benling.selection.domain.Appointment;
import org.benling.selection.domain.DevelopmentTask;
import org.benling.selection.domain.PoolMember;
import org.benling.selection.domain.ReservePool;
import org.benling.selection.domain.VotingSession;
import org.benling.selection.domain.rules.AppointmentWorkflow;
import org.benling.selection.domain.rules.JointReview;
import org.benling.selection.rest.api.VotingSessionView;

/** The selection service's events, each written to the outbox in the transaction of the change it announces. */
@ApplicationScoped
public class SelectionEventPublisher {

    @Inject Outbox outbox;

    /** The closed session's count, from its view (the categories with their turnout, the results). */
    public void votingClosed(VotingSession s, VotingSessionView counted, LocalDate closedOn) {
        // every code that voted cast one ballot: the turnout's count is the ballots cast
        List<VotingClosed.Category> categories = counted.categories().stream().map(c -> new VotingClosed.Category(c.code(),
                c.name(), c.weight(), c.voters(), c.voted())).toList();
        List<VotingClosed.Result> results = counted.results() == null ? List.of() : counted.results().stream()
                .map(r -> new VotingClosed.Result(r.person().cadreId(), r.weighted(), r.byCategory().stream()
                        .map(b -> new VotingClosed.Share(b.category(), b.count(), b.grades())).toList())).toList();
        outbox.publish(SelectionEvents.VOTING_CLOSED, SelectionEvents.SOURCE, s.id.toString(),
                new VotingClosed(s.id, s.unitId, VotingClosed.Kind.valueOf(s.kind.name()), s.title, closedOn, categories,
                        results));
    }

    /** 任职: the decided candidate took the post (personnel takes it into the registry). */
    public void appointed(Appointment a) {
        outbox.publish(SelectionEvents.APPOINTMENT_MADE, SelectionEvents.SOURCE, a.decidedCadreId.toString(),
                new AppointmentMade(a.id, a.decidedCadreId, a.unitId, a.postTitle, a.rankLevel, a.appointedOn));
    }

    /** A cadre's place in a reserve pool changed (nominated, admitted, declined, left) on {@code on}. */
    public void poolMembershipChanged(ReservePool pool, PoolMember member, LocalDate on) {
        outbox.publish(SelectionEvents.POOL_MEMBERSHIP_CHANGED, SelectionEvents.SOURCE, member.cadreId.toString(),
                new PoolMembershipChanged(member.id, pool.id, pool.name, pool.unitId, pool.level, member.cadreId,
                        PoolMembershipChanged.Status.valueOf(member.status.name()), on));
    }

    /** A development-plan task was assigned or withdrawn (neither the pool nor HR's note goes out). */
    public void developmentTaskChanged(DevelopmentTask t) {
        outbox.publish(SelectionEvents.DEVELOPMENT_TASK_CHANGED, SelectionEvents.SOURCE, t.cadreId.toString(),
                new DevelopmentTaskChanged(t.id, t.cadreId, t.kind, t.capability, t.dueOn,
                        DevelopmentTaskChanged.Status.valueOf(t.status.name())));
    }

    /** 凡提四必: how many candidates wait on each check; none once the review is over (decided, or withdrawn). */
    public void jointReviewChecksChanged(Appointment a) {
        Map<JointReviewChecksChanged.Check, Integer> awaiting = new EnumMap<>(JointReviewChecksChanged.Check.class);
        for (JointReviewChecksChanged.Check check : JointReviewChecksChanged.Check.values()) {
            awaiting.put(check, 0);
        }
        if (a.stage == AppointmentWorkflow.Stage.JOINT_REVIEW) {
            a.checks.stream().filter(c -> c.answer == JointReview.Answer.REQUESTED).forEach(c -> awaiting.merge(
                    JointReviewChecksChanged.Check.valueOf(c.kind.name()), 1, Integer::sum));
        }
        outbox.publish(SelectionEvents.JOINT_REVIEW_CHECKS_CHANGED, SelectionEvents.SOURCE, a.id.toString(),
                new JointReviewChecksChanged(a.id, a.unitId, a.postTitle, awaiting));
    }
}
