package org.benling.selection.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.selection.DevelopmentTaskChanged;
import org.benling.platform.preconditions.Versioned;
import org.benling.selection.domain.DevelopmentTask;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One task of a pool member's development plan, with who set it and, once withdrawn, who withdrew it and why. */
@Schema(name = "DevelopmentTask")
public record DevelopmentTaskView(UUID id, UUID memberId, DevelopmentTaskChanged.Kind kind, Capability capability,
        LocalDate dueOn, @Nullable String note, DevelopmentTask.Status status, String assignedBy, Instant assignedAt,
        @Nullable String withdrawnBy, @Nullable Instant withdrawnAt, @Nullable String withdrawalReason,
        @Schema(description = "完成日：安排之日起首次开始挂职、或完成该本领培训之日 / the day it was fulfilled: the first posting"
                + " started, or training in the capability completed, since it was set") @Nullable LocalDate fulfilledOn,
        @Schema(description = "已安排、未完成且已过完成期限 / assigned, not fulfilled and past its due day") boolean overdue,
        long version)
        implements Versioned {
}
