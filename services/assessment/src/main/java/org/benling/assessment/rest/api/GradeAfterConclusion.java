package org.benling.assessment.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.benling.contracts.assessment.Grade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 补定等次: the grade fixed once the case is concluded (none where the conclusion decides it), and why. */
@Schema(name = "GradeAfterConclusion")
public record GradeAfterConclusion(Grade grade, @NotBlank @Size(max = 2000) String reason, @NotNull Long version) {
}
