package org.benling.contracts.inspection;

import java.time.LocalDate;
import java.util.UUID;

/** A supervision measure's influence ended early or was revoked. Key: cadre id. */
public record MeasureLifted(UUID measureId, UUID cadreId, LocalDate liftedOn, String reason) {
}
