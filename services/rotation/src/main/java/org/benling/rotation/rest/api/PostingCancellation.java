package org.benling.rotation.rest.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a posting is cancelled, and the version the caller read. */
@Schema(name = "PostingCancellation")
public record PostingCancellation(@Size(max = 2000) String reason, Long version) {
}
