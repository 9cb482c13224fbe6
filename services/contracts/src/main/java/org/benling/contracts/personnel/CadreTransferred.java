package org.benling.contracts.personnel;

import java.time.LocalDate;
import java.util.UUID;

/** A cadre moved to another unit (调动); {@code cadre} is the state after the move. Key: cadre id. */
public record CadreTransferred(CadreProfile cadre, UUID fromUnitId, UUID toUnitId, LocalDate effectiveOn,
        String reason) {
}
