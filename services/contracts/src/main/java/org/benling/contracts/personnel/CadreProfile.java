package org.benling.contracts.personnel;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The state of a cadre after an event. Every cadre event carries it in full, so that the latest event
 * per key on the compacted topic is enough for a consumer to rebuild its read model.
 */
public record CadreProfile(
        UUID cadreId,
        String employeeNumber,
        String name,
        Gender gender,
        LocalDate birthDate,
        UUID unitId,
        String positionTitle,
        RankLevel rankLevel,
        LocalDate postSince,
        LocalDate rankSince,
        Set<CadreCategory> categories,
        PoliticalStatus politicalStatus,
        Education education,
        CadreStatus status) {

    public enum CadreStatus { ACTIVE, RETIRED }
}
