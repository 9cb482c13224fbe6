package org.benling.selection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.benling.platform.persistence.Decision;
import org.benling.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A cadre's place in a reserve pool: nominated with a reason, then admitted or declined by HR of the pool's unit
 * (the review, with its note), and an admitted member later taken out with a reason (left). A declined or past
 * membership stays as history; a cadre has one live membership (nominated or admitted) of a pool at a time.
 */
@Entity
@Table(name = "pool_member")
public class PoolMember extends PanacheEntityBase {

    @Schema(name = "PoolMemberStatus", description = "NOMINATED 已提名待审、ADMITTED 已入库、DECLINED 未通过、LEFT 已出库")
    public enum Status { NOMINATED, ADMITTED, DECLINED, LEFT }

    @Id
    public UUID id;
    public UUID poolId;
    public UUID cadreId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String nominationReason;
    public String nominatedBy;
    public Instant nominatedAt;
    /** 审核: admitted or declined, by whom, when, with what note. */
    @Embedded
    public Decision review;
    /** 出库: by whom, when and why. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "by", column = @Column(name = "left_by")),
            @AttributeOverride(name = "at", column = @Column(name = "left_at")),
            @AttributeOverride(name = "note", column = @Column(name = "left_reason"))})
    public Decision exit;
    @Version
    public long version;

    public static PoolMember nominate(UUID poolId, UUID cadreId, String reason, String by, Instant at) {
        PoolMember m = new PoolMember();
        m.id = UUID.randomUUID();
        m.poolId = poolId;
        m.cadreId = cadreId;
        m.status = Status.NOMINATED;
        m.nominationReason = reason.strip();
        m.nominatedBy = by;
        m.nominatedAt = at;
        return m;
    }

    /** 审核通过: a nominee enters the pool (the service has checked the entry rules again). */
    public void admit(String note, String by, Instant at) {
        require(Status.NOMINATED, "only a nominee is admitted / 仅待审核的提名可以入库");
        status = Status.ADMITTED;
        review = Decision.of(by, at, note);
    }

    /** 审核不通过, saying why. */
    public void decline(String note, String by, Instant at) {
        require(Status.NOMINATED, "only a nominee is declined / 仅待审核的提名可以不予通过");
        requireText(note, "note");
        status = Status.DECLINED;
        review = Decision.of(by, at, note);
    }

    /** 出库: a member taken out of the pool (appointed, no longer qualified, left the unit …), saying why. */
    public void leave(String reason, String by, Instant at) {
        require(Status.ADMITTED, "only a member leaves the pool / 仅在库人员可以出库");
        requireText(reason, "reason");
        status = Status.LEFT;
        exit = Decision.of(by, at, reason);
    }

    /** Nominated or admitted: the membership that counts. */
    public boolean live() {
        return status == Status.NOMINATED || status == Status.ADMITTED;
    }

    private void require(Status from, String message) {
        if (status != from) {
            throw ProblemException.conflict("invalid-transition", message);
        }
    }

    private static void requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalidField(field, "须说明理由 / say why");
        }
    }
}
