package org.benling.contracts.rotation;

import java.time.LocalDate;
import java.util.UUID;

/** A practice posting (挂职、交流轮岗…) was approved; it starts on {@code plannedStart}. Key: cadre id. */
public record PostingApproved(UUID postingId, UUID cadreId, PostingType type, String hostOrganisation, String region,
        LocalDate plannedStart, LocalDate plannedEnd) {

    public enum PostingType {
        TEMPORARY_POST, POVERTY_ALLEVIATION, JOB_ROTATION, CROSS_REGION_EXCHANGE, NATIONAL_STRATEGY_REGION,
        CROSS_DEPARTMENT, INSPECTION_DUTY
    }
}
