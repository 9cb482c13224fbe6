package org.benling.assessment.rest.api;

import java.util.Map;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BallotInput")
public record BallotInput(Grade grade, Map<Capability, Integer> capabilityScores) {
}
