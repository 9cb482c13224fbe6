package org.benling.selection.rest.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The session's one-time codes, shown this once for printing or sending: the service keeps their digests only. */
@Schema(name = "IssuedVoterCodes")
public record IssuedCodes(UUID sessionId, List<CategoryCodes> categories) {

    /** One category's codes, as printed (two groups of five). */
    @Schema(name = "VoterCategoryCodes")
    public record CategoryCodes(String code, String name, List<String> codes) {
    }
}
