package org.benling.contracts.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.Capability;

/** An inspection round recorded a finding (问题清单) against a unit and cadres. Key: unit id. */
public record FindingRecorded(UUID findingId, UUID roundId, UUID unitId, List<UUID> cadreIds, String category,
        Severity severity, Capability capability, LocalDate rectificationDue) {

    public enum Severity { MINOR, SERIOUS, GRAVE }
}
