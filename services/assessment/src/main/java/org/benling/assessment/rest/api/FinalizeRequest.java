package org.benling.assessment.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FinalizeRequest")
public record FinalizeRequest(Long version) {
}
