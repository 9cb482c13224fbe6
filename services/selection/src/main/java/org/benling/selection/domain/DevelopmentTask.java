package org.benling.selection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.selection.DevelopmentTaskChanged.Kind;
import org.benling.platform.persistence.Decision;
import org.benling.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One task of a pool member's development plan (培养计划): training that builds a capability or a posting to serve,
 * due by a day, set by HR of the pool's unit for an admitted member; withdrawn with a reason (the record stays).
 */
@Entity
@Table(name = "development_task")
public class DevelopmentTask extends PanacheEntityBase {

    @Schema(name = "DevelopmentTaskStatus", description = "ASSIGNED 已安排、WITHDRAWN 已撤回")
    public enum Status { ASSIGNED, WITHDRAWN }

    @Id
    public UUID id;
    public UUID memberId;
    public UUID cadreId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Enumerated(EnumType.STRING)
    public Capability capability;
    public LocalDate dueOn;
    public String note;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String assignedBy;
    public Instant assignedAt;
    /** The business day it was set: what is started or completed from this day on fulfils it. */
    public LocalDate assignedOn;
    /** 撤回: by whom, when and why. */
    @Embedded
    public Decision withdrawal;
    @Version
    public long version;

    /** A task for an admitted member (the pool's rule: a nominee or a past member gets no plan). */
    public static DevelopmentTask assign(PoolMember member, Kind kind, Capability capability, LocalDate dueOn,
            String note, String by, Instant at, LocalDate today) {
        if (member.status != PoolMember.Status.ADMITTED) {
            throw ProblemException.conflict("invalid-transition", "only a member of the pool gets a development plan /"
                    + " 仅在库人员可以制定培养计划");
        }
        DevelopmentTask t = new DevelopmentTask();
        t.id = UUID.randomUUID();
        t.memberId = member.id;
        t.cadreId = member.cadreId;
        t.kind = kind;
        t.capability = capability;
        t.dueOn = dueOn;
        t.note = note == null || note.isBlank() ? null : note.strip();
        t.status = Status.ASSIGNED;
        t.assignedBy = by;
        t.assignedAt = at;
        t.assignedOn = today;
        return t;
    }

    /** 撤回, saying why: training and rotation drop what they proposed for it and not yet taken up. */
    public void withdraw(String reason, String by, Instant at) {
        if (status != Status.ASSIGNED) {
            throw ProblemException.conflict("invalid-transition", "the task is withdrawn already / 该任务已撤回");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "须说明理由 / say why");
        }
        status = Status.WITHDRAWN;
        withdrawal = Decision.of(by, at, reason);
    }
}
