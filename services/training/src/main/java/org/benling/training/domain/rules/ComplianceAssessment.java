package org.benling.training.domain.rules;

import java.util.List;
import java.util.Objects;

/** A cadre's training-hour requirements and the overall status, which is the worst of theirs. */
public record ComplianceAssessment(ComplianceStatus status, List<Requirement> requirements) {

    public ComplianceAssessment {
        Objects.requireNonNull(status, "status");
        requirements = List.copyOf(requirements);
    }

    public static ComplianceAssessment of(List<Requirement> requirements) {
        return new ComplianceAssessment(
                ComplianceStatus.worst(requirements.stream().map(Requirement::status).toList()), requirements);
    }

    public Requirement requirement(RequirementKind kind) {
        return requirements.stream().filter(r -> r.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + kind + " requirement"));
    }
}
