package org.benling.contracts.selection;

import java.util.Map;
import java.util.UUID;

/**
 * The pre-appointment joint review (凡提四必) of a trail changed: how many of its candidates still wait for an answer to
 * each check — the personnel file (HR), the personal-matters check (HR, or inspection's 提拔必查), the discipline
 * organ's opinion and the petitions (the inspectors). Announced when the review opens, after each answer, and with
 * nothing waiting once the trail moves on or is withdrawn. Names no candidate and no answer. Key: appointment id.
 */
public record JointReviewChecksChanged(UUID appointmentId, UUID unitId, String postTitle, Map<Check, Integer> awaiting) {

    public enum Check { PERSONNEL_FILE, PERSONAL_MATTERS, DISCIPLINE_OPINION, PETITIONS }

    public JointReviewChecksChanged {
        awaiting = Map.copyOf(awaiting);
    }
}
