package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.selection.domain.DevelopmentTask;
import org.benling.selection.domain.PoolMember;
import org.benling.selection.events.SelectionEventPublisher;
import org.benling.selection.rest.api.PoolRequests;

/**
 * Development plans (培养计划) of reserve-pool members: HR of the pool's unit sets an admitted member training or a
 * posting, due by a day, and withdraws a task with a reason; a member taken out of the pool has what is still
 * assigned withdrawn with the exit's reason. Each change is announced ({@code DevelopmentTaskChanged}) in its
 * transaction: training proposes courses that build the capability, rotation proposes a posting.
 */
@ApplicationScoped
public class DevelopmentCommands {

    /** How far ahead a task may be due: a pool's members are reviewed within this span. */
    static final int MAX_YEARS_AHEAD = 5;

    @Inject PoolAccess access;
    @Inject Caller caller;
    @Inject SelectionEventPublisher events;
    @Inject Clock clock;

    @Transactional
    public DevelopmentTask assign(UUID poolId, UUID memberId, PoolRequests.Development r) {
        PoolMember m = access.writableMember(poolId, memberId);
        LocalDate today = LocalDate.now(clock);
        if (r.dueOn().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw ProblemException.invalidField("dueOn", "完成期限须在五年以内 / due within five years");
        }
        DevelopmentTask t = DevelopmentTask.assign(m, r.kind(), r.capability(), r.dueOn(), r.note(), caller.name(),
                clock.instant(), today);
        t.persist();
        events.developmentTaskChanged(t);
        return t;
    }

    @Transactional
    public DevelopmentTask withdraw(UUID poolId, UUID memberId, UUID taskId, PoolRequests.Reasoned r) {
        DevelopmentTask t = access.task(poolId, memberId, taskId, true);
        t.withdraw(r.reason(), caller.name(), clock.instant());
        events.developmentTaskChanged(t);
        return t;
    }

    /** The member left the pool: each task still assigned is withdrawn with the exit's reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void memberLeft(PoolMember m) {
        DevelopmentTask.<DevelopmentTask>list("memberId = ?1 and status = ?2", m.id, DevelopmentTask.Status.ASSIGNED)
                .forEach(t -> {
                    t.withdraw(m.exit.note(), m.exit.by(), m.exit.at());
                    events.developmentTaskChanged(t);
                });
    }
}
