package org.benling.assessment.rest.api;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;
import org.benling.assessment.domain.rules.CapabilityScoring;
import org.benling.contracts.Capability;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProfileCapability")
public record CapabilityView(Capability capability, int score, @Nullable Double peerMedian, int peers,
        List<CapabilityScoring.Component> components, @Nullable UUID openGapId) {
}
