package org.benling.contracts.assessment;

import java.util.UUID;
import org.benling.contracts.Capability;

/** A capability shortfall found earlier is closed: the score is back above the threshold. Key: cadre id. */
public record GapClosed(UUID gapId, UUID cadreId, Capability capability, int score, int cycleYear) {
}
