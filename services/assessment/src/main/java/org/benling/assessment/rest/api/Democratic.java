package org.benling.assessment.rest.api;

import jakarta.annotation.Nullable;
import java.util.Map;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The democratic evaluation's result: ballots per grade, the share rating 优秀 or 称职, averages. */
@Schema(name = "DemocraticEvaluation")
public record Democratic(int ballots, Map<Grade, Integer> grades, @Nullable Double approvalRate,
        Map<Capability, Double> capabilityAverages) {
}
