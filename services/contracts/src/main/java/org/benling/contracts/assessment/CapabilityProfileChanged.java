package org.benling.contracts.assessment;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.Capability;

/**
 * A cadre's capability profile (八项本领, each scored 0–100 from the ratings and the evidence) as assessment computed it
 * anew, sent when a score changed: for the services that weigh capabilities (selection's succession readiness and
 * 依事择人). The explanation of each score stays with assessment. Key: cadre id.
 */
public record CapabilityProfileChanged(UUID cadreId, Map<Capability, Integer> scores, LocalDate computedOn) {

    public CapabilityProfileChanged {
        scores = Map.copyOf(scores);
    }
}
