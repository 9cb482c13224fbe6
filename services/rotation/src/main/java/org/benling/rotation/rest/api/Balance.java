package org.benling.rotation.rest.api;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RotationBalance")
public record Balance(@Nullable Integer year, UUID unitId, String unitName, List<Flow> flows,
        Map<PostingType, Long> byType, long crossDepartment, long crossRegion, int rateYears, List<UnitRate> units) {
}
