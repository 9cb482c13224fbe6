package org.benling.contracts.selection;

import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;

/**
 * A cadre's place in a reserve pool (后备干部库, 优秀年轻干部库) changed: nominated, admitted, declined, or taken out
 * (left). Carries the pool's name, unit and post level, not the reasons. Key: cadre id.
 */
public record PoolMembershipChanged(UUID memberId, UUID poolId, String poolName, UUID unitId, RankLevel level,
        UUID cadreId, Status status, LocalDate on) {

    public enum Status { NOMINATED, ADMITTED, DECLINED, LEFT }
}
