package org.benling.assessment.rest.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AddReviewRequest")
public record AddReviewRequest(@NotNull UUID cadreId) {
}
