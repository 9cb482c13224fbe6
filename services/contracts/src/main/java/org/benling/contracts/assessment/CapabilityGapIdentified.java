package org.benling.contracts.assessment;

import java.util.UUID;
import org.benling.contracts.Capability;

/**
 * Assessment found a capability shortfall (能力短板): a score below the threshold or well below the cadre's
 * peers at the same rank. Key: cadre id.
 */
public record CapabilityGapIdentified(UUID gapId, UUID cadreId, Capability capability, int score, int threshold,
        int cycleYear, String reason) {
}
