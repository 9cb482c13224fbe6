package org.benling.contracts.rotation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;

/** A posting ended with its closing evaluation and the capabilities it exercised. Key: cadre id. */
public record PostingCompleted(UUID postingId, UUID cadreId, PostingApproved.PostingType type, LocalDate completedOn,
        Evaluation evaluation, Set<Capability> capabilities, String summary) {

    public enum Evaluation { EXCELLENT, GOOD, PASSED, FAILED }
}
