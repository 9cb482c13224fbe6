package org.benling.selection.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A one-time code as the voter typed it (in the body, never in an address that logs keep). */
@Schema(name = "VoterCodeRequest")
public record CodeRequest(@NotBlank @Size(max = 32) String code) {
}
