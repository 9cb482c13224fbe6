package org.benling.inspection.rest.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A command on a round: the feedback day (for feedback) and the version the caller read. */
@Schema(name = "RoundTransition")
public record RoundTransition(LocalDate feedbackOn, Long version) {
}
