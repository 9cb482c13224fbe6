package org.benling.contracts.selection;

import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A task of a reserve-pool member's development plan (培养计划) was assigned or withdrawn: training to take (training
 * proposes courses that build the capability) or a posting to serve (rotation proposes one), due by a day. Names
 * neither the pool nor HR's note: the cadre sees what training and rotation propose, and 后备名单 are not shown to
 * the people on them. Key: cadre id.
 */
public record DevelopmentTaskChanged(UUID taskId, UUID cadreId, Kind kind, Capability capability, LocalDate dueOn,
        Status status) {

    @Schema(name = "DevelopmentKind", description = "TRAINING 培训、POSTING 实践锻炼")
    public enum Kind { TRAINING, POSTING }

    public enum Status { ASSIGNED, WITHDRAWN }
}
