package org.benling.assessment.rest.api;

import java.util.Map;
import org.benling.contracts.Capability;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProfileYear")
public record YearScores(int year, Map<Capability, Integer> scores) {
}
